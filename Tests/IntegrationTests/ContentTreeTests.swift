import Foundation
import Testing

/// Content trees as Hugo sites have them: nested sections, folders that only add to the URL, file names with
/// spaces and capitals.
@Suite struct ContentTreeTests {
    static let theme = Fixtures.site + """

        -- themes/t/templates/list.mustache --
        {{<base}}{{$main}}<h1>{{page.title}}</h1>
        {{#breadcrumbs}}<a class="crumb" href="{{url}}">{{title}}</a>
        {{/breadcrumbs}}{{#page.parent}}<a class="parent" href="{{url}}">{{title}}</a>
        {{/page.parent}}{{#page.sections}}<a class="subsection" href="{{url}}">{{title}}</a>
        {{/page.sections}}{{#pager.items}}<a class="item" href="{{url}}">{{title}}</a>
        {{/pager.items}}{{#page.pagesBelow}}<a class="below" href="{{url}}">{{title}}</a>
        {{/page.pagesBelow}}{{/main}}{{/base}}
        -- themes/t/templates/page.mustache --
        {{<base}}{{$main}}<h1>{{page.title}}</h1>
        {{#breadcrumbs}}<a class="crumb" href="{{url}}">{{title}}</a>
        {{/breadcrumbs}}{{/main}}{{/base}}
        """

    @Test func foldersKeepTheirPlaceAndOnlyIndexedOnesAreSections() throws {
        let site = try TestSite.build(Self.theme + """

            -- content/events/_index.bg.md --
            ---
            title: Събития
            slug: sabitia
            ---
            -- content/events/2020-08/x.bg.md --
            ---
            title: Август
            date: 2020-08-01
            ---
            -- content/events/2020-07/x.bg.md --
            ---
            title: Юли
            date: 2020-07-01
            ---
            -- content/events/archive/_index.bg.md --
            ---
            title: Архив
            ---
            -- content/events/archive/old/Correlaidx Austria Events 8.bg.md --
            ---
            title: Старо събитие
            date: 2019-05-01
            ---
            -- content/Работилници/Среща в София.bg.md --
            ---
            title: Среща
            ---
            """)
        site.assertExists("public/sabitia/2020-08/x/index.html")
        site.assertExists("public/sabitia/2020-07/x/index.html")
        site.assertExists("public/sabitia/archive/old/correlaidx-austria-events-8/index.html")
        site.assertExists("public/rabotilnitsi/sreshta-v-sofia/index.html")
        site.assertMissing("public/sabitia/2020-08/index.html")
        site.assertFile("public/sabitia/index.html", contains: """
            <a class="subsection" href="/sabitia/archive/">Архив</a>
            <a class="item" href="/sabitia/2020-08/x/">Август</a>
            <a class="item" href="/sabitia/2020-07/x/">Юли</a>
            <a class="below" href="/sabitia/archive/old/correlaidx-austria-events-8/">Старо събитие</a>
            ! class="parent"
            """)
        site.assertFile("public/sabitia/page/2/index.html", contains: """
            <a class="item" href="/sabitia/archive/">Архив</a>
            """)
        site.assertFile("public/sabitia/archive/index.html", contains: """
            <a class="crumb" href="/">Портал за социални политики</a>
            <a class="crumb" href="/sabitia/">Събития</a>
            <a class="parent" href="/sabitia/">Събития</a>
            <a class="item" href="/sabitia/archive/old/correlaidx-austria-events-8/">Старо събитие</a>
            """)
        site.assertFile("public/sabitia/archive/old/correlaidx-austria-events-8/index.html", contains: """
            <a class="crumb" href="/sabitia/">Събития</a>
            <a class="crumb" href="/sabitia/archive/">Архив</a>
            """)
        site.assertFile("public/sabitia/archive/atom.xml", contains: "<title>Старо събитие</title>")
        site.assertFile("public/sitemap.xml", contains: "<loc>https://example.org/sabitia/archive/</loc>")
    }

