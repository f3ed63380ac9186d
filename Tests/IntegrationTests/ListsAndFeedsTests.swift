import Foundation
import Testing

/// Section lists, pagination, archives, relations, feeds, sitemap, aliases, drafts and determinism.
@Suite struct ListsAndFeedsTests {
    static func news(_ count: Int, extra: String = "") -> String {
        var files = Fixtures.site + """

            -- content/news/_index.bg.md --
            ---
            title: Новини
            slug: novini
            ---
            """
        for i in 0..<count {
            files += "\n-- content/news/n\(i).bg.md --\n---\ntitle: Новина \(i)\ndate: 2024-01-\(10 + i)\n---\nТекст \(i).\n"
        }
        return files + extra
    }

    @Test func emptySectionHasOnePageAndNoPager() throws {
        let site = try TestSite.build(Self.news(0))
        site.assertFile("public/novini/index.html", contains: "! class=\"pager\"")
        site.assertMissing("public/novini/page/2/index.html")
        site.assertMissing("public/novini/atom.xml")
    }

    @Test func exactlyOnePage() throws {
        let site = try TestSite.build(Self.news(2))
        site.assertFile("public/novini/index.html", contains: """
            <a class="item" href="/novini/n1/">Новина 1</a>
            <a class="item" href="/novini/n0/">Новина 0</a>
            ! class="pager"
            """)
        site.assertMissing("public/novini/page/2/index.html")
    }

    @Test func oneMoreThanAPageMakesASecondPageNewestFirst() throws {
        let site = try TestSite.build(Self.news(3))
        site.assertFile("public/novini/index.html", contains: """
            href="/novini/n2/">Новина 2<
            href="/novini/n1/">Новина 1<
            ! href="/novini/n0/">Новина 0<
            <a href="/novini/">1</a><a href="/novini/page/2/">2</a><a rel="next" href="/novini/page/2/">next</a>
            ! rel="prev"
            """)
        site.assertFile("public/novini/page/2/index.html", contains: """
            href="/novini/n0/">Новина 0<
            <a rel="prev" href="/novini/">prev</a><a href="/novini/">1</a><a href="/novini/page/2/">2</a></nav>
            <link rel="canonical" href="https://example.org/novini/page/2/">
            <link rel="alternate" hreflang="bg" href="https://example.org/novini/page/2/">
            <link rel="alternate" hreflang="x-default" href="https://example.org/novini/page/2/">
            <a href="/novini/page/2/" lang="bg" aria-current="true">Български</a>
            <a href="/en/" lang="en">English</a>
            ! hreflang="bg" href="https://example.org/novini/">
            ! rel="next"
            """)
        site.assertFile("public/novini/page/1/index.html", contains: """
            <meta http-equiv="refresh" content="0; url=/novini/">
            <link rel="canonical" href="https://example.org/novini/">
            """)
    }

    @Test func weightOrdersBeforeDates() throws {
        let site = try TestSite.build(Self.news(2, extra: "\n-- content/news/top.bg.md --\n---\ntitle: Отгоре\nweight: 1\n---\n"))
        let html = try site.read("public/novini/index.html")
        let top = try #require(html.range(of: "Отгоре")), newest = try #require(html.range(of: "Новина 1"))
        #expect(top.lowerBound < newest.lowerBound)
    }

    @Test func yearArchives() throws {
        let site = try TestSite.build(Self.news(1, extra: "\n-- content/news/old.bg.md --\n---\ntitle: Стара\ndate: 2019-05-01\n---\n"))
        site.assertFile("public/novini/2024/index.html", contains: "Новина 0\n! Стара")
        site.assertFile("public/novini/2019/index.html", contains: "Стара\n! Новина 0")
    }

