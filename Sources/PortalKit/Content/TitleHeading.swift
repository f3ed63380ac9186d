/// The title of a file without front matter: its first level-1 `# heading` outside code blocks.
enum TitleHeading {
    /// The heading's text and the body without that line, or `nil` when the body has no `# heading`.
    /// The heading leaves the body so the page does not show its title twice.
    static func find(in body: String) -> (title: String, rest: String, linesRemoved: Int)? {
        var inFence = false
        var lineStart = body.startIndex
        var lineNumber = 0
        while lineStart < body.endIndex {
            let lineEnd = body[lineStart...].firstIndex(of: "\n") ?? body.endIndex
            let line = body[lineStart..<lineEnd]
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle() }
            if !inFence, line.hasPrefix("# ") {
                var title = line.dropFirst(2).trimmedWhitespace
                while title.hasSuffix("#") { title.removeLast() }  // closing hashes: `# Title #`
                title = title.trimmedWhitespace
                if !title.isEmpty {
                    let after = lineEnd < body.endIndex ? body.index(after: lineEnd) : lineEnd
                    // A heading on the first line shifts the body's lines; one further down is blanked in place.
                    if lineNumber == 0 { return (title, String(body[after...]), 1) }
                    return (title, String(body[..<lineStart]) + "\n" + String(body[after...]), 0)
                }
            }
            lineNumber += 1
            lineStart = lineEnd < body.endIndex ? body.index(after: lineEnd) : lineEnd
        }
        return nil
    }
}
