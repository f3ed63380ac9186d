import Foundation
import PortalKit
import Testing

/// `portal serve` keeps parsed content files between rebuilds: unchanged files are not parsed again, changed ones
/// are, the output is the same as a build without the cache, and problems are reported on every build.
@Suite struct ParsedContentCacheTests {
    static let files = Fixtures.site + """

        -- content/news/_index.bg.md --
        ---
        title: Новини
        ---
        -- content/news/parva.bg.md --
        ---
        title: Първа
        date: 2024-03-01
        tags: [община]
        ---
        Текст.
        -- content/news/vtora.bg.md --
        ---
        title: Втора
        date: 2024-03-02
        ---
        Още.
        """

    static func build(_ root: URL, cache: ParsedContentCache) throws -> BuildReport {
        var options = TestSite.options(root, drafts: false, future: false, baseURL: nil)
        options.contentCache = cache
        return try Build.run(options, log: DiagnosticLog())
    }

    @Test func unchangedFilesAreReusedChangedOnesParsedAgain() throws {
        let site = try TestSite.build(Self.files)
        let plain = site.snapshot()
        let cache = ParsedContentCache()
        _ = try Self.build(site.root, cache: cache)
        #expect(cache.reused == 0 && cache.parsed == 3)
        #expect(site.snapshot() == plain, "the cache changed the output")

        _ = try Self.build(site.root, cache: cache)
        #expect(cache.reused == 3 && cache.parsed == 0)
        #expect(site.snapshot() == plain)

        try site.write("-- content/news/vtora.bg.md --\n---\ntitle: Втора, поправена\ndate: 2024-03-02\n---\nОще.\n")
        _ = try Self.build(site.root, cache: cache)
        #expect(cache.reused == 2 && cache.parsed == 1)
        site.assertFile("public/news/index.html", contains: "Втора, поправена")

        site.assertExists("public/news/parva/index.html")
        try site.remove("content/news/parva.bg.md")
        _ = try Self.build(site.root, cache: cache)
        site.assertMissing("public/news/parva/index.html")
        #expect(cache.count == 2, "a deleted file's document is still kept")
    }

    @Test func aFileWithAProblemIsReportedOnEveryBuild() throws {
        let site = try TestSite.build(Self.files)
        try site.write("-- content/news/vtora.bg.md --\n---\ntitle: [Втора\n---\nОще.\n")
        let cache = ParsedContentCache()
        for attempt in 0..<2 {
            let failure = try #require(throws: BuildFailure.self) { try Self.build(site.root, cache: cache) }
            #expect("\(failure)".contains("content/news/vtora.bg.md:"), "\(failure)")
            if attempt == 1 { #expect(cache.parsed == 1 && cache.reused == 2, "the broken file must be parsed (and reported) again") }
        }
    }

    @Test func changedTaxonomiesEmptyTheCache() throws {
        let site = try TestSite.build(Self.files)
        let cache = ParsedContentCache()
        _ = try Self.build(site.root, cache: cache)
        let yaml = try site.read("site.yaml").replacingOccurrences(of: "taxonomies:\n", with: "taxonomies:\n  topics: {bg: {slug: temi}, en: {slug: topics}}\n")
        try site.write("-- site.yaml --\n" + yaml)
        _ = try Self.build(site.root, cache: cache)
        #expect(cache.reused == 0 && cache.parsed == 3)
    }
}
