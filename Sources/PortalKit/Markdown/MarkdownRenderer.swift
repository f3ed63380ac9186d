import CCmark
import Foundation

/// Renders a Markdown body to HTML with cmark-gfm (GitHub Flavored Markdown: tables, strikethrough,
/// autolinks, task lists, footnotes), after walking the tree to: run shortcodes outside code, drop raw HTML
/// (unless the site allows it) with a warning, give headings ids, rewrite links written as content paths,
/// and make task lists, tables and footnotes accessible.
public struct MarkdownRenderer: Sendable {
    /// Keep raw HTML from the Markdown (site.yaml `allowHTML`).
    public var allowHTML: Bool

    public init(allowHTML: Bool = false) {
        self.allowHTML = allowHTML
    }

    /// Renders `markdown` written in `language`; `resolve` decides what each link and image URL becomes.
    /// Shortcodes stay as written text (the site's build runs them; see ``ContentRenderer``).
    ///
    /// Smart punctuation follows the language: Bulgarian text gets „…“ where cmark writes “…”.
    public func render(
        _ markdown: String, language: String = "en", resolve: @escaping (String) -> LinkResolution = { _ in .unchanged }
    ) -> RenderedMarkdown {
        render(markdown, environment: MarkdownEnvironment(
            language: language, resolve: resolve, shortcode: nil, strings: BuiltinStrings.table(language)))
    }

