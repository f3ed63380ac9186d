import Foundation
import Testing

/// Shortcodes in Hugo's syntax: built-ins, the site's and the theme's own, paired and self-closing tags,
/// the escape, and code where they stay as written.
@Suite struct ShortcodeTests {
    static let pages = Fixtures.site + """

        -- content/news/_index.bg.md --
        ---
        title: Новини
        slug: novini
        ---
        -- content/news/vest.bg.md --
        ---
        title: Вест
        ---
        ## Цели

        Текст.
        -- content/news/vest.en.md --
        ---
        title: Item
        ---
        Text.
        """

    @Test func refAndRelrefLinkPagesInThePageLanguage() throws {
        let site = try TestSite.build(Self.pages + """

            -- content/a.en.md --
            ---
            title: A
            ---
            See [the item]({{< relref "/news/vest.md" >}}), [its aims]({{< relref "/news/vest.bg.md#tseli" >}})
            and {{< ref "/news/vest.md" >}}; home: [home]({{< relref "/" >}}).
            """)
        site.assertFile("public/en/a/index.html", contains: """
            <a href="/en/news/vest/">the item</a>
            <a href="/novini/vest/#tseli">its aims</a>
            and https://example.org/en/news/vest/;
            <a href="/en/">home</a>
            ! {{
            ! &lt;
            """)
    }

    @Test func figureDetailsVideoAndDocumentBuiltIns() throws {
        let site = try TestSite.build(Self.pages + """

            -- content/projects/p/index.bg.md --
            ---
            title: Проект
            ---
            {{< figure src="photo.svg" alt="Среща в дневния център" caption="Среща \\"на живо\\"" link="/novini/" >}}

            {{< figure src="line.svg" alt="" />}}

            {{< details summary="Повече" >}}Скрит **текст**{{< /details >}}

            {{% details summary="Още" %}}
            Текст с *акцент* и [връзка](../../news/vest.md).
            {{% /details %}}

            {{< video src="talk.mp4" captions="talk.vtt" >}}

            {{< document src="report.pdf" title="Годишен отчет" lang="en" >}}
            -- content/projects/p/photo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/projects/p/line.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/projects/p/talk.mp4 --
            mp4
            -- content/projects/p/talk.vtt --
            WEBVTT
            -- content/projects/p/report.pdf --
            %PDF-1.4 a small file of some bytes
            """)
        site.assertFile("public/projects/p/index.html", contains: """
            <figure><a href="/novini/"><img src="photo.svg" alt="Среща в дневния център" loading="lazy" decoding="async"></a><figcaption>Среща &quot;на живо&quot;</figcaption></figure>
            <figure><img src="line.svg" alt="" loading="lazy" decoding="async"></figure>
            <details><summary>Повече</summary>
            <p>Скрит <strong>текст</strong></p>
            <details><summary>Още</summary>
            <p>Текст с <em>акцент</em> и <a href="/novini/vest/">връзка</a>.</p>
            <video controls preload="metadata" src="talk.mp4"><track kind="captions" src="talk.vtt" srclang="bg" label="Субтитри" default>
            <a href="report.pdf" type="application/pdf" hreflang="en">Годишен отчет</a> <span class="document-meta">(PDF, 36 Б, English)</span>
            ! document-request
            ! <p><figure
            ! <p><details
            """)
        #expect(site.log.warnings.isEmpty, "\(site.log.warnings)")
    }

    /// With a contact in site.yaml, a document offers readers a way to ask for it in an accessible format.
    @Test func documentsOfferAnAccessibleFormatWhenTheSiteGivesAContact() throws {
        let site = try TestSite.build(Self.pages.replacingOccurrences(
            of: "  en: {name: English, title: Portal for Social Policies}\n",
            with: "  en: {name: English, title: Portal for Social Policies, params: {accessibleFormatContact: /en/contact/}}\nparams: {accessibleFormatContact: office@example.org}\n") + """

            -- content/d/index.bg.md --
            ---
            title: Документ
            ---
            {{< document src="report.pdf" title="Отчет" >}}
            -- content/d/index.en.md --
            ---
            title: Document
            ---
            {{< document src="report.pdf" title="Report" requestText="our contact page" >}}
            -- content/d/report.pdf --
            %PDF-1.4
            """)
        site.assertFile("public/d/index.html", contains: """
            <p class="document-request">Нуждаете се от документа в достъпен формат (едър шрифт, достъпен PDF, обикновен текст)? Пишете на <a href="mailto:office@example.org">office@example.org</a></p>
            """)
        site.assertFile("public/en/d/index.html", contains: """
            <p class="document-request">Need this document in an accessible format (large print, accessible PDF, plain text)? Write to <a href="/en/contact/">our contact page</a></p>
            """)
    }

