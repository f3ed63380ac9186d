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
        {{<base}}{{$main}}<h1>{{page.title}}</h1>{{/main}}{{/base}}
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
}
