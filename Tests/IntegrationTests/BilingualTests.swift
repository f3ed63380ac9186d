import Foundation
import Testing

/// Translations, the language switch, hreflang, localized URLs and UI strings.
@Suite struct BilingualTests {
    static let sections = """

        -- content/news/_index.bg.md --
        ---
        title: Новини
        slug: novini
        ---
        -- content/news/_index.en.md --
        ---
        title: News
        ---
        """

    @Test func missingTranslationSwitchesToTheSectionNeverToA404() throws {
        let site = try TestSite.build(Fixtures.site + Self.sections + """

            -- content/news/samo-bg.bg.md --
            ---
            title: Само на български
            ---
            -- content/news/both.bg.md --
            ---
            title: И двата
            ---
            -- content/news/both.en.md --
            ---
            title: Both
            ---
            """)
        site.assertFile("public/novini/samo-bg/index.html", contains: """
            <a href="/en/news/" lang="en">English</a>
            hreflang="bg" href="https://example.org/novini/samo-bg/"
            hreflang="x-default" href="https://example.org/novini/samo-bg/"
            ! hreflang="en"
            """)
    }

    @Test func pageWithoutSectionTranslationFallsBackToTheHomePage() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/samo.bg.md --
            ---
            title: Само
            ---
            """)
        site.assertFile("public/samo/index.html", contains: #"<a href="/en/" lang="en">English</a>"#)
    }

    @Test func translationKeyLinksDifferentlyNamedFiles() throws {
        let site = try TestSite.build(Fixtures.site + Self.sections + """

            -- content/news/sreshta.bg.md --
            ---
            title: Среща
            translationKey: meeting-1
            ---
            -- content/news/meeting.en.md --
            ---
            title: Meeting
            translationKey: meeting-1
            ---
            """)
        site.assertFile("public/novini/sreshta/index.html", contains: #"hreflang="en" href="https://example.org/en/news/meeting/""#)
        site.assertFile("public/en/news/meeting/index.html", contains: """
            hreflang="bg" href="https://example.org/novini/sreshta/"
            hreflang="en" href="https://example.org/en/news/meeting/"
            hreflang="x-default" href="https://example.org/novini/sreshta/"
            <a href="/novini/sreshta/" lang="bg">Български</a>
            """)
    }

    @Test func sectionsAndTagsHaveLocalizedURLsAndAreLinkedAcrossLanguages() throws {
        let site = try TestSite.build(Fixtures.site + Self.sections + """

            -- content/news/a.bg.md --
            ---
            title: А
            tags: [Община, CO-RESP]
            ---
            -- content/news/a.en.md --
            ---
            title: A
            tags: [municipality, CO-RESP]
            ---
            """)
        site.assertFile("public/novini/index.html", contains: #"hreflang="en" href="https://example.org/en/news/""#)
        site.assertFile("public/etiketi/obshtina/index.html", contains: """
            hreflang="en" href="https://example.org/en/tags/municipality/"
            <h1>Община</h1>
            """)
        site.assertFile("public/etiketi/co-resp/index.html", contains: #"hreflang="en" href="https://example.org/en/tags/co-resp/""#)
        site.assertFile("public/etiketi/index.html", contains: """
            <title>Етикети | Портал за социални политики</title>
            hreflang="en" href="https://example.org/en/tags/"
            """)
        site.assertFile("public/en/tags/index.html", contains: "<title>Tags | Portal for Social Policies</title>")
    }

    @Test func termsAreListedInBulgarianAlphabeticalOrder() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/a.bg.md --
            ---
            title: А
            tags: [Ябълка, „Марина“, Бор, Ъгъл, Шумен]
            ---
            """)
        let html = try site.read("public/etiketi/index.html")
        let order = ["Бор", "„Марина“", "Шумен", "Ъгъл", "Ябълка"].map { html.range(of: ">\($0) (")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil }, "\(html)")
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    }

    @Test func uiStringsFallBackToTheDefaultLanguageWithAWarning() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- themes/t/i18n/bg.yaml --
            readMore: Прочетете още
            back: Назад
            -- themes/t/templates/page.mustache --
            {{<base}}{{$main}}<p class="s">{{i18n.readMore}} / {{i18n.back}}</p>{{/main}}{{/base}}
            -- content/a.bg.md --
            ---
            title: А
            ---
            -- content/a.en.md --
            ---
            title: A
            ---
            """)
        site.assertFile("public/en/a/index.html", contains: #"<p class="s">Read more / Назад</p>"#)
        #expect(site.log.warnings.map(\.message) == ["1 UI strings missing in en, shown in bg instead: back"])
    }

    @Test func stringsMissingInTheDefaultLanguageWarnToo() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- themes/t/i18n/en.yaml --
            readMore: Read more
            search: Search
            -- themes/t/templates/page.mustache --
            {{<base}}{{$main}}<p class="s">{{i18n.search}}</p>{{/main}}{{/base}}
            -- content/a.bg.md --
            ---
            title: А
            ---
            """)
        site.assertFile("public/a/index.html", contains: #"<p class="s">Search</p>"#)
        #expect(site.log.warnings.map(\.description) == [
            "i18n/bg.yaml:1:1: warning: 1 UI strings missing in bg, shown in en instead: search"])
    }

    @Test func everyPageCarriesItsLanguage() throws {
        let site = try TestSite.build(Fixtures.site + Self.sections + """

            -- content/news/a.en.md --
            ---
            title: A
            ---
            """)
        site.assertFile("public/en/news/a/index.html", contains: #"<html lang="en">"#)
        site.assertFile("public/en/news/index.html", contains: #"<html lang="en">"#)
        site.assertFile("public/novini/index.html", contains: #"<html lang="bg">"#)
        site.assertFile("public/404.html", contains: """
            <a href="/" lang="bg">Български</a>
            <a href="/en/" lang="en">English</a>
            """)
    }
}
