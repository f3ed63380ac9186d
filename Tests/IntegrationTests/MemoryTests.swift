import Foundation
import PortalKit
import Testing

/// A process that builds again and again (`portal serve`) must get each finished build's memory back.
@Suite struct MemoryTests {
    /// `portal build` lets go of each Markdown body once its HTML is made (a quarter of the peak memory at
    /// 10,000 page pairs); the HTML is written (``ContentReleaseTests`` follows it further).
    @Test func buildKeepsNoMarkdownBodies() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/za-nas.bg.md --
            ---
            title: За нас
            ---
            Дълъг текст за сдружението.
            """)
        let page = try #require(site.report?.site.contentPages.first { $0.title == "За нас" })
        #expect(page.document?.body == "")
        site.assertFile("public/za-nas/index.html", contains: "<p>Дълъг текст за сдружението.</p>")
    }

    /// Translations, list items, terms and related pages point at each other in cycles; once a finished build's
    /// site is released, not one of its pages stays alive.
    @Test func releasedSiteFreesEveryPage() throws {
        var weakPages: [WeakPage] = []
        do {
            let site = try TestSite.build(Fixtures.site + """

                -- content/news/_index.bg.md --
                ---
                title: Новини
                ---
                -- content/news/_index.en.md --
                ---
                title: News
                ---
                -- content/news/parva.bg.md --
                ---
                title: Първа
                date: 2024-03-01
                tags: [община]
                ---
                Текст.
                -- content/news/parva.en.md --
                ---
                title: First
                date: 2024-03-01
                tags: [municipality]
                ---
                Text.
                -- content/news/vtora.bg.md --
                ---
                title: Втора
                date: 2024-03-02
                tags: [община]
                ---
                Още.
                """)
            let report = try #require(site.report)
            #expect(report.site.pages.count > 6)
            #expect(report.site.pages.contains { !$0.translations.isEmpty } && report.site.pages.contains { !$0.items.isEmpty })
            weakPages = report.site.pages.map(WeakPage.init)
            report.site.releaseLinks()
        }
        let alive = weakPages.compactMap(\.page).map(\.url)
        #expect(alive.isEmpty, "pages still alive after the build was released: \(alive)")
    }
}

final class WeakPage {
    weak var page: Page?
    init(_ page: Page) { self.page = page }
}
