import Foundation
import Mustache

/// A theme: Mustache templates, static files and UI strings, with the site's own overrides applied.
///
/// Templates come from `themes/<name>/templates/` and then the site's `templates/` (which win);
/// a file `news/page.mustache` is the template `news/page`.
public struct Theme: Sendable {
    public let name: String
    let library: MustacheLibrary
    /// Names of all templates, e.g. `base`, `page`, `news/page`.
    public let templateNames: Set<String>
    /// Folders whose files are copied to the output root, in order (later ones win).
    public let staticFolders: [URL]
    /// UI strings per language.
    public let strings: StringTable
    /// Shortcode templates: built-ins, the theme's `shortcodes/`, the site's `shortcodes/`.
    public let shortcodes: ShortcodeLibrary

    /// Loads the theme named in the config; template syntax errors and missing partials go to `log`.
    public static func load(sourceRoot: URL, config: SiteConfig, log: DiagnosticLog) -> Theme? {
        let themeRoot = sourceRoot.appendingPathComponent("themes").appendingPathComponent(config.theme)
        var isFolder: ObjCBool = false
        let themeExists = FileManager.default.fileExists(atPath: themeRoot.path, isDirectory: &isFolder) && isFolder.boolValue
        let siteTemplates = sourceRoot.appendingPathComponent("templates")
        if !themeExists && !FileManager.default.fileExists(atPath: siteTemplates.path) {
            log.error(
                SiteConfigLoader.fileName, line: 1, column: 1, "theme '\(config.theme)' not found at themes/\(config.theme)/",
                hint: "Set 'theme:' in site.yaml to a folder under themes/.")
            return nil
        }
        var sources: [String: (text: String, path: String)] = [:]
        for (folder, prefix) in [(themeRoot.appendingPathComponent("templates"), "themes/\(config.theme)/templates/"),
                                 (siteTemplates, "templates/")]
        {
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
        HTMLEscaping.register()
        var templates: [String: MustacheTemplate] = [:]
        for (name, source) in sources {
            do {
                templates[name] = try MustacheTemplate(string: HTMLEscaping.pragma + source.text)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = line == 1 ? max(1, error.context.columnNumber - HTMLEscaping.pragma.count) : error.context.columnNumber
                log.error(
                    source.path, line: line, column: column,
                    "template error: \(TemplateErrorText.describe(error.error))",
                    hint: "Near: \(error.context.line.trimmingCharacters(in: .whitespaces))")
            } catch {
                log.error(source.path, "template error: \(error)")
            }
        }
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in PartialReferences.find(in: source.text) where sources[reference.name] == nil {
                log.error(
                    source.path, line: reference.line, column: reference.column,
                    "template '\(name)' uses '\(reference.name)', which does not exist",
                    hint: "Templates available: \(sources.keys.sorted().joined(separator: ", ")).")
            }
        }
        let strings = StringTable.load(
            folders: [themeRoot.appendingPathComponent("i18n"), sourceRoot.appendingPathComponent("i18n")],
            pathPrefixes: ["themes/\(config.theme)/i18n/", "i18n/"], config: config, log: log)
        return Theme(
            name: config.theme, library: MustacheLibrary(templates: templates), templateNames: Set(templates.keys),
            staticFolders: [themeRoot.appendingPathComponent("static"), sourceRoot.appendingPathComponent("static")],
            strings: strings, shortcodes: ShortcodeLibrary.load(sourceRoot: sourceRoot, theme: config.theme, log: log))
    }

    /// The first existing template among `candidates`.
    public func template(_ candidates: [String]) -> String? {
        candidates.first { templateNames.contains($0) }
    }

    /// Renders `context` with the template `name`.
    func render(_ name: String, context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
