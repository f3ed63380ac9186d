@testable import PortalKit
import Testing

/// Markdown in, exact HTML out.
@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func paragraphWithEmphasisAndSmartPunctuation() {
        #expect(renderer.render("*Тест* -- \"цитат\"...", language: "en").html == "<p><em>Тест</em> – “цитат”…</p>\n")
    }

    @Test func bulgarianGetsLowAndHighQuotes() {
        #expect(renderer.render("Той каза \"да\".", language: "bg").html == "<p>Той каза „да“.</p>\n")
    }

    @Test func headingsGetTransliteratedUniqueIDs() {
        let result = renderer.render("## Цели и задачи\n\ntext\n\n## Цели и задачи\n\n### `code` *x*\n")
        #expect(result.html == """
            <h2 id="tseli-i-zadachi">Цели и задачи</h2>
            <p>text</p>
            <h2 id="tseli-i-zadachi-1">Цели и задачи</h2>
            <h3 id="code-x"><code>code</code> <em>x</em></h3>

            """)
        #expect(result.headings.map(\.id) == ["tseli-i-zadachi", "tseli-i-zadachi-1", "code-x"])
        #expect(result.headings.map(\.level) == [2, 2, 3])
    }

    @Test func generatedIDsNeverRepeatAnIDAlreadyGiven() {
        let result = renderer.render("## A\n\n## A\n\n## A 1\n\n## A\n")
        #expect(result.headings.map(\.id) == ["a", "a-1", "a-1-1", "a-2"])
    }

    @Test func headingsOfTheTextKeepTheirIDsBeforeThoseInsideShortcodes() {
        let result = renderer.render(
            "## Overview\n\n{{% note %}}\n## Overview\n{{% /note %}}\n",
            shortcode: { _, _, _, inner in "<aside>\(inner ?? "")</aside>\n" })
        #expect(result.html.hasPrefix("<h2 id=\"overview\">Overview</h2>"), "\(result.html)")
        #expect(result.html.contains("<h2 id=\"overview-1\">Overview</h2>"), "\(result.html)")
    }

    @Test func privateUseCharactersTheEditorWroteAreText() {
        let text = "A \u{E000}-1\u{E001} and `\u{E000}9\u{E001}` {{< b >}}\n"
        let html = renderer.render(text, shortcode: { _, _, _, _ in "<b>x</b>" }).html
        #expect(html == "<p>A \u{E000}-1\u{E001} and <code>\u{E000}9\u{E001}</code> <b>x</b></p>\n")
    }

    @Test func headingsMayNameTheirOwnIDAsInHugo() {
        let result = renderer.render("## The result {#result_link}\n\n## Цели {#goals}\n\n## Not {an id}\n")
        #expect(result.headings.map(\.id) == ["result_link", "goals", "not-an-id"])
        #expect(result.html.hasPrefix("<h2 id=\"result_link\">The result</h2>\n<h2 id=\"goals\">Цели</h2>"), "\(result.html)")
    }

    @Test func linksAndQuotesInsideHeadingsAreProcessed() {
        let result = renderer.render("## Виж \"[това](a.md)\"\n", language: "bg") { $0 == "a.md" ? .rewritten("/a/") : .unchanged }
        #expect(result.html == "<h2 id=\"vizh-tova\">Виж „<a href=\"/a/\">това</a>“</h2>\n")
    }

    @Test func rawHTMLIsRemovedWithoutATrace() {
        let html = renderer.render("<script>alert(1)</script>\n\nA <b>b</b> c\n").html
        #expect(html == "<p>A b c</p>\n")
    }

    @Test func shortcodesRunOutsideCodeAndStayAsWrittenInside() {
        let result = renderer.render(
            "A {{< b \"x\" >}} and `{{< b \"y\" >}}` -- {{< nope >}}\n\n{{% box %}}*in*{{% /box %}}\n",
            shortcode: { name, args, _, inner in
                switch name {
                case "b": return "<b>\(args.joined())</b>"
                case "box": return "<div>\(inner ?? "")</div>\n"
                default: return nil
                }
            })
        #expect(result.html == """
            <p>A <b>x</b> and <code>{{&lt; b &quot;y&quot; &gt;}}</code> – </p>
            <div><p><em>in</em></p>
            </div>

            """)
        #expect(result.problems.map(\.message) == ["unknown shortcode 'nope'"])
        #expect(result.problems.map(\.column) == [40])
    }

    @Test func taskListsTablesAndFootnotesAreAccessible() {
        let html = renderer.render("- [x] a\n\n| h |\n|---|\n| c |\n\nt[^n]\n\n[^n]: note\n").html
        #expect(html == """
            <ul>
            <li><label class="task"><input type="checkbox" disabled checked> a</label></li>
            </ul>
            <div class="table-scroll" tabindex="0"><table>
            <thead>
            <tr>
            <th scope="col">h</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>c</td>
            </tr>
            </tbody>
            </table></div>
            <p>t<sup class="footnote-ref"><a href="#fn:n" id="fnref:n" data-footnote-ref>1</a></sup></p>
            <section class="footnotes" data-footnotes aria-label="Notes">
            <ol>
            <li id="fn:n">
            <p>note <a href="#fnref:n" class="footnote-backref" data-footnote-backref aria-label="Back to reference">↩</a></p>
            </li>
            </ol>
            </section>

            """)
    }

    @Test func rawHTMLIsKeptWhenAllowed() {
        let html = MarkdownRenderer(allowHTML: true).render("<aside>x</aside>\n\nA <b>b</b>\n").html
        #expect(html == "<aside>x</aside>\n<p>A <b>b</b></p>\n")
    }

    @Test func dangerousURLsAreNotLinked() {
        #expect(renderer.render("[x](javascript:alert(1))").html == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func linksAreRewrittenAndBrokenOnesReportedWithTheirLine() {
        let result = renderer.render("first\n\nsee [a](a.md) and\n[b](b.md)\n") { url in
            url == "a.md" ? .rewritten("/a/") : url == "b.md" ? .broken("no b") : .unchanged
        }
        #expect(result.html == "<p>first</p>\n<p>see <a href=\"/a/\">a</a> and\n<a href=\"b.md\">b</a></p>\n")
        #expect(result.problems.map(\.message) == ["no b"])
        #expect(result.problems.map(\.line) == [4])
    }

    @Test func summaryPartsAreFound() {
        let result = renderer.render("Първи *абзац*.\n\nВтори.\n\n<!--more-->\n\nТрети.\n")
        #expect(result.firstParagraph == "Първи абзац.")
        #expect(result.textBeforeMore == "Първи абзац. Втори.")
        #expect(!result.html.contains("more"))
    }
}

/// Escaping and link rewriting used by the feeds.
@Suite struct OutputTextTests {
    @Test func xmlEscapingKeepsTextAndDropsForbiddenCharacters() {
        #expect(XMLText.escape("A & B <c> \"d\" 'e' Ж") == "A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39; Ж")
        #expect(XMLText.escape("bell\u{07}tab\tok\u{FFFE}") == "belltab\tok")
        #expect(XMLText.escape("обикновен текст") == "обикновен текст")
    }

    @Test func cdataSplitsItsEndAndDropsForbiddenCharacters() {
        #expect(XMLText.cdata("<p>a]]>b ]] > ]]]></p>") == "<p>a]]]]><![CDATA[>b ]] > ]]]]]><![CDATA[></p>")
        #expect(XMLText.cdata("bell\u{07}tab\tok\u{FFFE}！") == "belltab\tok！")
        #expect(XMLText.cdata("<p>Текст & <b>[1]</b></p>") == "<p>Текст & <b>[1]</b></p>")
    }

    @Test func feedLinksBecomeAbsolute() {
        let html = ##"<a href="/novini/x/">x</a> <img src="logo.svg" alt=""> <a href="https://e.org/">e</a> <a href="#h">h</a>"##
        #expect(AbsoluteLinks.rewrite(html, hostRoot: "https://naso.bg", pageURL: "https://naso.bg/proekti/a/") ==
            ##"<a href="https://naso.bg/novini/x/">x</a> <img src="https://naso.bg/proekti/a/logo.svg" alt=""> <a href="https://e.org/">e</a> <a href="https://naso.bg/proekti/a/#h">h</a>"##)
    }

    @Test func byteSearchFindsMultibyteNeedles() {
        #expect("текст „в“ кавички".containsBytes("„"))
        #expect(!"текст".containsBytes("“"))
        let text = "ab“cd"
        #expect(text.rangeOfBytes("“").map { String(text[$0]) } == "“")
        #expect("  \n x y \t".trimmedWhitespace == "x y")
    }
}

/// The JSON writer used for JSON Feed.
@Suite struct JSONTextTests {
    @Test func escapesByRFC8259AndKeepsKeyOrder() {
        let text = JSONText.write(.object([
            ("b", .string("quote \" back \\ line\ntab\t bell\u{07} Ж")), ("a", .array([.string("x"), .array([])])),
        ]))
        #expect(text == "{\n  \"b\": \"quote \\\" back \\\\ line\\ntab\\t bell\\u0007 Ж\",\n  \"a\": [\n    \"x\",\n    []\n  ]\n}\n")
    }
}
