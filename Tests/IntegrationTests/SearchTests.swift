import Foundation
import Testing

/// Search: a page and an index per language, built from what readers can see.
@Suite struct SearchTests {
    static let theme = LanguagesTests.theme + """

        -- themes/t/templates/search.mustache --
        {{<base}}{{$main}}<h1>{{page.title}}</h1>
        <form id="search-form" role="search" action="{{page.url}}"><label for="q">{{i18n.searchLabel}}</label><input id="q" type="search" name="q"></form>
        <div id="search-results" data-index="{{search.index}}" data-many="{{i18n.searchMany}}"></div>
        {{#search.sections}}<a class="browse" href="{{url}}">{{title}}</a>
        {{/search.sections}}{{#search.taxonomies}}{{#terms}}<a class="term" href="{{url}}">{{name}}</a>
        {{/terms}}{{/search.taxonomies}}<script src="{{search.script}}" defer></script>{{/main}}{{/base}}
        """

    static let site = """

        -- site.yaml --
        baseURL: https://example.org/
        theme: t
        languages:
          bg: {name: Български, title: Сайт}
          en: {name: English, title: Site}
        taxonomies:
          tags:
            bg: {slug: etiketi, title: Етикети}
            en: {slug: tags, title: Tags}
        -- content/news/_index.bg.md --
        ---
        title: Новини
        ---
        -- content/news/_index.en.md --
        ---
        title: News
        ---
        -- content/news/sreshta.bg.md --
        ---
        title: Среща със Столична Община
        date: 2024-03-01
        tags: [общини]
        ---
        Обсъдихме декларациите на общините.
        -- content/news/sreshta.en.md --
        ---
        title: Meeting with Sofia Municipality
        date: 2024-03-01
        ---
        We discussed the municipalities' declarations.
        -- content/news/chernova.bg.md --
        ---
        title: Чернова за тайна
        draft: true
        ---
        Тайна.
        -- content/hidden/index.bg.md --
        ---
        title: Скрита страница
        build: {render: never}
        ---
        Скрито.
        """

    @Test func eachLanguageHasASearchPageAndAnIndex() throws {
        let site = try TestSite.build(Self.theme + Self.site, drafts: true)
        site.assertFile("public/tarsene/index.html", contains: """
            <html lang="bg"
            <h1>Търсене</h1>
            <label for="q">Търсене в сайта</label>
            data-index="/tarsene/index/"
            data-many="Намерени са {n} страници."
            <a class="browse" href="/news/">Новини</a>
            <a class="term" href="/etiketi/obshtini/">общини</a>
            <script src="/portal-search.js" defer>
            hreflang="en" href="https://example.org/en/search/"
            """)
        site.assertFile("public/en/search/index.html", contains: """
            <h1>Search</h1>
            data-index="/en/search/index/"
            """)
        site.assertExists("public/portal-search.js")

        // "декларациите" and "общините" are found by their stems; the title weighs ten times a body word.
        let shard = try site.read("public/tarsene/index/t/ob.json")
        #expect(shard.contains(#""obstin":[0,11]"#), "\(shard)")
        site.assertFile("public/tarsene/index/t/de.json", contains: #""deklarac":[0,1]"#)
        site.assertFile("public/tarsene/index/d/0.json", contains: """
            {"u":"/news/sreshta/","t":"Среща със Столична Община","s":"Новини","d":"1 март 2024 г.","x":"Обсъдихме декларациите на общините."}
            """)
        site.assertFile("public/en/search/index/t/de.json", contains: #""declaration":["#)
        site.assertFile("public/tarsene/index/meta.json", contains: """
            {"v":1,"n":3,"stop":[
            "shards":[
            """)

        // Drafts (even when built), pages that are not rendered and the 404 page are never indexed.
        let index = try FileManager.default.subpathsOfDirectory(atPath: site.root.appendingPathComponent("public/tarsene/index").path)
            .filter { $0.hasSuffix(".json") }
            .map { try site.read("public/tarsene/index/" + $0) }.joined()
        #expect(!index.contains("Чернова") && !index.contains("tain") && !index.contains("Скрит") && !index.contains("404"))
        site.assertExists("public/news/chernova/index.html")
    }

    @Test func theHeaderLinksTheSearchPageInEachLanguage() throws {
        let theme = Self.theme.replacingOccurrences(
            of: "<body>", with: "<body>{{#site.searchURL}}<form role=\"search\" action=\"{{site.searchURL}}\"></form>{{/site.searchURL}}")
        let site = try TestSite.build(theme + Self.site)
        site.assertFile("public/news/sreshta/index.html", contains: #"<form role="search" action="/tarsene/">"#)
        site.assertFile("public/en/news/sreshta/index.html", contains: #"<form role="search" action="/en/search/">"#)
    }

    @Test func searchFalseTurnsItOff() throws {
        let site = try TestSite.build(Self.theme + Self.site.replacingOccurrences(of: "theme: t\n", with: "theme: t\nsearch: false\n"))
        site.assertMissing("public/tarsene/index.html")
        site.assertMissing("public/portal-search.js")
        site.assertMissing("public/tarsene/index/meta.json")
    }

    @Test func aThemeWithoutASearchTemplateHasNoSearch() throws {
        let quiet = try TestSite.build(LanguagesTests.theme + Self.site)
        quiet.assertMissing("public/tarsene/index.html")
        quiet.assertMissing("public/portal-search.js")
        #expect(!quiet.log.warnings.contains { $0.message.contains("search") })

        let asked = try TestSite.build(
            LanguagesTests.theme + Self.site.replacingOccurrences(of: "theme: t\n", with: "theme: t\nsearch: true\n"))
        asked.assertMissing("public/tarsene/index.html")
        #expect(asked.log.warnings.contains { $0.message.contains("no search template") })
    }

    /// A Hugo site's own content/search.md keeps its URL.
    @Test func aSitesOwnSearchPageWins() throws {
        let site = try TestSite.build(Self.theme + Self.site + """

            -- content/search.en.md --
            ---
            title: Find
            ---
            Our own search.
            """)
        site.assertFile("public/en/search/index.html", contains: "<h1>Find</h1>")
        site.assertExists("public/tarsene/index/meta.json")
        site.assertMissing("public/en/search/index/meta.json")
    }
}
