/// Splits a content file into its YAML front matter and Markdown body.
///
/// Accepts a UTF-8 BOM and CRLF line endings. Front matter is the text between a first line `---` and the
/// next line `---` (or `...`), or a JSON object at the top of the file (`{ "title": … }`, which the YAML reader
/// reads as it is). Line numbers are kept so errors point into the original file.
public struct FrontMatterSplitter {
    /// The parts of one file.
    public struct Parts: Equatable, Sendable {
        /// The front matter's text (YAML, JSON or TOML), or `nil` when the file has no front matter.
        public var yaml: String?
        /// The file line on which the YAML text starts (2 when the file starts with `---`).
        public var yamlFirstLine: Int
        /// The Markdown body.
        public var body: String
        /// The file line on which the body starts.
        public var bodyFirstLine: Int
        /// Whether the front matter is TOML (between `+++` lines); YAML and JSON are read alike.
        public var isTOML = false
    }

    /// Splits `text`; throws when an opening `---` is never closed.
    ///
    /// Works on UTF-8 bytes: only the front matter's lines are looked at, the body is one slice.
    public static func split(_ text: String, path: String) throws(Diagnostic) -> Parts {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.containsBytes("\r") {
            text = String(decoding: text.utf8.filter { $0 != 13 }, as: UTF8.self)
        }
        let bytes = text.utf8
        // Blank lines before the opening `---` are skipped, as Hugo does.
        var fenceStart = bytes.startIndex
        var fenceLine = 1
        while let end = bytes[fenceStart...].firstIndex(of: 10),
            bytes[fenceStart..<end].allSatisfy({ $0 == 32 || $0 == 9 })
        {
            fenceStart = bytes.index(after: end)
            fenceLine += 1
        }
        if let json = try jsonObject(text, from: fenceStart, line: fenceLine, path: path) { return json }
        guard let firstEnd = bytes[fenceStart...].firstIndex(of: 10) ?? (fenceStart == bytes.endIndex ? nil : bytes.endIndex),
            let fence = openingFence(text[fenceStart..<firstEnd])
        else {
            return Parts(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)
        }
        var lineStart = firstEnd < bytes.endIndex ? bytes.index(after: firstEnd) : firstEnd
        var line = fenceLine + 1
        let yamlStart = lineStart
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.endIndex
            if isClosing(text[lineStart..<lineEnd], for: fence) {
                var yaml = String(text[yamlStart..<lineStart])
                if yaml.hasSuffix("\n") { yaml.removeLast() }
                let bodyStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
                return Parts(
                    yaml: yaml, yamlFirstLine: fenceLine + 1, body: String(text[bodyStart...]), bodyFirstLine: line + 1,
                    isTOML: fence == "+++")
            }
            lineStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            line += 1
        }
        throw Diagnostic(
            path: path, line: fenceLine, column: 1, message: "front matter starts with '\(fence)' but is never closed",
            hint: "Add a line with '\(fence)' after the last front-matter key.")
    }

    /// JSON front matter: `{` then `"` or `}` (so `{{< shortcode >}}` is not mistaken for it), up to the
    /// matching `}`; the body starts on the next line.
    private static func jsonObject(_ text: String, from start: String.Index, line: Int, path: String) throws(Diagnostic)
        -> Parts?
    {
        let bytes = text.utf8
        guard start < bytes.endIndex, bytes[start] == UInt8(ascii: "{") else { return nil }
        var index = bytes.index(after: start)
        while index < bytes.endIndex, [9, 10, 32].contains(bytes[index]) { index = bytes.index(after: index) }
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "}") else {
            return nil
        }
        var depth = 0
        var inString = false
        var escaped = false
        var lines = 0
        index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 10 { lines += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") {
                depth += 1
            } else if byte == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 {
                    let end = bytes.index(after: index)
                    let lineEnd = bytes[end...].firstIndex(of: 10)
                    let bodyStart = lineEnd.map { bytes.index(after: $0) } ?? bytes.endIndex
                    return Parts(
                        yaml: String(text[start..<end]), yamlFirstLine: line, body: String(text[bodyStart...]),
                        bodyFirstLine: line + lines + 1)
                }
            }
            index = bytes.index(after: index)
        }
        throw Diagnostic(
            path: path, line: line, column: 1, message: "JSON front matter starts with '{' but is never closed",
            hint: "Close the object with '}' on a line before the text.")
    }

    /// `---` (YAML) or `+++` (TOML) on the first line, trailing spaces allowed.
    private static func openingFence(_ line: Substring) -> String? {
        let trimmed = trimmedEnd(line)
        return trimmed == "---" || trimmed == "+++" ? String(trimmed) : nil
    }

    /// The line that closes front matter opened by `fence`: the same fence (YAML also allows `...`).
    private static func isClosing(_ line: Substring, for fence: String) -> Bool {
        let trimmed = trimmedEnd(line)
        return trimmed == fence || (fence == "---" && trimmed == "...")
    }

    private static func trimmedEnd(_ line: Substring) -> Substring {
        var trimmed = line
        while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
        return trimmed
    }
}
