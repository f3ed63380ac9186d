import Foundation
import PortalKit
import Testing

/// `portal build` keeps front matter and rendered Markdown in `.portal-cache/content.bin` for the next build:
/// a rebuild reads no unchanged YAML and renders no unchanged body, yet its output is always that of a build
/// without the cache, every problem is reported again, and a damaged cache is only a slower build.
@Suite struct BuildCacheTests {
    static let files = RenderedMarkdownCacheTests.files

    static func build(_ root: URL, log: DiagnosticLog = DiagnosticLog()) throws -> BuildReport {
        var options = TestSite.options(root, drafts: false, future: false, baseURL: nil)
        options.keepsBuildCache = true
        return try Build.run(options, log: log)
    }

    static func cacheFile(_ site: TestSite) -> URL {
        site.root.appendingPathComponent(".portal-cache/content.bin")
    }

    @Test func aRebuildTakesUnchangedFilesFromTheCache() throws {
        let site = try TestSite.build(Self.files)
        let plain = site.snapshot()
        let first = try Self.build(site.root)
        #expect(first.frontMatterFromCache == 0 && first.markdownFromCache == 0 && first.markdownRendered >= 3)
        #expect(FileManager.default.fileExists(atPath: Self.cacheFile(site).path))
        #expect(site.snapshot() == plain, "the cache changed the output")

        let second = try Self.build(site.root)
        #expect(second.markdownRendered == 0 && second.markdownFromCache == first.markdownRendered)
        #expect(second.frontMatterFromCache == first.markdownRendered, "front matter was read with YAML again")
        #expect(site.snapshot() == plain)
    }

    @Test func editsAndMovedLinkTargetsAreSeen() throws {
        let site = try TestSite.build(Self.files)
        let all = try Self.build(site.root).markdownRendered

        try site.write("-- content/news/parva.bg.md --\n---\ntitle: Първа\ndate: 2024-03-01\ntags: [община]\n---\nНов текст.\n")
        var report = try Self.build(site.root)
        #expect(report.markdownRendered == 1 && report.markdownFromCache == all - 1)
        #expect(report.frontMatterFromCache == all, "only the body changed")
        site.assertFile("public/news/parva/index.html", contains: "Нов текст.")

        // The linked page gets another URL: the page that links to it is rendered again with the new one.
        try site.write("-- content/news/vtora.bg.md --\n---\ntitle: Втора\nslug: druga\ndate: 2024-03-02\n---\nОще.\n")
        report = try Self.build(site.root)
        #expect(report.frontMatterFromCache == all - 1)
        site.assertFile("public/news/treta/index.html", contains: "href=\"/news/druga/\"")
        #expect(site.snapshot() == (try RenderedPageCacheTests.fresh(site)))

        // The linked page is deleted: the link is an error again, not a kept render.
        try site.remove("content/news/parva.bg.md")
        let log = DiagnosticLog()
        #expect(throws: BuildFailure.self) { try Self.build(site.root, log: log) }
        #expect(log.errors.contains { $0.path == "content/news/treta.bg.md" })
    }

    @Test func problemsAreReportedOnEveryBuild() throws {
        let site = try TestSite.build(Self.files + """

            -- content/news/chetvarta.bg.md --
            ---
            title: Четвърта
            date: 2024-03-04
            titel: Грешка
            ---
            <blink>Текст</blink>
            """)
        let first = DiagnosticLog()
        _ = try Self.build(site.root, log: first)
        let second = DiagnosticLog()
        _ = try Self.build(site.root, log: second)
        let warnings = first.warnings.map(\.description)
        #expect(warnings.contains { $0.contains("chetvarta.bg.md:4") && $0.contains("titel") })
        #expect(warnings.contains { $0.contains("chetvarta.bg.md:6") && $0.contains("raw HTML") })
        #expect(second.warnings.map(\.description) == warnings)
    }

    @Test func aDamagedCacheIsIgnoredAndReplaced() throws {
        let site = try TestSite.build(Self.files)
        let plain = site.snapshot()
        let all = try Self.build(site.root).markdownRendered
        let file = Self.cacheFile(site)
        var bytes = [UInt8](try Data(contentsOf: file))
        for garbage in [Array(bytes.prefix(20)), Array(bytes.dropLast(7)), bytes.map { $0 ^ 0x5A }] {
            try Data(garbage).write(to: file)
            #expect(try Self.build(site.root).markdownRendered >= 1)
            #expect(site.snapshot() == plain)
        }
        // A kept render whose bytes were overwritten is rendered again, not shown damaged.
        bytes = [UInt8](try Data(contentsOf: file))
        for index in bytes.count - 40..<bytes.count { bytes[index] = 0xFF }
        try Data(bytes).write(to: file)
        #expect(try Self.build(site.root).markdownRendered >= 1)
        #expect(site.snapshot() == plain)
        #expect(try Self.build(site.root).markdownFromCache == all, "the cache was not written again")
    }

    @Test func withoutTheOptionNothingIsKept() throws {
        let site = try TestSite.build(Self.files)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".portal-cache").path))
    }
}