    @Test func siteShortcodesOverrideTheThemeWhichOverridesBuiltIns() throws {
        let site = try TestSite.build(Self.pages + """

            -- themes/t/shortcodes/note.mustache --
            <aside class="theme-note">{{{inner}}}</aside>
            -- themes/t/shortcodes/badge.mustache --
            <span class="badge">{{#args}}{{.}};{{/args}}{{params.tone}}</span>
            -- shortcodes/note.mustache --
            <aside class="site-note" lang="{{lang}}">{{{inner}}} ({{page.title}}, {{site.title}}, {{i18n.readMore}}, {{name}})</aside>
            -- shortcodes/details.mustache --
            <div class="my-details">{{params.summary}}: {{{inner}}}</div>
            -- content/s.bg.md --
            ---
            title: Страница
            ---
            Текст {{< badge "едно" "две" tone="warm" >}} в изречение.

            {{% note %}}**Важно**{{% /note %}}

            {{< details summary="Обобщение" >}}вътре{{< /details >}}
            """)
        site.assertFile("public/s/index.html", contains: """
            <p>Текст <span class="badge">едно;две;warm</span> в изречение.</p>
            <aside class="site-note" lang="bg"><p><strong>Важно</strong></p>
             (Страница, Портал за социални политики, Прочетете още, note)</aside>
            <div class="my-details">Обобщение: вътре</div>
            ! theme-note
            """)
    }

    @Test func codeKeepsShortcodesAsWrittenAndTheEscapePrintsOne() throws {
        let site = try TestSite.build(Self.pages + """

            -- content/d.en.md --
            ---
            title: Docs
            ---
            Write `{{< figure src="x.jpg" >}}` for a figure, or show one: {{</* figure src="x.jpg" */>}}.

            ```
            {{< details summary="x" >}}
            {{< unknown >}}
            {{</* ref "/x.md" */>}}
            ```
            """)
        site.assertFile("public/en/d/index.html", contains: """
            <code>{{&lt; figure src=&quot;x.jpg&quot; &gt;}}</code>
            or show one: {{&lt; figure src=&quot;x.jpg&quot; &gt;}}.
            {{&lt; details summary=&quot;x&quot; &gt;}}
            {{&lt; unknown &gt;}}
            {{&lt; ref &quot;/x.md&quot; &gt;}}
            ! /*
            """)
    }

    @Test func innerMarkdownIsHugosMarkdownifiedInner() throws {
        let site = try TestSite.build(Self.pages + """

            -- shortcodes/collapse.mustache --
            <div class="collapse"><p class="raw">{{inner}}</p>{{{innerMarkdown}}}</div>
            -- content/c.en.md --
            ---
            title: Collapse
            ---
            {{< collapse >}}
            Some **bold** code:

            ```html
            <div>kept as code</div>
            ```
            {{< /collapse >}}
            """)
        site.assertFile("public/en/c/index.html", contains: """
            <p>Some <strong>bold</strong> code:</p>
            <pre><code class="language-html">&lt;div&gt;kept as code&lt;/div&gt;
            <p class="raw">
            Some **bold** code:
            ! <div>kept as code</div>
            """)
    }

    @Test func nestedPairedShortcodesAndInlinePercentShortcodes() throws {
        let site = try TestSite.build(Self.pages + """

            -- shortcodes/box.mustache --
            <div class="box">{{{inner}}}</div>
            -- shortcodes/em.mustache --
            <em class="hl">{{{inner}}}</em>
            -- content/n.en.md --
            ---
            title: Nested
            ---
            A {{% em %}}*marked*{{% /em %}} word.

            {{< box >}}{{< box >}}inside{{< /box >}}{{< /box >}}
            """)
        site.assertFile("public/en/n/index.html", contains: """
            <p>A <em class="hl"><em>marked</em></em> word.</p>
            <div class="box"><div class="box">inside</div></div>
            """)
    }