    @Test func newsItemAppearsOnItsProjectAndLinksBack() throws {
        let site = try TestSite.build(Self.news(1, extra: """

            -- content/news/k.bg.md --
            ---
            title: Начална среща
            date: 2022-10-06
            project: co-resp
            ---
            -- content/projects/co-resp/index.bg.md --
            ---
            title: CO-RESP
            ---
            """))
        site.assertFile("public/projects/co-resp/index.html", contains: #"<a class="related" href="/novini/k/">Начална среща</a>"#)
        site.assertFile("public/novini/k/index.html", contains: #"<a class="project" href="/projects/co-resp/">CO-RESP</a>"#)
    }

    @Test func feedsAreAbsoluteDatedFromContentAndEscaped() throws {
        let site = try TestSite.build(Self.news(0, extra: """

            -- content/news/x.bg.md --
            ---
            title: "Рибки & <риби> \\"в кавички\\""
            date: 2024-03-01T10:00:00+02:00
            lastmod: 2024-03-05
            tags: [CO-RESP]
            ---
            Виж [другата](y.md) и <b>това</b>.
            -- content/news/x.en.md --
            ---
            title: Fish
            date: 2024-03-01
            ---
            -- content/news/y.bg.md --
            ---
            title: Друга
            ---
            """))
        site.assertFile("public/novini/atom.xml", contains: """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="bg">
            <link rel="self" type="application/atom+xml" href="https://example.org/novini/atom.xml"/>
            <updated>2024-03-05T00:00:00Z</updated>
            <title>Рибки &amp; &lt;риби&gt; &quot;в кавички&quot;</title>
            <link rel="alternate" type="text/html" hreflang="en" href="https://example.org/en/news/x/"/>
            <published>2024-03-01T10:00:00+02:00</published>
            <author><name>НАСО</name><uri>https://example.org/</uri></author>
            <content type="html"><![CDATA[<p>Виж <a href="https://example.org/novini/y/">другата</a> и това.</p>
            ]]></content>
            ! Друга</title>
            """)
        site.assertFile("public/novini/index.xml", contains: """
            <language>bg</language>
            <pubDate>Fri, 01 Mar 2024 10:00:00 +0200</pubDate>
            <atom:link href="https://example.org/novini/index.xml" rel="self" type="application/rss+xml"/>
            <description><![CDATA[<p>Виж <a href="https://example.org/novini/y/">другата</a> и това.</p>
            ]]></description>
            """)
        site.assertFile("public/novini/feed.json", contains: """
            "version": "https://jsonfeed.org/version/1.1"
            "title": "Рибки & <риби> \\"в кавички\\""
            "date_modified": "2024-03-05T00:00:00Z"
            """)
        site.assertFile("public/etiketi/co-resp/atom.xml", contains: "<id>https://example.org/novini/x/</id>")
        site.assertFile("public/novini/x/index.html", contains: """
            <title>Рибки &amp; &lt;риби&gt; &quot;в кавички&quot; | Портал за социални политики</title>
            type="application/atom+xml" href="/novini/atom.xml"
            """)
    }

    @Test func sitemapListsEveryPageWithAlternatesAndRobotsPointsToIt() throws {
        let site = try TestSite.build(Self.news(1, extra: "\n-- content/news/n0.en.md --\n---\ntitle: N0\ndate: 2024-01-10\n---\n"))
        site.assertFile("public/sitemap.xml", contains: """
            <loc>https://example.org/novini/n0/</loc>
            <lastmod>2024-01-10</lastmod>
            <xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/news/n0/"/>
            <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/novini/n0/"/>
            <loc>https://example.org/en/</loc>
            ! 404.html
            """)
        site.assertFile("public/robots.txt", contains: "Sitemap: https://example.org/sitemap.xml")
    }

    @Test func aliasesRedirectAndAreListedForHosts() throws {
        let site = try TestSite.build(Self.news(0, extra: """

            -- content/news/x.bg.md --
            ---
            title: Х
            aliases: [/stari/x/, old-x.html]
            ---
            """))
        site.assertFile("public/stari/x/index.html", contains: """
            <meta http-equiv="refresh" content="0; url=/novini/x/">
            <link rel="canonical" href="https://example.org/novini/x/">
            <a href="/novini/x/">Х</a>
            """)
        site.assertExists("public/old-x.html")
        site.assertFile("public/_redirects", contains: "/stari/x/ /novini/x/ 301\n/old-x.html /novini/x/ 301")
    }

    @Test func unsafeAliasIsAnError() throws {
        let errors = try TestSite.buildBadChange("-- content/news/x.bg.md --\n---\ntitle: Х\naliases: [../../etc/passwd]\n---\n")
        #expect(errors.contains("content/news/x.bg.md:3:1: error: alias '../../etc/passwd' is not a usable path"), "\(errors)")
    }

    @Test func draftsFutureAndExpiredPagesAreLeftOutOfEverything() throws {
        let extra = """

            -- content/news/draft.bg.md --
            ---
            title: Чернова
            draft: true
            date: 2024-01-01
            tags: [скрит]
            ---
            -- content/news/future.bg.md --
            ---
            title: Бъдеща
            date: 2030-01-01
            ---
            -- content/news/expired.bg.md --
            ---
            title: Изтекла
            date: 2024-01-01
            expiryDate: 2025-01-01
            ---
            """
        let site = try TestSite.build(Self.news(1, extra: extra))
        for path in ["public/novini/draft/index.html", "public/novini/future/index.html", "public/novini/expired/index.html",
                     "public/etiketi/skrit/index.html"] {
            site.assertMissing(path)
        }
        site.assertFile("public/novini/index.html", contains: "! Чернова\n! Бъдеща\n! Изтекла")
        site.assertFile("public/sitemap.xml", contains: "! draft\n! future\n! expired")
        site.assertFile("public/atom.xml", contains: "! Чернова\n! Бъдеща")
        let preview = try TestSite.build(Self.news(1, extra: extra), drafts: true, future: true)
        preview.assertExists("public/novini/draft/index.html")
        preview.assertExists("public/novini/future/index.html")
        preview.assertExists("public/novini/expired/index.html")
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let files = Self.news(5, extra: "\n-- content/news/t.bg.md --\n---\ntitle: Т\ntags: [б, а, в]\n---\n")
        let first = try TestSite.build(files), second = try TestSite.build(files)
        let a = first.snapshot(), b = second.snapshot()
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a { #expect(b[path] == data, "\(path) differs between builds") }
        #expect(a.count > 20)
    }

    @Test func summariesFromFrontMatterMoreMarkerOrFirstParagraph() throws {
        let long = String(repeating: "дума ", count: 80)
        let site = try TestSite.build(Self.news(0, extra: """

            -- content/news/a.bg.md --
            ---
            title: А
            summary: Ръчно резюме.
            ---
            Текст.
            -- content/news/b.bg.md --
            ---
            title: Б
            ---
            Преди.

            <!--more-->

            След.
            -- content/news/c.bg.md --
            ---
            title: В
            ---
            \(long)
            """))
        site.assertFile("public/novini/index.html", contains: """
            <p>Ръчно резюме.</p>
            <p>Преди.</p>
            ! След.
            """)
        site.assertFile("public/novini/page/2/index.html", contains: """
            дума дума…</p>
            ! дум…
            """)
    }
}
