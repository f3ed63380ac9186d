import ArgumentParser
import Foundation
import PortalKit

/// `portal check`: everything the build validates, without writing, plus the translation status.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the site without writing it: front matter, links and anchors, images and alt text, templates, translations.")

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "List every missing and stale translation.")
    var translations = false

    @Flag(name: .long, help: "Fail on warnings and stale translations too (for CI).")
    var strict = false

    @Flag(name: .long, help: "Fail when any page lacks a translation.")
    var allTranslated = false

    func run() throws {
        var options = BuildOptions(
            sourceRoot: site.sourceURL, baseURL: site.baseURL, includeDrafts: site.drafts, includeFuture: site.future)
        options.dryRun = true
        let log = DiagnosticLog()
        let report: BuildReport
        do {
            report = try Build.run(options, log: log)
        } catch let failure as BuildFailure {
            site.print(log.warnings)
            site.print(failure.diagnostics)
            FileHandle.standardError.write(Data("check failed: \(failure.diagnostics.count) errors\n".utf8))
            throw ExitCode(1)
        }
        site.print(log.warnings)
        let status = TranslationStatus.report(report.site, changed: GitDates.lastChanged(sourceRoot: options.sourceRoot))
        print(translations ? status.table : status.table.split(separator: "\n").first.map(String.init) ?? "")
        var failed = false
        if strict && (!log.warnings.isEmpty || !status.stale.isEmpty) { failed = true }
        if allTranslated && !status.missing.isEmpty { failed = true }
        if failed {
            FileHandle.standardError.write(Data("check failed: \(log.warnings.count) warnings, \(status.stale.count) stale and \(status.missing.count) missing translations\n".utf8))
            throw ExitCode(1)
        }
        print("check passed: \(log.warnings.count) warnings")
    }
}