    @Test func aBlockShortcodeOnTheLineAfterASentenceSplitsTheParagraph() throws {
        let site = try TestSite.build(Self.pages + """

            -- content/b/index.en.md --
            ---
            title: Blocks
            ---
            Before the photo.
            {{< figure src="a.svg" alt="A" >}}
            After the photo, {{< relref "/news/vest.md" >}}.
            -- content/b/a.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """)
        site.assertFile("public/en/b/index.html", contains: """
            <p>Before the photo.</p>
            <figure><img src="a.svg" alt="A" loading="lazy" decoding="async"></figure>
            <p>After the photo, /en/news/vest/.</p>
            ! <p><figure
            ! </figure>
            </p>
            """.replacingOccurrences(of: "</figure>\n</p>", with: "</figure></p>"))
    }

    @Test func aShortcodeThatWritesAContentPathInALinkIsResolved() throws {
        let site = try TestSite.build(Self.pages + """

            -- shortcodes/newslink.mustache --
            {{#args}}{{.}}{{/args}}
            -- content/news/other.en.md --
            ---
            title: Other
            ---
            See [the item]({{< newslink "vest.md" >}}).
            """)
        site.assertFile("public/en/news/other/index.html", contains: #"<a href="/en/news/vest/">the item</a>"#)
    }

    @Test func aBlockShortcodeWithTextOnTheNextLine() throws {
        let site = try TestSite.build(Self.pages + """

            -- content/f/index.en.md --
            ---
            title: Figure
            ---
            {{< figure src="a.svg" alt="A" >}}
            Caption text.
            Second line.
            -- content/f/a.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- shortcodes/box.mustache --
            <div class="box">{{{inner}}}</div>
            """)
        site.assertFile("public/en/f/index.html", contains: """
            <figure><img src="a.svg" alt="A" loading="lazy" decoding="async"></figure>
            <p>Caption text.
            Second line.</p>
            """)
    }

    @Test func aTemplateThatOnlyMentionsInnerNeedsNoClosingTag() throws {
        let site = try TestSite.build(Self.pages + """

            -- shortcodes/badge.mustache --
            <span class="inner">{{! not the inner text }}★</span>
            -- content/b.en.md --
            ---
            title: Badge
            ---
            A {{< badge >}} here.
            """)
        site.assertFile("public/en/b/index.html", contains: #"<p>A <span class="inner">★</span> here.</p>"#)
    }

    @Test func shortcodesWorkInTableCells() throws {
        let site = try TestSite.build(Self.pages + """

            -- shortcodes/badge.mustache --
            <span class="badge">{{#args}}{{.}}{{/args}}</span>
            -- content/t.en.md --
            ---
            title: Table
            ---
            | Item | Status |
            |------|--------|
            | [The item]({{< relref "/news/vest.md" >}}) | {{< badge "done" >}} |
            """)
        site.assertFile("public/en/t/index.html", contains: """
            <td><a href="/en/news/vest/">The item</a></td>
            <td><span class="badge">done</span></td>
            ! \u{E002}
            """)
    }

    @Test func summariesGetRenderedOutputNotTheShortcode() throws {
        let site = try TestSite.build(Self.pages + """

            -- shortcodes/org.mustache --
            <abbr title="National Alliance">NASO</abbr>
            -- content/news/s.en.md --
            ---
            title: S
            date: 2024-01-02
            ---
            News from {{< org >}} about {{< relref "/news/vest.md" >}}.
            """)
        site.assertFile("public/en/news/index.html", contains: """
            <p>News from NASO about /en/news/vest/.</p>
            ! {{
            """)
        site.assertFile("public/en/news/atom.xml", contains: """
            <summary>News from NASO about /en/news/vest/.</summary>
            <abbr title="National Alliance">NASO</abbr>
            ! {{<
            """)
    }
}
