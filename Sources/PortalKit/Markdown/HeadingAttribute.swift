import CCmark

/// A heading's own id written after its text, as Hugo (Goldmark) reads it: `## The result {#result}`.
enum HeadingAttribute {
    /// Removes a trailing `{#id}` from the heading's last text and returns the id, if there is one.
    static func take(from heading: OpaquePointer) -> String? {
        guard let last = cmark_node_last_child(heading), last.cmarkType == CMARK_NODE_TEXT else { return nil }
        var literal = last.cmarkLiteral
        while literal.last == " " { literal.removeLast() }
        guard literal.hasSuffix("}"), let open = literal.range(of: "{#", options: .backwards) else { return nil }
        let id = String(literal[open.upperBound..<literal.index(before: literal.endIndex)])
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || "-_:.".contains($0) }) else { return nil }
        var text = String(literal[..<open.lowerBound])
        while text.last == " " { text.removeLast() }
        cmark_node_set_literal(last, text)
        return id
    }
}
