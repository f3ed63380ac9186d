/// Fixes to cmark-gfm's HTML that its renderer has no option for, applied to a rendered body only when it
/// has a table or footnotes. Every pattern is one cmark-gfm writes itself: Markdown text cannot produce
/// them, because cmark escapes `"` in text and code.
enum AccessibleHTML {
    /// Header cells name their column (`scope="col"`), and each table sits in a focusable box that scrolls
    /// sideways on narrow screens instead of widening the page.
    static func tables(_ html: String) -> String {
        html.replacingBytes([
            ("<table>", "<div class=\"table-scroll\" tabindex=\"0\"><table>"),
            ("</table>", "</table></div>"),
            ("<th>", "<th scope=\"col\">"),
            ("<th style=", "<th scope=\"col\" style="),
        ])
    }

    /// Footnote ids become `fn:label` and `fnref:label` (as Hugo writes them), which no heading id can be,
    /// since heading ids are made of `a-z`, `0-9` and `-`; the notes and their back-links get labels in the
    /// page's language. Each pattern carries the markup around it that only footnotes have (a heading's
    /// `id="fn-1"` stays as it is).
    static func footnotes(_ html: String, strings: [String: String]) -> String {
        let notes = XMLText.escape(strings["footnotes"] ?? "Notes")
        let back = XMLText.escape(strings["footnoteBack"] ?? "Back to reference")
        return html.replacingBytes([
            ("<sup class=\"footnote-ref\"><a href=\"#fn-", "<sup class=\"footnote-ref\"><a href=\"#fn:"),
            ("\" id=\"fnref-", "\" id=\"fnref:"),
            ("<li id=\"fn-", "<li id=\"fn:"),
            ("<a href=\"#fnref-", "<a href=\"#fnref:"),
            ("aria-label=\"Back to content\"", "aria-label=\"\(back)\""),
            ("<section class=\"footnotes\" data-footnotes>", "<section class=\"footnotes\" data-footnotes aria-label=\"\(notes)\">"),
        ])
    }
}
