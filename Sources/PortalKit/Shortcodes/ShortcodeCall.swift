/// One use of a shortcode in a text: a lone tag, or an opening tag with the text up to its closing tag.
struct ShortcodeCall: Sendable {
    /// What stands at this place of the text.
    enum Kind: Sendable {
        /// A shortcode to run.
        case shortcode
        /// `{{</* … */>}}`: printed as the tag it shows.
        case escape
        /// `{{< /name >}}` with no opening tag before it.
        case orphanClosing
        /// `{{<` or `{{%` that does not form a tag.
        case malformed(String)
    }

    var kind: Kind
    var tag: ShortcodeTag
    /// The whole use, from the opening `{{` to the end of the closing tag when paired.
    var range: Range<String.Index>
    /// For a paired shortcode: the text between its tags.
    var inner: Range<String.Index>?
    /// The calls inside `inner`, in order.
    var children: [ShortcodeCall] = []

    /// Pairs the tags a scan found into calls, nesting those that stand between an opening and its closing tag.
    ///
    /// A closing tag closes the nearest open tag of its name; tags opened in between and never closed stand
    /// alone, as Hugo reads them.
    static func structure(_ found: [ShortcodeScanner.Found]) -> [ShortcodeCall] {
        var closingFor: [Int: Int] = [:]
        var open: [Int] = []
        for (index, item) in found.enumerated() {
            guard case .tag(let tag) = item, !tag.escaped else { continue }
            switch tag.form {
            case .opening: open.append(index)
            case .selfClosing: break
            case .closing:
                guard let position = open.lastIndex(where: { opener in
                    if case .tag(let candidate) = found[opener] { return candidate.name == tag.name }
                    return false
                }) else { continue }
                closingFor[open[position]] = index
                open.removeSubrange(position...)
            }
        }
        var next = 0
        return build(found, closingFor: closingFor, from: &next, until: found.count)
    }

    private static func build(
        _ found: [ShortcodeScanner.Found], closingFor: [Int: Int], from index: inout Int, until end: Int
    ) -> [ShortcodeCall] {
        var calls: [ShortcodeCall] = []
        while index < end {
            let current = index
            index += 1
            switch found[current] {
            case .malformed(let range, let line, let column, let reason):
                let tag = ShortcodeTag(
                    name: "", delimiter: .angle, form: .opening, escaped: false, args: [], params: [], range: range,
                    line: line, column: column)
                calls.append(ShortcodeCall(kind: .malformed(reason), tag: tag, range: range))
            case .tag(let tag):
                if tag.escaped {
                    calls.append(ShortcodeCall(kind: .escape, tag: tag, range: tag.range))
                } else if tag.form == .closing {
                    calls.append(ShortcodeCall(kind: .orphanClosing, tag: tag, range: tag.range))
                } else if let closing = closingFor[current], case .tag(let closeTag) = found[closing] {
                    let children = build(found, closingFor: closingFor, from: &index, until: closing)
                    index = closing + 1
                    calls.append(ShortcodeCall(
                        kind: .shortcode, tag: tag, range: tag.range.lowerBound..<closeTag.range.upperBound,
                        inner: tag.range.upperBound..<closeTag.range.lowerBound, children: children))
                } else {
                    calls.append(ShortcodeCall(kind: .shortcode, tag: tag, range: tag.range))
                }
            }
        }
        return calls
    }
}
