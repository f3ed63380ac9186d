import Foundation
import Testing

@testable import PortalKit

/// A build nobody keeps lets go of each page's HTML once the page is written, unless a feed or the search index
/// reads it later: the feeds then make their entries in that room instead of growing the heap.
@Suite struct ContentReleaseTests {
    static let files = Fixtures.site + """

        -- content/news/_index.bg.md --
        ---
        title: Новини
        ---
        -- content/news/a.bg.md --
        ---
        title: А
        date: 2024-03-01
        ---
        Новина.
        -- content/about.bg.md --
        ---
        title: За нас
        ---
        Кои сме.
        """

    @Test func htmlIsReleasedAfterWritingUnlessAFeedReadsItOrTheBuildIsKept() throws {
        let root = try TestSite.write(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        for keeps in [false, true] {
            var options = TestSite.options(root, drafts: false, future: false, baseURL: nil)
            options.keepsLiveSite = keeps
            let log = DiagnosticLog()
            let (site, theme) = try Build.assemble(options, log: log)
            defer { site.releaseLinks() }
            let writer = try OutputWriter(outputRoot: options.outputRoot, dryRun: false)
            let siteWriter = SiteWriter(
                site: site, theme: try #require(theme), writer: writer, options: options, log: log, timings: StageTimings())
            _ = try siteWriter.write()
            try writer.commit()
            let about = try #require(site.pages.first { $0.url == "/about/" })
            let news = try #require(site.pages.first { $0.url == "/news/a/" })
            #expect(about.contentHTML.isEmpty != keeps, "keepsLiveSite: \(keeps)")
            #expect(news.contentHTML == "<p>Новина.</p>\n")
            let page = try String(contentsOf: options.outputRoot.appendingPathComponent("about/index.html"), encoding: .utf8)
            #expect(page.contains("<p>Кои сме.</p>"))
            let feed = try String(contentsOf: options.outputRoot.appendingPathComponent("news/atom.xml"), encoding: .utf8)
            #expect(feed.contains("<![CDATA[<p>Новина.</p>"))
        }
    }
}
