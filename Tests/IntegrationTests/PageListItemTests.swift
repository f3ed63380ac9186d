import Foundation
import Testing

@testable import PortalKit

/// A page in a list shows the values its own page shows (docs/templates.md), read from the page when the template
/// asks for them (``PageListItem``), not kept as a dictionary per page.
@Suite struct PageListItemTests {
    static let files = Fixtures.siteYAML + """

        -- themes/t/templates/base.mustache --
        <!DOCTYPE html><html lang="{{lang}}"><head><meta charset="utf-8"><title>{{page.title}}</title></head>
        <body>{{$main}}{{/main}}</body></html>
        -- themes/t/templates/list.mustache --
        {{<base}}{{$main}}{{#pager.items}}{{> values}}
        {{/pager.items}}{{/main}}{{/base}}
        -- themes/t/templates/page.mustache --
        {{<base}}{{$main}}{{#page}}{{> values}}{{/page}}{{/main}}{{/base}}
        -- themes/t/templates/values.mustache --
        <p>{{title}} | {{url}} | {{permalink}} | {{kind}} | {{lang}} | {{summary}} | {{#date}}{{iso}}, {{long}}, {{short}}, {{year}}{{/date}} | {{#lastmod}}{{iso}}{{/lastmod}}{{^lastmod}}no lastmod{{/lastmod}} | {{#image}}{{src}} "{{alt}}"{{/image}} | {{#featured}}featured{{/featured}}{{^featured}}plain{{/featured}} | {{#tags}}[{{name}} {{url}}]{{/tags}} | {{#taxonomies.tags}}({{name}}){{/taxonomies.tags}} | {{section.title}} {{section.url}} | {{params.place}} | {{count(tags)}}</p>
        -- content/news/_index.bg.md --
        ---
        title: Новини
        ---
        -- content/news/meeting.bg.md --
        ---
        title: Среща в София
        date: 2024-03-01
        lastmod: 2024-03-05
        image: https://example.org/meeting.jpg
        image_alt: Участниците
        featured: true
        tags: [община]
        place: София
        ---
        Първи абзац.
        -- content/news/plain.bg.md --
        ---
        title: Бележка
        ---
        """

    @Test func aListItemShowsThePageValues() throws {
        let site = try TestSite.build(Self.files)
        let meeting = """
            <p>Среща в София | /news/meeting/ | https://example.org/news/meeting/ | page | bg | Първи абзац. | \
            2024-03-01, 1 март 2024 г., 01.03.2024 г., 2024 | 2024-03-05 | https://example.org/meeting.jpg "Участниците" | featured | \
            [община /etiketi/obshtina/] | (община) | Новини /news/ | София | 1</p>
            """
        let plain = "<p>Бележка | /news/plain/ | https://example.org/news/plain/ | page | bg |  |  | no lastmod |  | plain |  |  | Новини /news/ |  | 0</p>"
        site.assertFile("public/news/index.html", contains: meeting)
        site.assertFile("public/news/index.html", contains: plain)
        site.assertFile("public/news/meeting/index.html", contains: meeting)
        site.assertFile("public/news/plain/index.html", contains: plain)
    }

    /// Described on demand, an item follows its page: `portal serve` re-describes a page after an edit only for
    /// the fingerprint of the render cache.
    @Test func anItemReadsThePageWhenAsked() throws {
        let root = try TestSite.write(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        let options = TestSite.options(root, drafts: false, future: false, baseURL: nil)
        let (site, theme) = try Build.assemble(options, log: DiagnosticLog())
        defer { site.releaseLinks() }
        let contexts = ContextBuilder(site: site, theme: try #require(theme))
        contexts.prepareSummaries()
        let page = try #require(site.pages.first { $0.url == "/news/meeting/" })
        let item = contexts.summary(page)
        #expect(item.child(named: "title") as? String == "Среща в София")
        page.title = "Среща в Пловдив"
        #expect(item.child(named: "title") as? String == "Среща в Пловдив")
        #expect(item.child(named: "nothing") == nil)
    }
}
