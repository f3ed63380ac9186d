import Foundation
import Testing

/// `portal build`: Markdown in two languages through a theme into clean URLs.
@Suite struct CoreBuildTests {
    @Test func translatedNewsLinkToEachOther() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/news/_index.bg.md --
            ---
            title: Новини
            slug: novini
            ---
            -- content/news/_index.en.md --
            ---
            title: News
            ---
            -- content/news/vest.bg.md --
            ---
            title: Среща със Столична Община
            date: 2024-03-01
            ---
            Текст.
            -- content/news/vest.en.md --
            ---
            title: Meeting with Sofia Municipality
            date: 2024-03-01
            ---
            Text.
            """)
        site.assertFile("public/novini/vest/index.html", contains: """
            <html lang="bg"
            <title>Среща със Столична Община | Портал за социални политики</title>
            hreflang="bg" href="https://example.org/novini/vest/"
            hreflang="en" href="https://example.org/en/news/vest/"
            hreflang="x-default" href="https://example.org/novini/vest/"
            <time datetime="2024-03-01">1 март 2024 г.</time>
            <span class="short">01.03.2024 г.</span>
            <a href="/en/news/vest/" lang="en">English</a>
            ! <script
            """)
        site.assertFile("public/en/news/vest/index.html", contains: """
            <html lang="en"
            <time datetime="2024-03-01">1 March 2024</time>
            <a href="/novini/vest/" lang="bg">Български</a>
            hreflang="x-default" href="https://example.org/novini/vest/"
            """)
        site.assertExists("public/index.html")
        site.assertExists("public/en/index.html")
        site.assertExists("public/404.html")
    }

    @Test func fileWithoutLanguageSuffixIsInTheDefaultLanguage() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/za-nas.md --
            ---
            title: За нас
            ---
            Кои сме ние.
            """)
        site.assertFile("public/za-nas/index.html", contains: """
            <html lang="bg"
            <p>Кои сме ние.</p>
            """)
    }

    @Test func slugFromFrontMatterAndCyrillicFileNames() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/за-нас.bg.md --
            ---
            title: За нас
            translationKey: about
            ---
            -- content/about.en.md --
            ---
            title: About
            translationKey: about
            slug: about-naso
            ---
            """)
        site.assertExists("public/za-nas/index.html")
        site.assertFile("public/en/about-naso/index.html", contains: """
            hreflang="bg" href="https://example.org/za-nas/"
            """)
    }

    @Test func pageBundleCopiesItsFilesNextToThePage() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/projects/co-resp/index.bg.md --
            ---
            title: CO-RESP
            ---
            ![Лого](logo.svg)
            -- content/projects/co-resp/index.en.md --
            ---
            title: CO-RESP
            ---
            -- content/projects/co-resp/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """)
        site.assertFile("public/projects/co-resp/index.html", contains: #"<img src="logo.svg" alt="Лого" />"#)
        site.assertExists("public/projects/co-resp/logo.svg")
        site.assertExists("public/en/projects/co-resp/logo.svg")
    }

    @Test func contentPathLinksBecomeURLsInTheSameLanguage() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/news/_index.bg.md --
            ---
            title: Новини
            slug: novini
            ---
            -- content/news/x.bg.md --
            ---
            title: Х
            ---
            Виж [проекта](/projects/co-resp/index.md), [за нас](../za-nas.md#tseli) и [English](../za-nas.en.md).
            -- content/news/x.en.md --
            ---
            title: X
            ---
            See [the project](../projects/co-resp/index.md) and [about](/za-nas.md).
            -- content/projects/co-resp/index.bg.md --
            ---
            title: CO-RESP
            ---
            -- content/projects/co-resp/index.en.md --
            ---
            title: CO-RESP
            ---
            -- content/za-nas.bg.md --
            ---
            title: За нас
            ---
            ## Цели
            -- content/za-nas.en.md --
            ---
            title: About
            slug: about
            ---
            """)
        site.assertFile("public/novini/x/index.html", contains: """
            <a href="/projects/co-resp/">проекта</a>
            <a href="/za-nas/#tseli">за нас</a>
            <a href="/en/about/">English</a>
            """)
        site.assertFile("public/en/news/x/index.html", contains: """
            <a href="/en/projects/co-resp/">the project</a>
            <a href="/en/about/">about</a>
            """)
    }

    @Test func rawHTMLIsDroppedUnlessAllowed() throws {
        let content = """

            -- content/a.md --
            ---
            title: A
            ---
            <div class="x">кутия</div>

            Текст <span>вътре</span>.
            """
        let safe = try TestSite.build(Fixtures.site + content)
        safe.assertFile("public/a/index.html", contains: """
            <p>Текст вътре.</p>
            ! <div class="x">
            ! raw HTML omitted
            """)
        let allowed = try TestSite.build(Fixtures.site.replacingOccurrences(of: "theme: t", with: "theme: t\nallowHTML: true") + content)
        allowed.assertFile("public/a/index.html", contains: """
            <div class="x">кутия</div>
            <span>вътре</span>
            """)
    }

    @Test func summaryLineCountsPagesPerLanguage() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/a.bg.md --
            ---
            title: А
            ---
            -- content/a.en.md --
            ---
            title: A
            ---
            """)
        let line = try #require(site.report?.summaryLine)
        #expect(line.hasPrefix("built 4 pages (bg 2, en 2), "))
    }

    @Test func baseURLWithPathPrefixesEveryLink() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/a.bg.md --
            ---
            title: А
            ---
            [Б](b.md)
            -- content/b.bg.md --
            ---
            title: Б
            ---
            """, baseURL: "https://example.github.io/portal/")
        #expect(site.log.warnings.isEmpty, "\(site.log.warnings)")
        site.assertFile("public/a/index.html", contains: """
            <a href="/portal/b/">Б</a>
            <link rel="canonical" href="https://example.github.io/portal/a/">
            """)
    }
}
