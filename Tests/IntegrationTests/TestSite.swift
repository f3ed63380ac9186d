import Foundation
import PortalKit
import Testing

/// A whole site written inline (`-- path --` headers, then the file's text), built by the real pipeline.
///
/// `assertFile(_:contains:)` checks that each line of the expectation occurs in the built file; a line
/// starting with `! ` must not occur.
struct TestSite {
    let root: URL
    let report: BuildReport?
    let log: DiagnosticLog

    /// The date every test build takes as "now": 2026-11-22, so future-dated fixtures stay in the future.
    static let now = Date(timeIntervalSince1970: 1_795_305_600)

    /// Writes `files` to a fresh temporary folder and builds it; the build must succeed.
    static func build(
        _ files: String, drafts: Bool = false, future: Bool = false, baseURL: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> TestSite {
        let root = try write(files)
        let log = DiagnosticLog()
        do {
            let report = try Build.run(options(root, drafts: drafts, future: future, baseURL: baseURL), log: log)
            return TestSite(root: root, report: report, log: log)
        } catch let failure as BuildFailure {
            Issue.record("build failed:\n\(failure)", sourceLocation: sourceLocation)
            throw failure
        }
    }

    /// Writes `files` and builds, expecting failure; returns the errors as printed, one per line.
    static func buildExpectingError(_ files: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let root = try write(files)
        return try TestSite(root: root, report: nil, log: DiagnosticLog()).rebuildExpectingError(sourceLocation: sourceLocation)
    }

    /// Builds a good site, then applies `change` (files to add or replace, `Fixtures.site` included when the
    /// change does not bring its own site.yaml) and builds again expecting failure.
    ///
    /// Records an issue unless the failed build left the previous output byte for byte as it was; returns the
    /// errors as printed.
    static func buildBadChange(
        _ change: String, base: String = Fixtures.site + "\n-- content/ok.bg.md --\n---\ntitle: Добре\n---\nТекст.\n",
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let site = try build(base, sourceLocation: sourceLocation)
        let before = site.snapshot()
        try site.write(change)
        let errors = try site.rebuildExpectingError(sourceLocation: sourceLocation)
        #expect(!before.isEmpty, sourceLocation: sourceLocation)
        #expect(site.snapshot() == before, "the failed build changed public/", sourceLocation: sourceLocation)
        return errors
    }

    /// Builds the existing folder again (after `write(_:)` changed files), expecting success.
    func rebuild(drafts: Bool = false, future: Bool = false) throws -> TestSite {
        let log = DiagnosticLog()
        let report = try Build.run(TestSite.options(root, drafts: drafts, future: future, baseURL: nil), log: log)
        return TestSite(root: root, report: report, log: log)
    }

    /// Builds the existing folder again, expecting failure.
    func rebuildExpectingError(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        do {
            try Build.run(TestSite.options(root, drafts: false, future: false, baseURL: nil))
            Issue.record("the build succeeded but an error was expected", sourceLocation: sourceLocation)
            return ""
        } catch let failure as BuildFailure {
            return failure.description
        }
    }

    /// Adds or replaces files in the site's folder.
    func write(_ files: String) throws {
        try TestSite.writeFiles(files, into: root)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    static func options(_ root: URL, drafts: Bool, future: Bool, baseURL: String?) -> BuildOptions {
        BuildOptions(sourceRoot: root, baseURL: baseURL, includeDrafts: drafts, includeFuture: future, now: now)
    }

    static func write(_ files: String) throws -> URL {
        let root = TestFolders.make("site")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try writeFiles(files, into: root)
        return root
    }

    static func writeFiles(_ files: String, into root: URL) throws {
        var path: String?
        var lines: [Substring] = []
        func flush() throws {
            guard let path else { return }
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: false, encoding: .utf8)
        }
        for line in files.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                try flush()
                path = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else {
                lines.append(line)
            }
        }
        try flush()
    }

    /// The text of a built file (relative to the site folder, e.g. `public/index.html`).
    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    func assertExists(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(exists(path), "\(path) was not built", sourceLocation: sourceLocation)
    }

    func assertMissing(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!exists(path), "\(path) should not exist", sourceLocation: sourceLocation)
    }

    /// Each line must occur in the file; a line starting with `! ` must not.
    func assertFile(_ path: String, contains expectations: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let text = try? read(path) else {
            Issue.record("\(path) was not built", sourceLocation: sourceLocation)
            return
        }
        for line in expectations.split(separator: "\n") {
            let expectation = line.trimmingCharacters(in: .whitespaces)
            if expectation.isEmpty { continue }
            if expectation.hasPrefix("! ") {
                let forbidden = String(expectation.dropFirst(2))
                #expect(!text.contains(forbidden), "\(path) must not contain: \(forbidden)\n---\n\(text)", sourceLocation: sourceLocation)
            } else {
                #expect(text.contains(expectation), "\(path) lacks: \(expectation)\n---\n\(text)", sourceLocation: sourceLocation)
            }
        }
    }

    /// Every file of the output folder with its bytes, for determinism and "nothing changed" checks.
    func snapshot(_ folder: String = "public") -> [String: Data] {
        let base = root.appendingPathComponent(folder)
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return result }
        while let relative = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = base.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                result[relative] = FileManager.default.contents(atPath: full)
            }
        }
        return result
    }
}
