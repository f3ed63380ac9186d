/// What one page's render collects, shared by the page's text and the Markdown inside its shortcodes.
final class MarkdownRenderState {
    var headings: [Heading] = []
    /// Ids given out on this page, each with the last suffix tried for it.
    var usedIDs: [String: Int] = [:]
    var problems: [MarkdownProblem] = []
    var anchoredLinks: [(url: String, fragment: String, line: Int)] = []
    var localLinks: [LocalLink] = []
    /// The level of the last heading so far; the page's title is the h1.
    var lastHeadingLevel = 1
    /// Images published so far; the first of a page loads at once, the others lazily.
    var imageCount = 0
    /// Shortcode output that stands in the tree as a marker (where cmark takes no custom node), by marker number.
    var deferredHTML: [String] = []
    /// Lines that already have a warning about removed HTML (one warning a line is enough).
    var warnedHTMLLines: Set<Int> = []

    func problem(_ severity: Diagnostic.Severity, _ message: String, hint: String?, line: Int, column: Int = 0) {
        problems.append(MarkdownProblem(severity: severity, message: message, hint: hint, line: line, column: column))
    }

    /// An id not used yet on this page, from `base` (`base`, `base-1`, `base-2`, …); every id it returns is
    /// recorded, so `## A`, `## A`, `## A 1` get `a`, `a-1`, `a-1-1`.
    func uniqueID(_ base: String) -> String {
        guard var suffix = usedIDs[base] else {
            usedIDs[base] = 0
            return base
        }
        var candidate: String
        repeat {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        } while usedIDs[candidate] != nil
        usedIDs[base] = suffix
        usedIDs[candidate] = 0
        return candidate
    }

    /// A marker for `html`, replaced by it in the rendered HTML (``insertDeferred(into:)``).
    func `defer`(_ html: String) -> String {
        deferredHTML.append(html)
        return "\u{E002}\(deferredHTML.count - 1)\u{E003}"
    }

    /// The rendered HTML with every marker replaced by its output.
    func insertDeferred(into html: String) -> String {
        guard !deferredHTML.isEmpty, html.contains("\u{E002}") else { return html }
        var result = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "\u{E002}"), let close = rest[open...].firstIndex(of: "\u{E003}") {
            result += rest[..<open]
            if let number = Int(rest[rest.index(after: open)..<close]), number < deferredHTML.count {
                result += deferredHTML[number]
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// A state whose findings are thrown away, for rendering something a second time.
    func scratch() -> MarkdownRenderState {
        let copy = MarkdownRenderState()
        copy.usedIDs = usedIDs
        return copy
    }
}
