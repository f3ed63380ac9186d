import CCmark
import Foundation

/// Renders a Markdown body to HTML with libcmark, after walking the tree to:
/// drop raw HTML (unless the site allows it), give headings ids, and rewrite links written as content paths.
public struct MarkdownRenderer: Sendable {
    /// Keep raw HTML from the Markdown (site.yaml `allowHTML`).
    public var allowHTML: Bool

    public init(allowHTML: Bool = false) {
        self.allowHTML = allowHTML
    }

    /// Renders `markdown` written in `language`; `resolve` decides what each link and image URL becomes.
    ///
    /// Smart punctuation follows the language: Bulgarian text gets „…“ where cmark writes “…”.
    public func render(
        _ markdown: String, language: String = "en", resolve: (String) -> LinkResolution = { _ in .unchanged }
    ) -> RenderedMarkdown {
        let quotes = QuoteStyle.forLanguage(language)
        let tree = CmarkTree(markdown: markdown)
        var headings: [Heading] = []
        var usedIDs: [String: Int] = [:]
        var broken: [(String, Int)] = []
        var anchored: [(String, String, Int)] = []
        var firstParagraph: String?
        var beforeMore: [String] = []
        var sawMore = false
        var headingNodes: [(node: OpaquePointer, heading: Heading)] = []

        for node in tree.nodes() {
            switch node.cmarkType {
            case CMARK_NODE_TEXT:
                if let quotes { quotes.apply(to: node) }
            case CMARK_NODE_HEADING:
                let text = node.cmarkPlainText
                let id = uniqueID(Slug.make(text).isEmpty ? "section" : Slug.make(text), used: &usedIDs)
                let level = Int(cmark_node_get_heading_level(node))
                headings.append(Heading(level: level, text: text, id: id))
                headingNodes.append((node, headings[headings.count - 1]))
            case CMARK_NODE_PARAGRAPH:
                let parent = cmark_node_parent(node)
                guard parent == tree.root else { continue }
                let text = node.cmarkPlainText.trimmedWhitespace
                if firstParagraph == nil, !text.isEmpty { firstParagraph = text }
                if !sawMore { beforeMore.append(text) }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if node.cmarkLiteral.trimmedWhitespace == "<!--more-->" {
                    sawMore = true
                    cmark_node_unlink(node)
                    cmark_node_free(node)
                } else if !allowHTML {
                    cmark_node_unlink(node)
                    cmark_node_free(node)
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = node.cmarkURL
                switch resolve(url) {
                case .unchanged: break
                case .rewritten(let newURL): cmark_node_set_url(node, newURL)
                case .broken(let message): broken.append((message, node.cmarkLine))
                }
                let written = node.cmarkURL
                if node.cmarkType == CMARK_NODE_LINK, written.hasPrefix("/") || written.hasPrefix("#"),
                    let hash = written.firstIndex(of: "#")
                {
                    let fragment = String(written[written.index(after: hash)...])
                    if !fragment.isEmpty { anchored.append((String(written[..<hash]), fragment, node.cmarkLine)) }
                }
            default:
                break
            }
        }
        // Headings last, once their links and quotes are final.
        for (node, heading) in headingNodes { replaceHeading(node, with: heading) }
        return RenderedMarkdown(
            html: tree.html(allowHTML: allowHTML), headings: headings,
            textBeforeMore: sawMore ? beforeMore.filter { !$0.isEmpty }.joined(separator: " ") : nil,
            firstParagraph: firstParagraph, brokenLinks: broken.map { ($0.0, $0.1) },
            anchoredLinks: anchored.map { ($0.0, $0.1, $0.2) })
    }

    /// Replaces a heading by a custom block that writes `<hN id="…">…</hN>` with the same inline content.
    ///
    /// cmark has no attributes; the heading's inlines are rendered on their own (inside a paragraph whose
    /// `<p>` is then dropped) so the result has no line breaks inside the heading.
    private func replaceHeading(_ heading: OpaquePointer, with value: Heading) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK),
            let document = cmark_node_new(CMARK_NODE_DOCUMENT),
            let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)
        else { return }
        defer { cmark_node_free(document) }
        while let child = cmark_node_first_child(heading) {
            cmark_node_unlink(child)
            cmark_node_append_child(paragraph, child)
        }
        cmark_node_append_child(document, paragraph)
        var inner = ""
        if let rendered = cmark_render_html(document, CMARK_OPT_SMART | (allowHTML ? CMARK_OPT_UNSAFE : 0)) {
            inner = String(cString: rendered)
            free(rendered)
        }
        if inner.hasPrefix("<p>") { inner.removeFirst(3) }
        while inner.hasSuffix("\n") { inner.removeLast() }
        if inner.hasSuffix("</p>") { inner.removeLast(4) }
        cmark_node_set_on_enter(block, "<h\(value.level) id=\"\(value.id)\">\(inner)</h\(value.level)>")
        cmark_node_set_on_exit(block, "")
        cmark_node_replace(heading, block)
        cmark_node_free(heading)
    }

    private func uniqueID(_ base: String, used: inout [String: Int]) -> String {
        guard let count = used[base] else {
            used[base] = 1
            return base
        }
        used[base] = count + 1
        return "\(base)-\(count)"
    }
}
