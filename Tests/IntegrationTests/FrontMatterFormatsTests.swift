import Foundation
import Testing

/// Front matter as Hugo reads it: YAML, JSON, or none at all (the title from the first heading).
@Suite struct FrontMatterFormatsTests {
    @Test func jsonFrontMatterAndTitlesFromHeadings() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/news/_index.en.md --
            ---
            title: News
            ---
            -- content/news/json.en.md --
            {
              "title": "From JSON",
              "date": "2024-03-01",
              "tags": ["municipality"]
            }
            Body of the JSON page.
            -- content/news/plain.en.md --

            # A title from the heading

            Text without front matter.
            -- content/news/shortcode-first.en.md --
            ---
            title: Shortcode first
            ---
            -- content/starts-with-shortcode.en.md --
            {{< relref "/news/json.md" >}} is where it starts.

            # Its title
            """)
        site.assertFile("public/en/news/json/index.html", contains: """
            <h1>From JSON</h1>
            <time datetime="2024-03-01">1 March 2024</time>
            <p>Body of the JSON page.</p>
            <a class="tag" href="/en/tags/municipality/">municipality</a>
            """)
        site.assertFile("public/en/news/plain/index.html", contains: """
            <h1>A title from the heading</h1>
            <p>Text without front matter.</p>
            ! <h1 id=
            """)
        site.assertFile("public/en/starts-with-shortcode/index.html", contains: """
            <h1>Its title</h1>
            <p>/en/news/json/ is where it starts.</p>
            ! <h1 id=
            """)
        #expect(site.log.warnings.isEmpty, "\(site.log.warnings)")
    }

    @Test func jsonMistakesAndMissingTitlesAreErrorsAtTheirLine() throws {
        let errors = try TestSite.buildBadChange("""

            -- content/a.en.md --
            {
              "title": "A",
              "tags": "not a list"
            }
            -- content/b.en.md --
            {
              "title": "B",
            -- content/c.en.md --
            Just text, no title anywhere.
            """)
        #expect(errors.contains("content/a.en.md:3:11: error: 'tags' must be a list"), "\(errors)")
        #expect(errors.contains("content/b.en.md:1:1: error: JSON front matter starts with '{' but is never closed"), "\(errors)")
        #expect(errors.contains("content/c.en.md:1:1: error: the page has no title"), "\(errors)")
        #expect(errors.contains("start the text with a '# Title' line"), "\(errors)")
    }

    @Test func pagesAddThemselvesToMenus() throws {
        let site = try TestSite.build(Fixtures.site.replacingOccurrences(
            of: "  bg: {name: Български, title: Портал за социални политики}",
            with: "  bg:\n    name: Български\n    title: Портал за социални политики\n    menu: [{name: Начало, page: /}]") + """

            -- content/za-nas.bg.md --
            ---
            title: За нас
            menu: main
            ---
            -- content/kontakti.bg.md --
            ---
            title: Контакти с организацията
            menu:
              main: {weight: -1, name: Контакти}
            ---
            -- content/about.en.md --
            ---
            title: About
            menu: [main]
            ---
            """)
        site.assertFile("public/za-nas/index.html", contains: """
            <nav class="menu"><a href="/">Начало</a><a href="/kontakti/">Контакти</a><a href="/za-nas/">За нас</a></nav>
            """)
        site.assertFile("public/en/about/index.html", contains: """
            <nav class="menu"><a href="/en/about/">About</a></nav>
            """)
    }

    @Test func anUnknownMenuIsAnError() throws {
        let errors = try TestSite.buildBadChange("""

            -- content/x.bg.md --
            ---
            title: Х
            menu: sidebar
            ---
            """)
        #expect(errors.contains("content/x.bg.md:3:7: error: unknown menu 'sidebar'"), "\(errors)")
    }

    @Test func tomlFrontMatterReadsLikeYAML() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/news/_index.en.md --
            +++
            title = "News"
            +++
            -- content/news/toml.en.md --
            +++
            title = 'From "TOML"'
            date = 2024-03-01T10:00:00+02:00
            tags = ["municipality"]
            weight = 3

            [build]
            list = "always"
            [params]
            partner = "EASPD"
            +++
            Body of the TOML page.
            """)
        site.assertFile("public/en/news/toml/index.html", contains: """
            <h1>From &quot;TOML&quot;</h1>
            <time datetime="2024-03-01">1 March 2024</time>
            <p>Body of the TOML page.</p>
            <a class="tag" href="/en/tags/municipality/">municipality</a>
            """)
        #expect(site.log.warnings.isEmpty, "\(site.log.warnings)")
    }

    @Test func tomlMistakesNameTheirLine() throws {
        let errors = try TestSite.buildBadChange("""

            -- content/a.en.md --
            +++
            title = "A"
            date = 2024-13-45
            +++
            -- content/b.en.md --
            +++
            title = "B"
            tags = "not a list"
            +++
            -- content/c.en.md --
            +++
            title = "C"
            """)
        #expect(errors.contains("content/a.en.md:3:"), "\(errors)")
        #expect(errors.contains("error: invalid TOML"), "\(errors)")
        #expect(errors.contains("content/b.en.md:3:9: error: 'tags' must be a list"), "\(errors)")
        #expect(errors.contains("content/c.en.md:1:1: error: front matter starts with '+++' but is never closed"), "\(errors)")
    }
}
