import ArgumentParser
import Foundation
import PortalKit

/// `portal new news "Заглавие"`: creates a draft page with its front matter filled in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Create a new draft page: content/<section>/<slug>.<lang>.md.")

    @Argument(help: "The section folder under content/, e.g. news.")
    var section: String

    @Argument(help: "The page's title; the file name is its transliterated slug.")
    var title: String

    @Option(name: .long, help: "The page's language (default: the site's default language).")
    var lang: String?

    @Option(name: .long, help: "The site's folder.")
    var source: String = "."

    func run() throws {
        let root = URL(fileURLWithPath: source, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
        do {
            let config = try SiteConfigLoader.load(sourceRoot: root, log: DiagnosticLog())
            let path = try NewPage.create(sourceRoot: root, config: config, section: section, title: title, language: lang)
            print("created \(path) (draft: true; build with --drafts to preview it)")
        } catch let diagnostic as Diagnostic {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
            throw ExitCode(1)
        } catch let failure as BuildFailure {
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
