/// A Markdown text with each shortcode call replaced by a placeholder, so cmark parses the text around
/// shortcodes as written and never applies smart punctuation, emphasis or autolinks inside them.
///
/// A placeholder is `U+E000`, the call's number, `U+E001`: private-use characters that no Markdown rule
/// touches, in text, code, link destinations and raw HTML alike. The walk of the parsed tree then decides,
/// by where each placeholder landed, whether its call runs (text, links, HTML) or stays as written (code).
struct ShortcodePlaceholders {
    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"

    /// The text to parse.
    let text: String
    /// The calls, by placeholder number.
    let calls: [ShortcodeCall]
    /// Placeholders that replaced text spanning lines: (line of the placeholder in `text`, line breaks removed).
    private let removedBreaks: [(line: Int, count: Int)]

    /// Replaces each call in `source` (calls' ranges are indices of the string `source` is part of).
    init(_ source: Substring, calls: [ShortcodeCall]) {
        var text = ""
        var removed: [(Int, Int)] = []
        var line = 1
        var position = source.startIndex
        for (number, call) in calls.enumerated() {
            let before = source[position..<call.range.lowerBound]
            line += before.utf8.count { $0 == UInt8(ascii: "\n") }
            text += before
            text.append(Self.open)
            text += String(number)
            text.append(Self.close)
            let breaks = source[call.range].utf8.count { $0 == UInt8(ascii: "\n") }
            if breaks > 0 { removed.append((line, breaks)) }
            position = call.range.upperBound
        }
        text += source[position...]
        self.text = text
        self.calls = calls
        self.removedBreaks = removed
    }

    /// The line of the original text that line `line` of the placeholder text came from.
    func originalLine(_ line: Int) -> Int {
        var result = line
        for entry in removedBreaks where entry.line < line { result += entry.count }
        return result
    }

    /// Splits `string` into text and placeholder numbers below `count`, in order; `nil` when it has none.
    /// Private-use characters the editor wrote themselves, or numbers that name no call, stay text.
    static func pieces(of string: String, count: Int) -> [Piece]? {
        guard string.contains(open) else { return nil }
        var pieces: [Piece] = []
        var current = ""
        var index = string.startIndex
        while index < string.endIndex {
            let character = string[index]
            if character == open, let end = string[index...].firstIndex(of: close),
                case let digits = string[string.index(after: index)..<end], !digits.isEmpty,
                digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits), number < count
            {
                if !current.isEmpty { pieces.append(.text(current)) }
                current = ""
                pieces.append(.call(number))
                index = string.index(after: end)
                continue
            }
            current.append(character)
            index = string.index(after: index)
        }
        if !current.isEmpty { pieces.append(.text(current)) }
        return pieces.contains { if case .call = $0 { return true } else { return false } } ? pieces : nil
    }

    /// A run of a string: plain text, or the placeholder of a call.
    enum Piece: Equatable {
        case text(String)
        case call(Int)
    }
}
