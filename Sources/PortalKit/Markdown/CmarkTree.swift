import CCmark
import Foundation

/// Owns one parsed cmark-gfm document (and the parser that knows its extensions) and frees both when released.
final class CmarkTree {
    let root: OpaquePointer
    private let parser: OpaquePointer
    /// The GFM extensions every document is parsed with; each renders its own nodes.
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// The core extensions register once per process; parsers are then free to run on any thread.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Options for parsing and rendering: smart punctuation ("quotes", -- and ...), footnotes, and table
    /// alignment as `style` (the `align` attribute is obsolete in HTML5).
    /// Input is never validated as UTF-8 again: it comes from a Swift String, which is valid UTF-8 by
    /// construction (the content loader repairs invalid bytes as it reads a file), and cmark replaces NUL
    /// bytes either way. Validating cost 0.9 % of a corpus build.
    static let options = CMARK_OPT_SMART | CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES

    /// Parses GitHub Flavored Markdown: tables, strikethrough, autolinks, task lists and footnotes.
    init(markdown: String) {
        _ = Self.registered
        let parser = cmark_parser_new(Self.options)!
        for name in Self.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        var markdown = markdown
        markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        self.parser = parser
        root = cmark_parser_finish(parser)
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// Every node in document order, collected first so callers may change the tree afterwards.
    func nodes(entering: Bool = true) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return result }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER || !entering, let node = cmark_iter_get_node(iterator) {
                result.append(node)
            }
        }
        return result
    }

    /// Renders the tree to HTML; `allowHTML` keeps raw HTML (nodes left in the tree) as written.
    func html(allowHTML: Bool) -> String {
        render(root, allowHTML: allowHTML)
    }

    /// Renders any node of this tree (or a node built to hold some of its inlines) with the tree's extensions.
    func render(_ node: OpaquePointer, allowHTML: Bool) -> String {
        let options = Self.options | (allowHTML ? CMARK_OPT_UNSAFE : 0)
        guard let pointer = cmark_render_html(node, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

/// Convenience accessors for a cmark node.
extension OpaquePointer {
    var cmarkType: cmark_node_type { cmark_node_get_type(self) }

    var cmarkLiteral: String {
        guard let pointer = cmark_node_get_literal(self) else { return "" }
        return String(cString: pointer)
    }

    /// The node's type name: `table`, `tasklist`, `strikethrough` for extension nodes, `paragraph` and so on.
    var cmarkTypeName: String {
        guard let pointer = cmark_node_get_type_string(self) else { return "" }
        return String(cString: pointer)
    }

    /// Whether the node's type name is `name`, without making a String of it (asked of most nodes of a page).
    func cmarkTypeIs(_ name: StaticString) -> Bool {
        guard let pointer = cmark_node_get_type_string(self) else { return false }
        return strcmp(pointer, UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    var cmarkURL: String {
        guard let pointer = cmark_node_get_url(self) else { return "" }
        return String(cString: pointer)
    }

    /// The first line in the Markdown body where this node or its nearest located ancestor starts.
    var cmarkLine: Int {
        var node: OpaquePointer? = self
        while let current = node {
            let line = cmark_node_get_start_line(current)
            if line > 0 { return Int(line) }
            node = cmark_node_parent(current)
        }
        return 1
    }

    /// The text of this node's inline content, without markup.
    var cmarkPlainText: String {
        var text = ""
        guard let iterator = cmark_iter_new(self) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch node.cmarkType {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += node.cmarkLiteral
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            case CMARK_NODE_CUSTOM_INLINE:
                if let html = cmark_node_get_on_enter(node) { text += HTMLText.plain(String(cString: html)) }
            default: break
            }
        }
        return text
    }
}