    @Test func theLanguageSwitchFallsBackToTheNearestSectionAbove() throws {
        let site = try TestSite.build(Self.theme + """

            -- content/docs/_index.bg.md --
            ---
            title: Документи
            ---
            -- content/docs/_index.en.md --
            ---
            title: Documents
            ---
            -- content/docs/laws/_index.bg.md --
            ---
            title: Закони
            ---
            -- content/docs/laws/a.bg.md --
            ---
            title: Закон
            ---
            """)
        site.assertFile("public/docs/laws/a/index.html", contains: """
            <a href="/en/docs/" lang="en">English</a>
            """)
    }

    @Test func aNestedFolderWhoseURLCollidesWithAPageNamesBoth() throws {
        let errors = try TestSite.buildExpectingError(Self.theme + """

            -- content/events/x.bg.md --
            ---
            title: Х
            slug: archive
            ---
            -- content/events/archive/_index.bg.md --
            ---
            title: Архив
            ---
            """)
        #expect(errors.contains("would both be written to /events/archive/"), "\(errors)")
        #expect(errors.contains("content/events/x.bg.md") && errors.contains("content/events/archive/_index.bg.md"), "\(errors)")
    }

    @Test func buildOptionsAndHeadlessBundles() throws {
        let site = try TestSite.build(Self.theme + """

            -- content/news/_index.bg.md --
            ---
            title: Новини
            ---
            -- content/news/shown.bg.md --
            ---
            title: Видима
            date: 2024-01-03
            tags: [община]
            ---
            -- content/news/hidden.bg.md --
            ---
            title: Скрита
            date: 2024-01-02
            tags: [община]
            _build: {list: never}
            ---
            -- content/news/local.bg.md --
            ---
            title: Местна
            date: 2024-01-01
            tags: [община]
            build: {list: local}
            ---
            -- content/news/unrendered.bg.md --
            ---
            title: Без страница
            date: 2024-01-04
            build: {render: false}
            ---
            -- content/gallery/index.bg.md --
            ---
            title: Галерия
            headless: true
            ---
            -- content/gallery/photo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """)
        site.assertExists("public/news/hidden/index.html")
        site.assertExists("public/news/local/index.html")
        site.assertMissing("public/news/unrendered/index.html")
        site.assertMissing("public/gallery/index.html")
        site.assertExists("public/gallery/photo.svg")
        site.assertFile("public/news/index.html", contains: """
            <a class="item" href="/news/shown/">Видима</a>
            <a class="item" href="/news/local/">Местна</a>
            ! Скрита
            ! Без страница
            """)
        site.assertFile("public/etiketi/obshtina/index.html", contains: """
            Видима
            ! Скрита
            ! Местна
            """)
        site.assertFile("public/atom.xml", contains: """
            Видима
            ! Скрита
            ! Местна
            ! Без страница
            """)
        site.assertFile("public/sitemap.xml", contains: """
            https://example.org/news/hidden/
            ! unrendered
            ! gallery
            """)
    }

    @Test func badBuildOptionsAndLinksToUnrenderedPages() throws {
        let errors = try TestSite.buildExpectingError(Self.theme + """

            -- content/a.bg.md --
            ---
            title: А
            build:
              render: sometimes
              list: maybe
            ---
            -- content/b.bg.md --
            ---
            title: Б
            headless: true
            ---
            -- content/c.bg.md --
            ---
            title: В
            ---
            [Б](b.md)
            """)
        #expect(errors.contains("content/a.bg.md:4:11: error: 'render' is 'sometimes', not one of always, never (or true, false)"), "\(errors)")
        #expect(errors.contains("content/a.bg.md:5:9: error: 'list' is 'maybe', not one of always, never, local"), "\(errors)")
        #expect(errors.contains("content/c.bg.md:4:5: error: link to b.md: content/b.md is not rendered (render: never or headless: true)"), "\(errors)")
    }
}
