/// Finds the column of a link's URL on its line, since cmark reports lines but not columns of inlines.
enum LinkColumn {
    /// The 1-based column of `url` on line `line` (1-based) of `text`, or 0 when it is not written there as is.
    static func find(_ url: String, onLine line: Int, of text: Substring) -> Int {
        guard !url.isEmpty, line >= 1 else { return 0 }
        var current = 1
        var start = text.startIndex
        while current < line {
            guard let newline = text[start...].firstIndex(of: "\n") else { return 0 }
            start = text.index(after: newline)
            current += 1
        }
        let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
        let lineText = text[start..<end]
        guard let found = lineText.rangeOfBytes(url) else { return 0 }
        return lineText[..<found.lowerBound].count + 1
    }
}
