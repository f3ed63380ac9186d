import CCmark

/// Shortcodes in a parsed tree: each placeholder becomes its call's output where it landed in text, a link
/// destination or raw HTML, and the shortcode as written where it landed in code.
extension MarkdownRenderer {
    /// Where a placeholder stands, which decides how its output is written.
    enum Place {
        /// Inside a paragraph, heading, list item or table cell.
        case inline
        /// A paragraph of its own: the output replaces the paragraph.
        case block
        /// A link or image destination.
        case url
        /// Raw HTML, or the inner text of a `{{< >}}` shortcode.
        case html
    }

    /// Replaces the placeholders of `tree`; returns the link and image nodes whose URL a shortcode wrote
    /// (already resolved, so content-path rewriting leaves them alone).
    func runShortcodes(
        in tree: CmarkTree, placeholders: ShortcodePlaceholders, body: String, bodyLine: (OpaquePointer) -> Int,
        environment: MarkdownEnvironment, state: MarkdownRenderState
    ) -> Set<OpaquePointer> {
        var resolved: Set<OpaquePointer> = []
        // Splitting a paragraph frees line breaks that may still be ahead in the walk: done after it.
        var splits: [(paragraph: OpaquePointer, block: OpaquePointer)] = []
        let expand = { (number: Int, place: Place) -> String in
            guard number < placeholders.calls.count else { return "" }
            return self.expand(placeholders.calls[number], place: place, body: body, environment: environment, state: state)
        }
        for node in tree.nodes() {
            switch node.cmarkType {
            case CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                if let pieces = ShortcodePlaceholders.pieces(of: node.cmarkLiteral, count: placeholders.calls.count) {
                    cmark_node_set_literal(node, join(pieces) { Self.asWritten(placeholders.calls[$0], body: body) })
                }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if let pieces = ShortcodePlaceholders.pieces(of: node.cmarkLiteral, count: placeholders.calls.count) {
                    cmark_node_set_literal(node, join(pieces) { expand($0, .html) })
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if let pieces = ShortcodePlaceholders.pieces(of: node.cmarkURL, count: placeholders.calls.count) {
                    cmark_node_set_url(node, join(pieces) { expand($0, .url).trimmedWhitespace })
                    resolved.insert(node)
                }
                if let title = cmark_node_get_title(node), let pieces = ShortcodePlaceholders.pieces(of: String(cString: title), count: placeholders.calls.count) {
                    cmark_node_set_title(node, join(pieces) { expand($0, .url).trimmedWhitespace })
                }
            case CMARK_NODE_TEXT:
                guard let pieces = ShortcodePlaceholders.pieces(of: node.cmarkLiteral, count: placeholders.calls.count) else { continue }
                if pieces.count == 1, case .call(let number) = pieces[0], case .shortcode = placeholders.calls[number].kind,
                    let paragraph = cmark_node_parent(node),
                    paragraph.cmarkType == CMARK_NODE_PARAGRAPH, cmark_node_first_child(paragraph) == node,
                    cmark_node_last_child(paragraph) == node
                {
                    replace(paragraph, withBlock: expand(number, .block))
                } else {
                    splits += split(node, pieces: pieces, expand: expand, calls: placeholders.calls, body: body, state: state)
                }
            default:
                break
            }
        }
        for (paragraph, block) in splits { splitParagraph(paragraph, at: block) }
        return resolved
    }

    /// The output of one call at its place; problems go to `state` at the call's line and column.
    func expand(
        _ call: ShortcodeCall, place: Place, body: String, environment: MarkdownEnvironment, state: MarkdownRenderState
    ) -> String {
        let tag = call.tag
        switch call.kind {
        case .escape:
            let literal = tag.literal(in: body)
            return place == .url ? literal : XMLText.escape(literal)
        case .orphanClosing:
            state.problem(
                .error, "closing tag '{{< /\(tag.name) >}}' has no opening tag",
                hint: "Remove it, or open the shortcode before it with {{< \(tag.name) >}}.", line: tag.line,
                column: tag.column)
            return ""
        case .malformed(let reason):
            state.problem(
                .error, reason, hint: "A shortcode is written {{< name \"arg\" key=\"value\" >}}; to show one literally, write {{</* name */>}}.",
                line: tag.line, column: tag.column)
            return XMLText.escape(String(body[call.range]))
        case .shortcode:
            guard let run = environment.shortcode else { return XMLText.escape(String(body[call.range])) }
            var inner: ShortcodeInner?
            if let range = call.inner {
                if tag.delimiter == .percent {
                    let html = renderInnerMarkdown(call, range: range, body: body, environment: environment, state: state, place: place)
                    inner = ShortcodeInner(html: html, markdown: html)
                } else {
                    let markdown = environment.wantsInnerMarkdown(tag.name)
                        ? renderInnerMarkdown(call, range: range, body: body, environment: environment, state: state, place: place)
                        : nil
                    // With both forms, the nested calls report their problems and links once, from the Markdown form.
                    let htmlState = markdown == nil ? state : state.scratch()
                    let html = join(innerPieces(call, range: range, body: body)) { number in
                        self.expand(call.children[number], place: .html, body: body, environment: environment, state: htmlState)
                    }
                    inner = ShortcodeInner(html: html, markdown: markdown)
                }
            }
            switch run(tag, inner) {
            case .success(var output):
                // A template file's last line break would split a sentence, a URL or an attribute around a shortcode.
                if place != .block {
                    while output.html.hasSuffix("\n") { output.html.removeLast() }
                }
                for url in output.links where LocalLink.isLocal(url) {
                    state.localLinks.append(LocalLink(url: url, line: tag.line, column: tag.column, written: url))
                }
                for warning in output.warnings {
                    state.problem(warning.severity, warning.message, hint: warning.hint, line: tag.line, column: tag.column)
                }
                return output.html
            case .failure(let problem):
                state.problem(problem.severity, problem.message, hint: problem.hint, line: tag.line, column: tag.column)
                return ""
            }
        }
    }

    /// The Markdown between a `{{% %}}` shortcode's tags, rendered with the page's ids and link checks.
    private func renderInnerMarkdown(
        _ call: ShortcodeCall, range: Range<String.Index>, body: String, environment: MarkdownEnvironment,
        state: MarkdownRenderState, place: Place
    ) -> String {
        let lineOffset = body.utf8[body.startIndex..<range.lowerBound].count { $0 == UInt8(ascii: "\n") }
        let html = renderFragment(
            body[range], calls: call.children, body: body, lineOffset: lineOffset, environment: environment,
            state: state
        ).html
        return place == .inline ? Self.unwrapParagraph(html) : html
    }

    /// The inner text of a `{{< >}}` shortcode as pieces, its nested calls as placeholders.
    private func innerPieces(_ call: ShortcodeCall, range: Range<String.Index>, body: String) -> [ShortcodePlaceholders.Piece] {
        var pieces: [ShortcodePlaceholders.Piece] = []
        var position = range.lowerBound
        for (number, child) in call.children.enumerated() {
            if position < child.range.lowerBound { pieces.append(.text(String(body[position..<child.range.lowerBound]))) }
            pieces.append(.call(number))
            position = child.range.upperBound
        }
        if position < range.upperBound { pieces.append(.text(String(body[position..<range.upperBound]))) }
        return pieces
    }

    /// A call as the editor wrote it, for code: an escaped tag loses its `/* */`, anything else stays as is.
    static func asWritten(_ call: ShortcodeCall, body: String) -> String {
        if case .escape = call.kind { return call.tag.literal(in: body) }
        return String(body[call.range])
    }

    private func join(_ pieces: [ShortcodePlaceholders.Piece], _ output: (Int) -> String) -> String {
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text): result += text
            case .call(let number): result += output(number)
            }
        }
        return result
    }

    /// Splits a text node around its placeholders: text stays text (escaped by cmark), output is inserted as is.
    ///
    /// Output that is a block (`<figure>`, `<div>`, `<details>` …) cannot stand inside a paragraph: the
    /// paragraph is split around it, so a shortcode written on the line after a sentence still gives valid HTML.
    private func split(
        _ node: OpaquePointer, pieces: [ShortcodePlaceholders.Piece], expand: (Int, Place) -> String,
        calls: [ShortcodeCall], body: String, state: MarkdownRenderState
    ) -> [(paragraph: OpaquePointer, block: OpaquePointer)] {
        var blocks: [OpaquePointer] = []
        for piece in pieces {
            let inserted: OpaquePointer?
            switch piece {
            case .text(let text):
                inserted = cmark_node_new(CMARK_NODE_TEXT)
                if let inserted { cmark_node_set_literal(inserted, text) }
            case .call(let number):
                if number < calls.count, case .escape = calls[number].kind {
                    inserted = cmark_node_new(CMARK_NODE_TEXT)
                    if let inserted { cmark_node_set_literal(inserted, calls[number].tag.literal(in: body)) }
                } else {
                    let html = expand(number, .inline)
                    inserted = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
                    if let inserted {
                        cmark_node_set_on_enter(inserted, html)
                        if Self.isBlock(html) { blocks.append(inserted) }
                    }
                }
            }
            guard let inserted else { continue }
            if cmark_node_insert_before(node, inserted) == 0 {
                // A table cell takes no custom nodes: a marker in the text stands for the output until the end.
                let html = String(cString: cmark_node_get_on_enter(inserted))
                cmark_node_free(inserted)
                blocks.removeAll { $0 == inserted }
                guard let marker = cmark_node_new(CMARK_NODE_TEXT) else { continue }
                cmark_node_set_literal(marker, state.defer(html))
                cmark_node_insert_before(node, marker)
            }
        }
        let parent = cmark_node_parent(node)
        cmark_node_unlink(node)
        cmark_node_free(node)
        guard let parent, parent.cmarkType == CMARK_NODE_PARAGRAPH else { return [] }
        return blocks.map { (parent, $0) }
    }

    /// Moves what precedes `inline` in `paragraph` into a paragraph of its own, then `inline`'s HTML as a block,
    /// both before `paragraph`, which keeps what follows; paragraphs left empty are removed.
    private func splitParagraph(_ paragraph: OpaquePointer, at inline: OpaquePointer) {
        guard let before = cmark_node_new(CMARK_NODE_PARAGRAPH), let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else {
            return
        }
        while let child = cmark_node_first_child(paragraph), child != inline {
            cmark_node_unlink(child)
            cmark_node_append_child(before, child)
        }
        cmark_node_set_on_enter(block, String(cString: cmark_node_get_on_enter(inline)))
        cmark_node_set_on_exit(block, "")
        cmark_node_unlink(inline)
        cmark_node_free(inline)
        cmark_node_insert_before(paragraph, before)
        cmark_node_insert_before(paragraph, block)
        for part in [before, paragraph] { Self.trimBreaks(part) }
    }

    /// Removes line breaks at the start and end of a paragraph, and the paragraph when nothing is left.
    private static func trimBreaks(_ paragraph: OpaquePointer) {
        let isBreak = { (node: OpaquePointer) in
            node.cmarkType == CMARK_NODE_SOFTBREAK || node.cmarkType == CMARK_NODE_LINEBREAK
        }
        while let first = cmark_node_first_child(paragraph), isBreak(first) {
            cmark_node_unlink(first)
            cmark_node_free(first)
        }
        while let last = cmark_node_last_child(paragraph), isBreak(last) {
            cmark_node_unlink(last)
            cmark_node_free(last)
        }
        if cmark_node_first_child(paragraph) == nil {
            cmark_node_unlink(paragraph)
            cmark_node_free(paragraph)
        }
    }

    /// Whether HTML starts with an element that may not stand inside a paragraph.
    static func isBlock(_ html: String) -> Bool {
        let trimmed = html.trimmedWhitespace
        guard trimmed.hasPrefix("<") else { return false }
        let name = trimmed.dropFirst().prefix { $0.isLetter || $0.isNumber }.lowercased()
        return blockElements.contains(name)
    }

    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section",
        "table", "ul",
    ]

    private func replace(_ paragraph: OpaquePointer, withBlock html: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, html.hasSuffix("\n") ? String(html.dropLast()) : html)
        cmark_node_set_on_exit(block, "")
        cmark_node_replace(paragraph, block)
        cmark_node_free(paragraph)
    }

    /// `<p>text</p>` becomes `text`, so a `{{% %}}` shortcode used inside a sentence stays inside it.
    static func unwrapParagraph(_ html: String) -> String {
        var trimmed = html.trimmedWhitespace
        guard trimmed.hasPrefix("<p>"), trimmed.hasSuffix("</p>") else { return html }
        trimmed.removeFirst(3)
        trimmed.removeLast(4)
        return trimmed.containsBytes("<p>") ? html : trimmed
    }
}
