/// Splits a content file into its YAML front matter and Markdown body.
///
/// Accepts a UTF-8 BOM and CRLF line endings. Front matter is the text between a first line `---` and the
/// next line `---` (or `...`). Line numbers are kept so errors point into the original file.
public struct FrontMatterSplitter {
    /// The parts of one file.
    public struct Parts: Equatable, Sendable {
        /// The YAML text, or `nil` when the file has no front matter.
        public var yaml: String?
        /// The file line on which the YAML text starts (2 when the file starts with `---`).
        public var yamlFirstLine: Int
        /// The Markdown body.
        public var body: String
        /// The file line on which the body starts.
        public var bodyFirstLine: Int
    }

    /// Splits `text`; throws when an opening `---` is never closed.
    public static func split(_ text: String, path: String) throws(Diagnostic) -> Parts {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.utf8.contains(13) {
            text = String(text.unicodeScalars.compactMap { $0 == "\r" ? nil : Character($0) })
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first, opening: true) else {
            return Parts(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)
        }
        var index = 1
        while index < lines.count {
            if isFence(lines[index], opening: false) {
                let yaml = lines[1..<index].joined(separator: "\n")
                let body = index + 1 < lines.count ? lines[(index + 1)...].joined(separator: "\n") : ""
                return Parts(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: index + 2)
            }
            index += 1
        }
        throw Diagnostic(
            path: path, line: 1, column: 1, message: "front matter starts with '---' but is never closed",
            hint: "Add a line with '---' after the last front-matter key.")
    }

    private static func isFence(_ line: Substring, opening: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
        return trimmed == "---" || (!opening && trimmed == "...")
    }
}
