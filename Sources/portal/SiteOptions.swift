import ArgumentParser
import Foundation
import PortalKit

/// Options shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site's folder (with site.yaml, content/ and themes/).")
    var source: String = "."

    @Option(name: .long, help: "Override site.yaml's baseURL, e.g. for a preview host.")
    var baseURL: String?

    @Flag(name: .long, help: "Include pages marked 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Include pages dated in the future or past their expiryDate.")
    var future = false

    var sourceURL: URL {
        URL(fileURLWithPath: source, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }

    /// Prints diagnostics as `path:line:col: severity: message`, with paths usable from the current folder.
    func print(_ diagnostics: [Diagnostic]) {
        for var diagnostic in diagnostics {
            if source != ".", !diagnostic.path.hasPrefix("/") {
                diagnostic.path = (source as NSString).appendingPathComponent(diagnostic.path)
            }
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
    }
}
