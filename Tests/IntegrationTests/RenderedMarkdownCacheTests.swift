import Foundation
import PortalKit
import Testing

/// `portal serve` keeps rendered Markdown between rebuilds, checked against what the site answers now: an
/// unchanged body is not rendered again, but one whose link target moved is, and the output is always that of
/// a build without the cache.
@Suite struct RenderedMarkdownCacheTests {
    static let files = ParsedContentCacheTests.files + """

        -- content/news/treta.bg.md --
        ---
        title: Трета
        date: 2024-03-03
        ---
        Виж [втората](vtora.bg.md) и [първата](parva.bg.md).
        """

    static func build(_ root: URL, cache: RenderedMarkdownCache) throws {
        var options = TestSite.options(root, drafts: false, future: false, baseURL: nil)
        options.markdownCache = cache
        try Build.run(options, log: DiagnosticLog())
    }

    @Test func keptRendersAreCheckedAgainstTheSite() throws {
        let site = try TestSite.build(Self.files)
        let cache = RenderedMarkdownCache()
        try Self.build(site.root, cache: cache)
        let all = cache.rendered
        #expect(all >= 3 && cache.reused == 0)

        try Self.build(site.root, cache: cache)
        #expect(cache.rendered == 0 && cache.reused == all, "nothing changed, yet bodies were rendered")
        #expect(site.snapshot() == (try RenderedPageCacheTests.fresh(site)))

        // The linked page gets another URL: the page that links to it is rendered again with the new one.
        try site.write("-- content/news/vtora.bg.md --\n---\ntitle: Втора\nslug: druga\ndate: 2024-03-02\n---\nОще.\n")
        try Self.build(site.root, cache: cache)
        #expect(cache.rendered >= 1 && cache.rendered < all, "the page linking to it is rendered again, not the others")
        site.assertFile("public/news/treta/index.html", contains: "href=\"/news/druga/\"")
        #expect(site.snapshot() == (try RenderedPageCacheTests.fresh(site)))

        // The linked page is deleted: the link is an error again, not a kept render.
        try site.remove("content/news/parva.bg.md")
        var options = TestSite.options(site.root, drafts: false, future: false, baseURL: nil)
        options.markdownCache = cache
        let log = DiagnosticLog()
        #expect(throws: BuildFailure.self) { try Build.run(options, log: log) }
        #expect(log.errors.contains { $0.path == "content/news/treta.bg.md" })
    }

    @Test func bodiesWithShortcodesAreRenderedEveryTime() throws {
        let site = try TestSite.build(Self.files + """

            -- content/news/chetvarta.bg.md --
            ---
            title: Четвърта
            date: 2024-03-04
            ---
            {{< ref "parva.bg.md" >}}
            """)
        let cache = RenderedMarkdownCache()
        try Self.build(site.root, cache: cache)
        let all = cache.rendered
        try Self.build(site.root, cache: cache)
        #expect(cache.rendered == 1 && cache.reused == all - 1)
    }

    @Test func aChangedUIStringRendersTheBodiesThatShowItAgain() throws {
        let site = try TestSite.build(EditorMarkdownTests.themedFootnotes)
        let cache = RenderedMarkdownCache()
        try Self.build(site.root, cache: cache)
        try Self.build(site.root, cache: cache)
        #expect(cache.rendered == 0, "nothing changed, yet bodies were rendered")

        try site.write("-- themes/t/i18n/en.yaml --\nreadMore: Read more\nfootnotes: References\n")
        try Self.build(site.root, cache: cache)
        #expect(cache.rendered >= 1, "the footnotes' label changed, yet every body was taken from the cache")
        site.assertFile("public/en/f/index.html", contains: "aria-label=\"References\"")
        #expect(site.snapshot() == (try RenderedPageCacheTests.fresh(site)))
    }
}
