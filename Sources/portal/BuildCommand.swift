import ArgumentParser
import Foundation
import PortalKit

/// `portal build`: renders the site into the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site into the output folder (public/ by default).")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Where to write the site; replaced as a whole only when the build succeeds.")
    var output: String?

    @Flag(name: .long, help: "Print the time each stage of the build took.")
    var timings = false

    @Flag(name: .long, help: "Neither read nor write the front matter and Markdown kept in .portal-cache/content.bin (images keep their cache).")
    var noCache = false

    func run() throws {
        let source = site.sourceURL
        let outputURL = output.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) }
        var options = BuildOptions(
            sourceRoot: source, outputRoot: outputURL, baseURL: site.baseURL, includeDrafts: site.drafts,
            includeFuture: site.future)
        options.keepsBuildCache = !noCache
        let log = DiagnosticLog()
        do {
            let report = try Build.run(options, log: log)
            site.print(report.warnings)
            print(report.summaryLine + " → " + relativePath(options.outputRoot))
            if timings {
                for (stage, seconds) in report.stages {
                    print("  \(stage): \(String(format: "%.3f", seconds)) s")
                }
            }
        } catch let failure as BuildFailure {
            site.print(log.warnings)
            site.print(failure.diagnostics)
            let count = failure.diagnostics.count
            FileHandle.standardError.write(Data("build failed: \(count) error\(count == 1 ? "" : "s"); the output folder was not changed\n".utf8))
            throw ExitCode(1)
        }
    }

    private func relativePath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
    }
}
