import Foundation
import Testing

/// Any number of languages, right-to-left ones included, and every language in its own folder.
@Suite struct LanguagesTests {
    static let theme = """
        -- themes/t/templates/base.mustache --
        <!DOCTYPE html>
        <html lang="{{lang}}" dir="{{dir}}">
        <head><title>{{page.title}}</title>
        {{#alternates}}<link rel="alternate" hreflang="{{hreflang}}" href="{{href}}">
        {{/alternates}}</head>
        <body><nav>{{#languages}}<a href="{{url}}" lang="{{code}}" dir="{{dir}}">{{name}}</a>
        {{/languages}}</nav>{{#breadcrumbs}}<a class="crumb" href="{{url}}">{{title}}</a>
        {{/breadcrumbs}}{{$main}}{{/main}}</body></html>
        -- themes/t/templates/page.mustache --
        {{<base}}{{$main}}<h1>{{page.title}}</h1>{{{page.content}}}{{/main}}{{/base}}
        -- themes/t/templates/list.mustache --
        {{<base}}{{$main}}<h1>{{page.title}}</h1>{{#pager.items}}<a class="item" href="{{url}}">{{title}}</a>
        {{/pager.items}}{{/main}}{{/base}}
        -- themes/t/templates/404.mustache --
        {{<base}}{{$main}}<h1>404</h1>{{/main}}{{/base}}
        """

