import ArgumentParser
import Foundation
import PortalKit

/// `portal init DIR`: a new site with a home, an about page and a news item per language, and a neutral theme.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site in DIR: site.yaml, starter pages in every language and the default theme.")

    @Argument(help: "The folder to create (it must not exist, or be empty).")
    var folder: String

    @Option(name: .long, help: "Language codes in order, the first the default, e.g. bg,en or bg,en,de.")
    var languages: String = "bg,en"

    @Option(name: .long, help: "The site's title (in every language; edit site.yaml to translate it).")
    var title: String?

    @Option(name: .long, help: "The address the site will be published at.")
    var baseURL: String = "https://example.org/"

    func run() throws {
        let url = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
        let codes = languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let written: [String]
        do {
            written = try SiteInitializer.create(
                at: url, .init(languages: codes, title: title, baseURL: baseURL))
        } catch let diagnostic as Diagnostic {
            FileHandle.standardError.write(Data("error: \(diagnostic.message)\n".utf8))
            if let hint = diagnostic.hint { FileHandle.standardError.write(Data("    hint: \(hint)\n".utf8)) }
            throw ExitCode(1)
        }
        print("created \(folder) with \(written.count) files:")
        for path in written { print("  \(path)") }
        let untranslated = codes.filter { $0 != "bg" && $0 != "en" }
        if !untranslated.isEmpty {
            print("The pages and UI strings in \(untranslated.joined(separator: ", ")) are in English, to translate.")
        }
        print("\nNext:\n  cd \(folder)\n  portal build      # writes the site into public/")
    }
}
