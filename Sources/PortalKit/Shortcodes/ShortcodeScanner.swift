/// Finds shortcode tags in a Markdown body, in Hugo's syntax.
///
/// The scanner knows nothing of Markdown: it reports every tag, also those inside code; the renderer later
/// leaves the ones that land in code as written. A `{{<` or `{{%` that does not form a tag is reported as
/// malformed, again only counted as an error where it is not in code.
struct ShortcodeScanner {
    /// A tag, or text that starts like one but is not one.
    enum Found {
        case tag(ShortcodeTag)
        case malformed(range: Range<String.Index>, line: Int, column: Int, reason: String)
    }

    let text: String
    /// The line the text starts on, so positions are those of the file.
    var firstLine = 1

    /// Every tag in order; cheap when the text has no `{{`.
    func scan() -> [Found] {
        var found: [Found] = []
        let bytes = text.utf8
        var index = bytes.startIndex
        var line = firstLine
        var lineStart = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                index = bytes.index(after: index)
                lineStart = index
                continue
            }
            guard byte == UInt8(ascii: "{"), let second = bytes.index(index, offsetBy: 1, limitedBy: bytes.endIndex),
                second < bytes.endIndex, bytes[second] == UInt8(ascii: "{"),
                let third = bytes.index(second, offsetBy: 1, limitedBy: bytes.endIndex), third < bytes.endIndex,
                bytes[third] == UInt8(ascii: "<") || bytes[third] == UInt8(ascii: "%")
            else {
                index = bytes.index(after: index)
                continue
            }
            let column = text[lineStart..<index].count + 1
            switch parseTag(at: index, line: line, column: column) {
            case .success(let tag):
                found.append(.tag(tag))
                // Count the lines a tag spans so later positions stay right.
                for character in text.utf8[tag.range] where character == UInt8(ascii: "\n") { line += 1 }
                if let lastBreak = text.utf8[tag.range].lastIndex(of: UInt8(ascii: "\n")) {
                    lineStart = bytes.index(after: lastBreak)
                }
                index = tag.range.upperBound
            case .failure(let problem):
                found.append(.malformed(range: index..<bytes.index(index, offsetBy: 3), line: line, column: column,
                    reason: problem.reason))
                index = bytes.index(index, offsetBy: 3)
            }
        }
        return found
    }

    struct Problem: Error { var reason: String }

    private func parseTag(at start: String.Index, line: Int, column: Int) -> Result<ShortcodeTag, Problem> {
        let scalars = text.unicodeScalars
        var cursor = scalars.index(start, offsetBy: 2)
        let delimiter: ShortcodeTag.Delimiter = scalars[cursor] == "<" ? .angle : .percent
        let closer: Unicode.Scalar = delimiter == .angle ? ">" : "%"
        cursor = scalars.index(after: cursor)

        func skipSpace() {
            while cursor < scalars.endIndex, scalars[cursor] == " " || scalars[cursor] == "\t" || scalars[cursor] == "\n" {
                cursor = scalars.index(after: cursor)
            }
        }
        func at(_ literal: String) -> Bool {
            text.unicodeScalars[cursor...].starts(with: literal.unicodeScalars)
        }
        func advance(_ count: Int) { cursor = scalars.index(cursor, offsetBy: count) }
        func atEnd() -> Bool { at("\(closer)}}") }

        func readValue() -> (text: String, quoted: Bool)? {
            guard cursor < scalars.endIndex else { return nil }
            let quote = scalars[cursor]
            if quote == "\"" || quote == "`" {
                advance(1)
                var value = ""
                while cursor < scalars.endIndex {
                    let scalar = scalars[cursor]
                    if scalar == quote {
                        advance(1)
                        return (value, true)
                    }
                    if quote == "\"", scalar == "\\", scalars.index(after: cursor) < scalars.endIndex {
                        advance(1)
                        value.unicodeScalars.append(scalars[cursor])
                    } else {
                        value.unicodeScalars.append(scalar)
                    }
                    advance(1)
                }
                return nil
            }
            var value = ""
            while cursor < scalars.endIndex {
                let scalar = scalars[cursor]
                if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "=" || scalar == "\"" { break }
                if at("\(closer)}}") || (scalar == "/" && text.unicodeScalars[scalars.index(after: cursor)...].starts(with: "\(closer)}}".unicodeScalars)) { break }
                value.unicodeScalars.append(scalar)
                advance(1)
            }
            return value.isEmpty ? nil : (value, false)
        }

        skipSpace()
        var escaped = false
        if at("/*") {
            escaped = true
            advance(2)
            skipSpace()
        }
        var form = ShortcodeTag.Form.opening
        if at("/") {
            form = .closing
            advance(1)
            skipSpace()
        }
        let nameStart = cursor
        while cursor < scalars.endIndex, Self.isNameScalar(scalars[cursor]) { advance(1) }
        var name = String(text.unicodeScalars[nameStart..<cursor])
        if name.hasSuffix("/") {  // `{{< name/>}}`
            name.removeLast()
            cursor = scalars.index(before: cursor)
        }
        guard !name.isEmpty, !name.hasPrefix("/") else {
            return .failure(Problem(reason: "a shortcode tag needs a name after '{{\(closer)'"))
        }
        var args: [String] = []
        var params: [(key: String, value: String)] = []
        while true {
            skipSpace()
            guard cursor < scalars.endIndex else {
                return .failure(Problem(reason: "the shortcode tag '\(name)' is never closed with '\(closer)}}'"))
            }
            if escaped, at("*/") {
                advance(2)
                skipSpace()
                guard atEnd() else { return .failure(Problem(reason: "'*/' must come right before '\(closer)}}'")) }
            }
            if atEnd() {
                advance(3)
                break
            }
            if at("/"), form == .opening {
                let save = cursor
                advance(1)
                skipSpace()
                if atEnd() || (escaped && at("*/")) {
                    form = .selfClosing
                    continue
                }
                cursor = save
            }
            if form == .closing {
                return .failure(Problem(reason: "a closing tag '{{\(closer) /\(name) \(closer)}}' takes no arguments"))
            }
            guard let first = readValue() else {
                return .failure(Problem(reason: "unreadable argument in the shortcode '\(name)' (check its quotes)"))
            }
            if !first.quoted, cursor < scalars.endIndex, scalars[cursor] == "=" {
                advance(1)
                let quoted = cursor < scalars.endIndex && (scalars[cursor] == "\"" || scalars[cursor] == "`")
                guard let value = readValue() else {
                    return .failure(Problem(reason: quoted
                        ? "the value of '\(first.text)' in the shortcode '\(name)' has no closing quote"
                        : "the argument '\(first.text)' of '\(name)' has no value after '='"))
                }
                params.append((first.text, value.text))
            } else {
                args.append(first.text)
            }
        }

        return .success(ShortcodeTag(
            name: name, delimiter: delimiter, form: form, escaped: escaped, args: args, params: params,
            range: start..<cursor, line: line, column: column))
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".", "/": return true
        default: return false
        }
    }
}
