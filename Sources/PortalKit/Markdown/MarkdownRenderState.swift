/// What one page's render collects, shared by the page's text and the Markdown inside its shortcodes.
final class MarkdownRenderState {
    var headings: [Heading] = []
    var usedIDs: [String: Int] = [:]
    var problems: [MarkdownProblem] = []
    var anchoredLinks: [(url: String, fragment: String, line: Int)] = []
    var localLinks: [LocalLink] = []
    /// Lines that already have a warning about removed HTML (one warning a line is enough).
    var warnedHTMLLines: Set<Int> = []

    func problem(_ severity: Diagnostic.Severity, _ message: String, hint: String?, line: Int, column: Int = 0) {
        problems.append(MarkdownProblem(severity: severity, message: message, hint: hint, line: line, column: column))
    }

    /// An id not used yet on this page, from `base` (`base`, `base-1`, `base-2`, …).
    func uniqueID(_ base: String) -> String {
        guard let count = usedIDs[base] else {
            usedIDs[base] = 1
            return base
        }
        usedIDs[base] = count + 1
        return "\(base)-\(count)"
    }
}
