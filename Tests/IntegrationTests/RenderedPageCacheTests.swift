import Foundation
import PortalKit
import Testing

/// `portal serve` keeps rendered pages between rebuilds: a page whose template context is unchanged is not
/// rendered again, an edit renders the pages that show it, and the output is always that of a build without
/// the cache.
@Suite struct RenderedPageCacheTests {
    static func build(_ root: URL, cache: RenderedPageCache) throws {
        var options = TestSite.options(root, drafts: false, future: false, baseURL: nil)
        options.renderCache = cache
        try Build.run(options, log: DiagnosticLog())
    }

    /// A build of the same files without any cache, in a folder of its own.
    static func fresh(_ site: TestSite) throws -> [String: Data] {
        let copy = TestFolders.make("fresh")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: site.root, to: copy)
        try? FileManager.default.removeItem(at: copy.appendingPathComponent("public"))
        try? FileManager.default.removeItem(at: copy.appendingPathComponent(".public.build"))
        try Build.run(TestSite.options(copy, drafts: false, future: false, baseURL: nil), log: DiagnosticLog())
        return TestSite(root: copy, report: nil, log: DiagnosticLog()).snapshot()
    }

    @Test func editsRenderOnlyThePagesTheyChange() throws {
        let site = try TestSite.build(ParsedContentCacheTests.files)
        let cache = RenderedPageCache()
        try Self.build(site.root, cache: cache)
        let all = cache.rendered
        #expect(all > 5 && cache.reused == 0)

        try Self.build(site.root, cache: cache)
        #expect(cache.rendered == 0 && cache.reused == all, "nothing changed, yet pages were rendered")
        #expect(site.snapshot() == (try Self.fresh(site)))

        // A body edit changes that page (and what lists quote of it), not the whole site.
        try site.write("-- content/news/vtora.bg.md --\n---\ntitle: Втора\ndate: 2024-03-02\n---\nПоправено.\n")
        try Self.build(site.root, cache: cache)
        #expect(cache.rendered > 0 && cache.rendered < all)
        site.assertFile("public/news/vtora/index.html", contains: "Поправено.")
        #expect(site.snapshot() == (try Self.fresh(site)))

        // A new title shows in every list of the page: those are rendered again too.
        try site.write("-- content/news/vtora.bg.md --\n---\ntitle: Втора, поправена\ndate: 2024-03-02\n---\nПоправено.\n")
        try Self.build(site.root, cache: cache)
        site.assertFile("public/news/index.html", contains: "Втора, поправена")
        #expect(site.snapshot() == (try Self.fresh(site)))

        // A deleted page leaves nothing behind, kept or written.
        try site.remove("content/news/parva.bg.md")
        try Self.build(site.root, cache: cache)
        site.assertMissing("public/news/parva/index.html")
        #expect(site.snapshot() == (try Self.fresh(site)))
    }

    @Test func aChangedTemplateRendersThePagesThatUseIt() throws {
        let site = try TestSite.build(ParsedContentCacheTests.files)
        let cache = RenderedPageCache()
        try Self.build(site.root, cache: cache)
        let all = cache.rendered
        let base = try site.read("themes/t/templates/base.mustache")
        try site.write("-- themes/t/templates/base.mustache --\n" + base.replacingOccurrences(of: "<body>", with: "<body class=\"x\">"))
        try Self.build(site.root, cache: cache)
        #expect(cache.rendered == all && cache.reused == 0)
        site.assertFile("public/news/index.html", contains: "<body class=\"x\">")

        // A template only lists use: the lists are rendered again, the pages kept, the output that of a build.
        let list = try site.read("themes/t/templates/list.mustache")
        try site.write("-- themes/t/templates/list.mustache --\n" + list.replacingOccurrences(of: "<h1>", with: "<h1 class=\"list\">"))
        try Self.build(site.root, cache: cache)
        #expect(cache.rendered > 0 && cache.reused > 0 && cache.rendered < all, "\(cache.rendered) of \(all)")
        site.assertFile("public/news/index.html", contains: "<h1 class=\"list\">")
        site.assertFile("public/news/parva/index.html", contains: "! <h1 class=\"list\">")
        #expect(site.snapshot() == (try Self.fresh(site)))
    }
}
