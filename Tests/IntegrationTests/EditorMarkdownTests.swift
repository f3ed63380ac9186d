import Foundation
import Testing

/// Markdown as editors coming from Hugo or GitHub write it: tables, footnotes, strikethrough, autolinks and
/// task lists, built by the real pipeline.
@Suite struct EditorMarkdownTests {
    @Test func tablesKeepAlignmentAndNameTheirColumns() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/t.bg.md --
            ---
            title: Таблица
            ---
            | Година | Членове | Бележка |
            |:-------|--------:|:-------:|
            | 2021   | 40      | "нова"  |
            """)
        site.assertFile("public/t/index.html", contains: """
            <div class="table-scroll" tabindex="0"><table>
            <th scope="col" style="text-align: left">Година</th>
            <th scope="col" style="text-align: right">Членове</th>
            <th scope="col" style="text-align: center">Бележка</th>
            <td style="text-align: right">40</td>
            <td style="text-align: center">„нова“</td>
            </table></div>
            ! :––
            ! | 2021
            ! align=
            """)
    }

    @Test func footnotesGoToTheEndWithBackLinksAndNeverClashWithHeadings() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/f.bg.md --
            ---
            title: Бележки
            ---
            ## fn 1

            Текст[^1] и още[^бележка], пак[^1].

            [^1]: Първа бележка.
            [^бележка]: Втора.
            """)
        site.assertFile("public/f/index.html", contains: """
            <h2 id="fn-1">fn 1</h2>
            <a href="#fn:1" id="fnref:1" data-footnote-ref>1</a>
            <a href="#fn:%D0%B1%D0%B5%D0%BB%D0%B5%D0%B6%D0%BA%D0%B0" id="fnref:%D0%B1%D0%B5%D0%BB%D0%B5%D0%B6%D0%BA%D0%B0" data-footnote-ref>2</a>
            id="fnref:1-2"
            <section class="footnotes" data-footnotes aria-label="Бележки">
            <li id="fn:1">
            <a href="#fnref:1" class="footnote-backref" data-footnote-backref aria-label="Обратно към текста, бележка">↩</a>
            ! [^1]
            ! Back to content
            """)
    }

    /// A page with a footnote, under a theme that names the footnotes "Sources".
    static let themedFootnotes = Fixtures.site + """

        -- themes/t/i18n/en.yaml --
        readMore: Read more
        footnotes: Sources
        -- content/f.en.md --
        ---
        title: Notes
        ---
        Text[^a].

        [^a]: A note.
        """

    @Test func footnoteLabelsComeFromTheThemeWhenItHasThem() throws {
        let site = try TestSite.build(Self.themedFootnotes)
        site.assertFile("public/en/f/index.html", contains: """
            aria-label="Sources"
            aria-label="Back to reference"
            """)
    }

    @Test func strikethroughAutolinksAndTaskLists() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/g.en.md --
            ---
            title: GFM
            ---
            ~~old~~ new, see https://example.com/a--b... or www.example.org.

            - [x] Draft the *declaration*
            - [ ] Publish it
            """)
        site.assertFile("public/en/g/index.html", contains: """
            <del>old</del> new
            <a href="https://example.com/a--b">https://example.com/a--b</a>…
            <a href="http://www.example.org">www.example.org</a>.
            <li><label class="task"><input type="checkbox" disabled checked> Draft the <em>declaration</em></label></li>
            <li><label class="task"><input type="checkbox" disabled> Publish it</label></li>
            ! checked=""
            ! a–b
            """)
    }

    @Test func smartPunctuationLeavesCodeAlone() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/c.en.md --
            ---
            title: Code
            ---
            Use `a -- "b"` or:

            ```
            x -- "y" ...
            ```
            """)
        site.assertFile("public/en/c/index.html", contains: """
            <code>a -- &quot;b&quot;</code>
            x -- &quot;y&quot; ...
            """)
    }

    @Test func rawHTMLRemovedWarnsWhereItWas() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/h.bg.md --
            ---
            title: HTML
            ---
            Първи ред.

            <div class="timeline">Стъпка 1</div>

            Текст с <b>удебелено</b> и <!-- бележка -->.
            """)
        site.assertFile("public/h/index.html", contains: """
            <p>Текст с удебелено и .</p>
            ! timeline
            """)
        let warnings = site.log.warnings.map(\.description)
        #expect(warnings.contains { $0.hasPrefix("content/h.bg.md:6:1: warning: raw HTML removed: <div class=\"timeline\">") }, "\(warnings)")
        #expect(warnings.contains { $0.hasPrefix("content/h.bg.md:8:9: warning: raw HTML removed: <b>") }, "\(warnings)")
        #expect(warnings.contains { $0.contains("allowHTML: true") })
        #expect(warnings.count == 2, "one warning a line, none for the comment: \(warnings)")
    }

    /// An image without alt text is an error at its column (a decorative one says so with `![""](…)`).
    @Test func anImageWithoutAltTextIsAnError() throws {
        let errors = try TestSite.buildExpectingError(Fixtures.site + """

            -- content/i/index.en.md --
            ---
            title: Images
            ---
            [ ![](chart.svg) ](chart.svg) and ![A chart of admissions](chart.svg) and ![""](line.svg)
            -- content/i/chart.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/i/line.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """)
        #expect(errors.contains(
            "content/i/index.en.md:4:7: error: image 'chart.svg' has no alt text\n    hint: Describe it between the brackets: ![what the image shows](chart.svg); for an image that is only decoration, write ![\"\"](chart.svg)."), "\(errors)")
        #expect(errors.split(separator: "\n").filter { $0.contains("error:") }.count == 1, "\(errors)")
    }

    @Test func documentLinksSayTheirTypeSizeAndLanguage() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/d/index.bg.md --
            ---
            title: Документи
            ---
            [Годишен отчет](otchet.pdf) и [английската версия](/files/report-en.pdf "Annual report").
            -- content/d/otchet.pdf --
            %PDF-1.4 a small file of some bytes
            -- static/files/report-en.pdf --
            %PDF-1.4 another small file with more bytes in it
            -- content/d/index.en.md --
            ---
            title: Documents
            ---
            [Annual report](/files/report-en.pdf) and [the spreadsheet](data.xlsx), [the scan](Scan.PDF#page=2),
            [the notes](notes.txt), [the plan](work%20plan.txt).
            -- content/d/work plan.txt --
            plan
            -- content/d/data.xlsx --
            xlsx
            -- content/d/Scan.PDF --
            %PDF scan
            -- content/d/notes.txt --
            notes
            """)
        site.assertFile("public/d/index.html", contains: """
            <a href="otchet.pdf" type="application/pdf">Годишен отчет <span class="file-meta">(PDF, 36 Б)</span></a>
            <a href="/files/report-en.pdf" type="application/pdf" hreflang="en" title="Annual report">английската версия <span class="file-meta">(PDF, 50 Б, English)</span></a>
            """)
        site.assertFile("public/en/d/index.html", contains: """
            <a href="/files/report-en.pdf" type="application/pdf">Annual report <span class="file-meta">(PDF, 50 B)</span></a>
            <a href="data.xlsx" type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">the spreadsheet <span class="file-meta">(XLSX, 5 B)</span></a>, <a href="Scan.PDF#page=2" type="application/pdf">the scan <span class="file-meta">(PDF, 10 B)</span></a>,
            <a href="notes.txt">the notes</a>, <a href="work%20plan.txt">the plan</a>.
            """)
    }

    @Test func aRobotsFileInStaticIsPublishedInsteadOfTheGeneratedOne() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- static/robots.txt --
            User-agent: *
            Disallow: /private/
            """)
        site.assertFile("public/robots.txt", contains: """
            Disallow: /private/
            ! Sitemap:
            """)
        #expect(site.log.warnings.isEmpty, "\(site.log.warnings)")
    }

    @Test func aSkippedHeadingLevelWarns() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/h.en.md --
            ---
            title: Headings
            ---
            ## Fine

            ### Also fine

            ##### Too deep

            ## Back up is fine
            """)
        #expect(site.log.warnings.map(\.description) == [
            "content/h.en.md:8:1: warning: heading level jumps from h3 to h5: 'Too deep'\n    hint: Screen-reader users move through a page by heading levels; use #### here (the page title is the h1)."])
    }

    @Test func summariesAndFeedsStillComeFromTheText() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/news/_index.en.md --
            ---
            title: News
            ---
            -- content/news/x.en.md --
            ---
            title: X
            date: 2024-03-01
            ---
            First | paragraph with a note[^n].

            | a | b |
            |---|---|
            | 1 | 2 |

            [^n]: The note.
            """)
        site.assertFile("public/en/news/index.html", contains: """
            <p>First | paragraph with a note.</p>
            """)
        site.assertFile("public/en/news/atom.xml", contains: """
            <th scope="col">a</th>
            """)
    }
}