    /// Renders `markdown` and runs its shortcodes through `shortcode`, which gets a tag's name, positional and
    /// named arguments and rendered inner text, and returns the HTML, or `nil` for a shortcode it does not know
    /// (reported in ``RenderedMarkdown/problems``). For tools that embed portal's Markdown stage, and the fuzzer.
    public func render(
        _ markdown: String, language: String = "en", resolve: @escaping (String) -> LinkResolution = { _ in .unchanged },
        shortcode: @escaping (_ name: String, _ args: [String], _ params: [String: String], _ inner: String?) -> String?
    ) -> RenderedMarkdown {
        render(markdown, environment: MarkdownEnvironment(
            language: language, resolve: resolve,
            shortcode: { tag, inner in
                let params = Dictionary(tag.params.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
                guard let html = shortcode(tag.name, tag.args, params, inner?.html) else {
                    return .failure(ShortcodeProblem(message: "unknown shortcode '\(tag.name)'"))
                }
                return .success(ShortcodeOutput(html: html))
            },
            strings: BuiltinStrings.table(language)))
    }

    /// Renders a page body with the site's environment (shortcodes, UI strings).
    func render(_ markdown: String, environment: MarkdownEnvironment) -> RenderedMarkdown {
        let state = MarkdownRenderState()
        var calls: [ShortcodeCall] = []
        if environment.shortcode != nil, markdown.containsBytes("{{") {
            calls = ShortcodeCall.structure(ShortcodeScanner(text: markdown).scan())
        }
        let document = renderFragment(
            markdown[...], calls: calls, body: markdown, lineOffset: 0, environment: environment, state: state)
        return RenderedMarkdown(
            html: document.html, headings: state.headings,
            textBeforeMore: document.sawMore ? document.beforeMore.filter { !$0.isEmpty }.joined(separator: " ") : nil,
            firstParagraph: document.firstParagraph, problems: state.problems, anchoredLinks: state.anchoredLinks,
            localLinks: state.localLinks)
    }

    /// One parsed and rendered piece of Markdown: the body, or the inner text of a `{{% %}}` shortcode.
    struct Fragment {
        var html = ""
        var firstParagraph: String?
        var beforeMore: [String] = []
        var sawMore = false
    }

    /// Renders `source` (part of `body`, starting on body line `lineOffset + 1`), whose shortcode `calls`
    /// become placeholders first.
    func renderFragment(
        _ source: Substring, calls: [ShortcodeCall], body: String, lineOffset: Int, environment: MarkdownEnvironment,
        state: MarkdownRenderState
    ) -> Fragment {
        let placeholders = ShortcodePlaceholders(source, calls: calls)
        let tree = CmarkTree(markdown: placeholders.text)
        let bodyLine = { (node: OpaquePointer) in lineOffset + placeholders.originalLine(node.cmarkLine) }
        let columns = LinkColumn(source)
        var fragment = Fragment()
        var resolvedByShortcode: Set<OpaquePointer> = []
        // Headings of this text take their ids before shortcodes render theirs, so ids follow document order.
        var reservedIDs: [OpaquePointer: String] = [:]
        if !calls.isEmpty {
            for node in tree.nodes() where node.cmarkType == CMARK_NODE_HEADING {
                let custom = HeadingAttribute.take(from: node)
                let text = node.cmarkPlainText.trimmedWhitespace
                if custom == nil, text.contains(ShortcodePlaceholders.open) { continue }
                let slug = Slug.make(text)
                reservedIDs[node] = state.uniqueID(custom ?? (slug.isEmpty ? "section" : slug))
            }
        }
        if !calls.isEmpty {
            resolvedByShortcode = runShortcodes(
                in: tree, placeholders: placeholders, body: body, bodyLine: bodyLine, environment: environment,
                state: state)
        }
        let quotes = QuoteStyle.forLanguage(environment.language)
        // Only a `<!--more-->` in this text needs every paragraph's text (one inside a shortcode is a placeholder
        // here, and its own fragment's summary parts are not used).
        let mayHaveMore = source.containsBytes("<!--more-->")
        var headingNodes: [(node: OpaquePointer, heading: Heading)] = []
        var hasTable = false
        var images: [(node: OpaquePointer, html: String)] = []
        for node in tree.nodes() {
            switch node.cmarkType {
            case CMARK_NODE_TEXT:
                if let quotes { quotes.apply(to: node) }
            case CMARK_NODE_HEADING:
                let custom = HeadingAttribute.take(from: node)  // Hugo's `## Heading {#id}`
                let text = node.cmarkPlainText.trimmedWhitespace
                let slug = Slug.make(text)
                let id = reservedIDs[node] ?? state.uniqueID(custom ?? (slug.isEmpty ? "section" : slug))
                let heading = Heading(level: Int(cmark_node_get_heading_level(node)), text: text, id: id)
                if heading.level > state.lastHeadingLevel + 1 {
                    state.problem(
                        .warning, "heading level jumps from h\(state.lastHeadingLevel) to h\(heading.level): '\(text)'",
                        hint: "Screen-reader users move through a page by heading levels; use \(String(repeating: "#", count: state.lastHeadingLevel + 1)) here (the page title is the h1).",
                        line: bodyLine(node), column: 1)
                }
                state.lastHeadingLevel = heading.level
                state.headings.append(heading)
                headingNodes.append((node, heading))
            case CMARK_NODE_PARAGRAPH:
                // The plain text of top-level paragraphs makes the summary: the first one, or all before `<!--more-->`.
                guard cmark_node_parent(node) == tree.root, fragment.firstParagraph == nil || mayHaveMore else { continue }
                let text = node.cmarkPlainText.trimmedWhitespace
                if fragment.firstParagraph == nil, !text.isEmpty { fragment.firstParagraph = text }
                if !fragment.sawMore { fragment.beforeMore.append(text) }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                let literal = node.cmarkLiteral.trimmedWhitespace
                if literal == "<!--more-->" {
                    fragment.sawMore = true
                    cmark_node_unlink(node)
                    cmark_node_free(node)
                } else if !allowHTML {
                    let line = bodyLine(node)
                    let column = columns.find(literal, onLine: line - lineOffset)
                    warnRemovedHTML(literal, line: line, column: column, state: state)
                    cmark_node_unlink(node)
                    cmark_node_free(node)
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let isImage = node.cmarkType == CMARK_NODE_IMAGE
                let alt = isImage ? node.cmarkPlainText.trimmedWhitespace : ""
                let line = bodyLine(node)
                let column = columns.find(node.cmarkURL, onLine: line - lineOffset)
                if isImage, alt.isEmpty {
                    state.problem(
                        .error, "image '\(node.cmarkURL)' has no alt text",
                        hint: "Describe it between the brackets: ![what the image shows](\(node.cmarkURL)); for an image that is only decoration, write ![\"\"](\(node.cmarkURL)).",
                        line: line, column: column)
                }
                processLink(
                    node, resolvedByShortcode: resolvedByShortcode.contains(node), columns: columns, line: line,
                    lineOffset: lineOffset, placeholders: placeholders, environment: environment, state: state)
                if isImage, !alt.isEmpty, let publish = environment.image,
                    let result = publish(node.cmarkURL, Self.isDecorativeAlt(alt) ? "" : alt, state.imageCount == 0, line, column)
                {
                    state.imageCount += 1
                    switch result {
                    case .success(let html): images.append((node, html))
                    case .failure(let problem):
                        state.problem(.error, problem.message, hint: problem.hint, line: line, column: column)
                        // Reported once: the link check need not say the file is missing from the output too.
                        state.localLinks.removeAll { $0.line == line && $0.column == column }
                    }
                }
            case CMARK_NODE_ITEM:
                if node.cmarkTypeIs("tasklist") { TaskListItem.makeAccessible(node) }
            default:
                if node.cmarkTypeIs("table") { hasTable = true }
            }
        }
        // Published images become their <picture>, through a text marker (table cells take no custom nodes).
        for (node, html) in images {
            guard let marker = cmark_node_new(CMARK_NODE_TEXT) else { continue }
            cmark_node_set_literal(marker, state.defer(html))
            cmark_node_replace(node, marker)
            cmark_node_free(node)
        }
        // Headings last, once their links and quotes are final.
        for (node, heading) in headingNodes { replaceHeading(node, with: heading, tree: tree) }
        var html = state.insertDeferred(into: tree.html(allowHTML: allowHTML))
        if hasTable { html = AccessibleHTML.tables(html) }
        if html.containsBytes("data-footnotes") { html = AccessibleHTML.footnotes(html, strings: environment.strings) }
        fragment.html = html
        return fragment
    }

    /// Rewrites a link or image URL written as a content path, and records what the link checks need.
    private func processLink(
        _ node: OpaquePointer, resolvedByShortcode: Bool, columns: LinkColumn, line: Int, lineOffset: Int,
        placeholders: ShortcodePlaceholders, environment: MarkdownEnvironment, state: MarkdownRenderState
    ) {
        let written = node.cmarkURL
        let column = columns.find(written, onLine: line - lineOffset)
        // A shortcode's URL is final, unless it wrote a content path (`news-20.md`), which resolves like any link.
        if !resolvedByShortcode || Self.isContentPath(written) {
            switch environment.resolve(written) {
            case .unchanged: break
            case .rewritten(let newURL): cmark_node_set_url(node, newURL)
            case .broken(let message):
                state.problem(
                    .error, message, hint: "Link other pages by their content path, e.g. [text](../news/x.md) or [text](/projects/co-resp/index.md).",
                    line: line, column: column)
            }
        }
        let url = node.cmarkURL
        if node.cmarkType == CMARK_NODE_LINK, url.hasPrefix("/") || url.hasPrefix("#"), let hash = url.firstIndex(of: "#") {
            let fragment = String(url[url.index(after: hash)...])
            if !fragment.isEmpty { state.anchoredLinks.append((String(url[..<hash]), fragment, line)) }
        }
        if LocalLink.isLocal(url) {
            state.localLinks.append(LocalLink(url: url, line: line, column: column, written: written))
            if node.cmarkType == CMARK_NODE_LINK, let label = environment.document?(url) {
                DocumentLink.relabel(node, url: url, label: label)
            }
        }
    }

    /// Alt text that marks an image as decoration on purpose: `![""](divider.png)` (any two quotes, as smart
    /// punctuation may have turned them into typographic ones).
    static func isDecorativeAlt(_ alt: String) -> Bool {
        alt.count == 2 && alt.allSatisfy { "\"'“”„‘’«»".contains($0) }
    }

    static func isContentPath(_ url: String) -> Bool {
        let path = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return path.hasSuffix(".md") && !url.containsBytes("://")
    }

    private func warnRemovedHTML(_ literal: String, line: Int, column: Int, state: MarkdownRenderState) {
        // Comments show nothing either way; removing them changes nothing a reader sees.
        if literal.hasPrefix("<!--"), literal.hasSuffix("-->") { return }
        guard state.warnedHTMLLines.insert(line).inserted else { return }
        let shown = literal.count > 60 ? String(literal.prefix(60)) + "…" : literal
        state.problem(
            .warning, "raw HTML removed: \(shown.replacingOccurrences(of: "\n", with: " "))",
            hint: "Write it in Markdown, or set 'allowHTML: true' in site.yaml to keep raw HTML as written.", line: line,
            column: column)
    }

    /// Replaces a heading by a custom block that writes `<hN id="…">…</hN>` with the same inline content.
    ///
    /// cmark has no attributes; the heading's inlines are rendered on their own (inside a paragraph whose
    /// `<p>` is then dropped) so the result has no line breaks inside the heading.
    private func replaceHeading(_ heading: OpaquePointer, with value: Heading, tree: CmarkTree) {
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
        var inner = tree.render(document, allowHTML: allowHTML)
        if inner.hasPrefix("<p>") { inner.removeFirst(3) }
        while inner.hasSuffix("\n") { inner.removeLast() }
        if inner.hasSuffix("</p>") { inner.removeLast(4) }
        cmark_node_set_on_enter(block, "<h\(value.level) id=\"\(value.id)\">\(inner)</h\(value.level)>")
        cmark_node_set_on_exit(block, "")
        cmark_node_replace(heading, block)
        cmark_node_free(heading)
    }
}
