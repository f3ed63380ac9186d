import Foundation
import Testing

@testable import PortalKit

/// A page's context makes each value when a template asks (``PageContext``, ``PageValue``); what it gives one
/// name at a time is what it gives all at once to the render cache's fingerprint and the listing index of
/// `portal serve`, for every kind of page.
@Suite struct PageContextTests {
    @Test func valuesAskedOneByOneAreTheValuesGivenAllAtOnce() throws {
        let root = try TestSite.write(PageListItemTests.files + """

            -- content/news/2024/_index.bg.md --
            ---
            title: 2024
            ---
            -- content/news/2024/report.bg.md --
            ---
            title: Отчет
            date: 2024-05-01
            ---
            ## Първа

            ## Втора

            ## Трета
            """)
        defer { try? FileManager.default.removeItem(at: root) }
        let options = TestSite.options(root, drafts: false, future: false, baseURL: nil)
        let (site, theme) = try Build.assemble(options, log: DiagnosticLog())
        defer { site.releaseLinks() }
        let contexts = ContextBuilder(site: site, theme: try #require(theme), fingerprinted: true)
        contexts.prepareSummaries()
        var kinds: Set<PageKind> = []
        for page in site.pages {
            kinds.insert(page.kind)
            let context = contexts.context(for: page)
            let all = context.values
            for name in PageContext.names + [page.kind.templateFlag] where name != "page" {
                #expect(fingerprint(context.child(named: name)) == fingerprint(all[name]), "\(page.url) \(name)")
            }
            let value = try #require(context.child(named: "page") as? PageValue)
            let pageValues = try #require(all["page"] as? [String: Any])
            for name in PageDescriber.names + PageValue.ownNames {
                #expect(fingerprint(value.child(named: name)) == fingerprint(pageValues[name]), "\(page.url) page.\(name)")
            }
            #expect(context.child(named: "noSuchValue") == nil && value.child(named: "noSuchValue") == nil)
            // Every value is of a type the render cache can fingerprint, or `portal serve` would render every time.
            #expect(ContextFingerprint.of(all, template: "page") != nil, "\(page.url)")
        }
        #expect(kinds.isSuperset(of: [.home, .section, .page, .taxonomy, .term, .notFound]))

        func page(_ url: String) throws -> Page { try #require(site.pages.first { $0.url == url }) }
        let meeting = contexts.context(for: try page("/news/meeting/"))
        #expect(meeting.child(named: "canonical") as? String == "https://example.org/news/meeting/")
        #expect(meeting.child(named: "kind") as? String == "page" && meeting.child(named: "isPage") as? Bool == true)
        #expect(meeting.child(named: "isSection") == nil && meeting.child(named: "pager") == nil)
        let value = try #require(meeting.child(named: "page") as? PageValue)
        #expect(value.child(named: "content") as? String == "<p>Първи абзац.</p>\n")
        #expect(value.child(named: "description") as? String == "Първи абзац.")
        #expect((value.child(named: "date") as? DateContext)?.child(named: "long") as? String == "1 март 2024 г.")
        #expect(value.child(named: "sections") == nil && value.child(named: "taxonomy") == nil)
        let report = try #require(contexts.context(for: try page("/news/2024/report/")).child(named: "page") as? PageValue)
        #expect(report.child(named: "hasToc") as? Bool == true)
        #expect((report.child(named: "toc") as? [[String: Any]])?.map { $0["text"] as? String } == ["Първа", "Втора", "Трета"])
        let news = try #require(contexts.context(for: try page("/news/")).child(named: "page") as? PageValue)
        #expect((news.child(named: "sections") as? [PageListItem])?.map(\.page.url) == ["/news/2024/"])
        #expect(Set((news.child(named: "pagesBelow") as? [PageListItem])?.map(\.page.url) ?? [])
            == ["/news/meeting/", "/news/plain/", "/news/2024/report/"])
    }

    private func fingerprint(_ value: Any?) -> Int? {
        guard let value else { return nil }
        return ContextFingerprint.of(value)
    }
}
