import CCmark
import Foundation

/// Owns one parsed cmark document and frees it when released.
final class CmarkTree {
    let root: OpaquePointer

    /// Parses CommonMark with smart punctuation ("quotes", -- and ...).
    init(markdown: String) {
        let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        let length = markdown.utf8.count
        root = markdown.withCString { pointer in
            cmark_parse_document(pointer, length, options)
        }
    }

    deinit {
        cmark_node_free(root)
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
        let options = CMARK_OPT_SMART | (allowHTML ? CMARK_OPT_UNSAFE : 0)
        guard let pointer = cmark_render_html(root, options) else { return "" }
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
            default: break
            }
        }
        return text
    }
}