    @Test func threeLanguagesWithOneRightToLeft() throws {
        let site = try TestSite.build(Self.theme + """

            -- site.yaml --
            baseURL: https://example.org/
            theme: t
            defaultContentLanguage: en
            languages:
              bg: {languageName: Български, title: Сайт}
              en: {name: English, title: Site}
              ar: {name: العربية, title: موقع}
            -- content/news/_index.en.md --
            ---
            title: News
            ---
            -- content/news/_index.ar.md --
            ---
            title: أخبار
            ---
            -- content/news/x.en.md --
            ---
            title: Meeting
            date: 2024-03-01
            ---
            -- content/news/x.bg.md --
            ---
            title: Среща
            date: 2024-03-01
            ---
            -- content/news/x.ar.md --
            ---
            title: اجتماع
            date: 2024-03-01
            ---
            """)
        site.assertFile("public/ar/news/x/index.html", contains: """
            <html lang="ar" dir="rtl">
            <link rel="alternate" hreflang="ar" href="https://example.org/ar/news/x/">
            <link rel="alternate" hreflang="bg" href="https://example.org/bg/news/x/">
            <link rel="alternate" hreflang="en" href="https://example.org/news/x/">
            <link rel="alternate" hreflang="x-default" href="https://example.org/news/x/">
            <a href="/bg/news/x/" lang="bg" dir="ltr">Български</a>
            <a href="/news/x/" lang="en" dir="ltr">English</a>
            <a href="/ar/news/x/" lang="ar" dir="rtl">العربية</a>
            <a class="crumb" href="/ar/news/">أخبار</a>
            """)
        site.assertFile("public/news/x/index.html", contains: #"<html lang="en" dir="ltr">"#)
        site.assertFile("public/bg/news/x/index.html", contains: """
            <a href="/ar/news/x/" lang="ar" dir="rtl">العربية</a>
            """)
        site.assertFile("public/sitemap.xml", contains: """
            <xhtml:link rel="alternate" hreflang="ar" href="https://example.org/ar/news/x/"/>
            """)
        site.assertExists("public/ar/news/atom.xml")
        site.assertExists("public/bg/atom.xml")
    }

    @Test func everyLanguageInItsFolderWithARootThatLeadsToTheDefault() throws {
        let site = try TestSite.build(Self.theme + """

            -- site.yaml --
            baseURL: https://example.org/
            theme: t
            defaultContentLanguageInSubdir: true
            languages:
              en: {name: English, title: Site}
              de: {name: Deutsch, title: Seite}
            -- content/_index.en.md --
            ---
            title: Home
            ---
            -- content/_index.de.md --
            ---
            title: Startseite
            ---
            -- content/about.en.md --
            ---
            title: About
            ---
            -- content/about.de.md --
            ---
            title: Über uns
            ---
            """)
        site.assertExists("public/en/index.html")
        site.assertExists("public/en/about/index.html")
        site.assertExists("public/de/about/index.html")
        site.assertFile("public/index.html", contains: """
            <html lang="en" dir="ltr">
            <meta http-equiv="refresh" content="0; url=/en/">
            <link rel="alternate" hreflang="en" href="https://example.org/en/">
            <link rel="alternate" hreflang="de" href="https://example.org/de/">
            <link rel="alternate" hreflang="x-default" href="https://example.org/en/">
            <a href="/de/" lang="de" dir="ltr" hreflang="de">Deutsch</a>
            ! <script
            """)
        site.assertFile("public/de/about/index.html", contains: """
            <a href="/en/about/" lang="en" dir="ltr">English</a>
            <link rel="alternate" hreflang="x-default" href="https://example.org/en/about/">
            """)
        site.assertFile("public/sitemap.xml", contains: """
            <loc>https://example.org/en/about/</loc>
            ! <loc>https://example.org/about/</loc>
            """)
    }

    @Test func perLanguageFoldersAreTranslationsAndMixWithSuffixes() throws {
        let site = try TestSite.build(Self.theme + """

            -- site.yaml --
            baseURL: https://example.org/
            theme: t
            defaultContentLanguageInSubdir: true
            languages:
              de: {name: Deutsch, title: Seite, contentDir: content/de}
              en: {name: English, title: Site, contentDir: content/en}
              bg: {name: Български, title: Сайт}
            -- content/de/_index.md --
            ---
            title: Startseite
            ---
            -- content/en/_index.md --
            ---
            title: Home
            ---
            -- content/de/news/_index.md --
            ---
            title: Neuigkeiten
            slug: neuigkeiten
            ---
            -- content/en/news/_index.md --
            ---
            title: News
            ---
            -- content/de/news/treffen/index.md --
            ---
            title: Treffen
            date: 2024-03-01
            ---
            ![Foto des Treffens](foto.svg)
            -- content/de/news/treffen/foto.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/en/news/treffen/index.md --
            ---
            title: Meeting
            date: 2024-03-01
            ---
            ![Photo of the meeting](photo.svg) and [the German one](/news/treffen/index.de.md).
            -- content/en/news/treffen/photo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/en/files/plan.pdf --
            pdf
            -- content/news/treffen/index.bg.md --
            ---
            title: Среща
            date: 2024-03-01
            ---
            """)
        site.assertFile("public/de/neuigkeiten/treffen/index.html", contains: """
            <html lang="de" dir="ltr">
            <link rel="alternate" hreflang="en" href="https://example.org/en/news/treffen/">
            <link rel="alternate" hreflang="bg" href="https://example.org/bg/news/treffen/">
            <a href="/en/news/treffen/" lang="en" dir="ltr">English</a>
            <a class="crumb" href="/de/neuigkeiten/">Neuigkeiten</a>
            <img src="foto.svg" alt="Foto des Treffens"
            """)
        site.assertFile("public/en/news/treffen/index.html", contains: """
            <a href="/de/neuigkeiten/treffen/">the German one</a>
            """)
        site.assertExists("public/de/neuigkeiten/treffen/foto.svg")
        site.assertExists("public/en/news/treffen/photo.svg")
        site.assertMissing("public/en/news/treffen/foto.svg")
        site.assertExists("public/en/files/plan.pdf")
        site.assertFile("public/index.html", contains: #"<meta http-equiv="refresh" content="0; url=/de/">"#)
        site.assertFile("public/sitemap.xml", contains: "<loc>https://example.org/bg/news/treffen/</loc>")
        site.assertMissing("public/de/de/index.html")
    }

    @Test func contentDirMistakesAreErrorsInSiteYAML() throws {
        let errors = try TestSite.buildExpectingError(Self.theme + """

            -- site.yaml --
            baseURL: https://example.org/
            theme: t
            languages:
              bg: {name: Български, contentDir: ../elsewhere}
              en: {name: English, contentDir: content/missing}
              de: {name: Deutsch, contentDir: content/shared}
              fr: {name: Français, contentDir: content/shared/}
            -- content/shared/x.md --
            ---
            title: X
            ---
            """)
        #expect(errors.contains("site.yaml:4:1: error: contentDir '../elsewhere' of bg is outside the site's folder"), "\(errors)")
        #expect(errors.contains("site.yaml:5:1: error: contentDir 'content/missing' of en does not exist"), "\(errors)")
        #expect(errors.contains("site.yaml:7:1: error: fr and de have the same contentDir 'content/shared'"), "\(errors)")
    }
}
