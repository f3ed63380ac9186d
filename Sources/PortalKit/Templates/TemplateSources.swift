import Foundation
import Mustache

/// Reading and compiling Mustache template files, shared by the theme's templates and the shortcodes.
enum TemplateSources {
    /// The `.mustache` files of each folder (later folders win), by name without extension (`news/page`),
    /// with their text and the path messages use (`prefix` + relative path).
    static func read(_ folders: [(url: URL, prefix: String)], into sources: inout [String: (text: String, path: String)], log: DiagnosticLog) {
        for (folder, prefix) in folders {
            for relative in FileTree.files(under: folder) where relative.hasSuffix(".mustache") {
                let file = folder.appendingPathComponent(relative)
                guard let data = FileManager.default.contents(atPath: file.path), let text = String(data: data, encoding: .utf8)
                else {
                    log.error(prefix + relative, "the template could not be read as UTF-8 text")
                    continue
                }
                sources[String(relative.dropLast(".mustache".count))] = (text, prefix + relative)
            }
        }
    }

    /// Compiles every source with portal's HTML escaping; syntax errors go to `log` at the template's own line
    /// and column, as "`kind` error: …".
    static func compile(_ sources: [String: (text: String, path: String)], kind: String, log: DiagnosticLog)
        -> [String: MustacheTemplate]
    {
        HTMLEscaping.register()
        var templates: [String: MustacheTemplate] = [:]
        for (name, source) in sources {
            do {
                templates[name] = try MustacheTemplate(string: HTMLEscaping.pragma + source.text)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = line == 1 ? max(1, error.context.columnNumber - HTMLEscaping.pragma.count) : error.context.columnNumber
                log.error(
                    source.path, line: line, column: column, "\(kind) error: \(TemplateErrorText.describe(error.error))",
                    hint: "Near: \(error.context.line.trimmingCharacters(in: .whitespaces))")
            } catch {
                log.error(source.path, "\(kind) error: \(error)")
            }
        }
        return templates
    }
}
