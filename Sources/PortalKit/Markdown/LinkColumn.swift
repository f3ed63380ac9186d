/// Finds the column of a link's URL (or a piece of raw HTML) on its line, since cmark reports lines but not
/// columns of inlines. The line starts of a text are found once, on the first question.
final class LinkColumn {
    private let text: Substring
    private lazy var lineStarts: [String.Index] = {
        var starts = [text.startIndex]
        var index = text.startIndex
        while let newline = text[index...].firstIndex(of: "\n") {
            index = text.index(after: newline)
            starts.append(index)
        }
        return starts
    }()

    init(_ text: Substring) {
        self.text = text
    }

    /// The 1-based column of `url` on line `line` (1-based) of the text, or 0 when it is not written there as is.
    func find(_ url: String, onLine line: Int) -> Int {
        guard !url.isEmpty, line >= 1, line <= lineStarts.count else { return 0 }
        let start = lineStarts[line - 1]
        let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
        let lineText = text[start..<end]
        guard let found = lineText.rangeOfBytes(url) else { return 0 }
        return lineText[..<found.lowerBound].count + 1
    }
}
