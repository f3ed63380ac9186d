import CCmark
import Foundation

/// Double quotation marks of a language, replacing the English “…” that cmark's smart punctuation writes.
struct QuoteStyle {
    let open: String
    let close: String

    /// Bulgarian uses „долни и горни“ quotes; languages not listed keep cmark's marks (`nil`).
    static func forLanguage(_ language: String) -> QuoteStyle? {
        switch language {
        case "bg", "de", "cs", "sk", "sl", "hr", "sr", "mk", "lt", "et", "is": return QuoteStyle(open: "„", close: "“")
        default: return nil
        }
    }

    /// Rewrites the quotes in one text node.
    func apply(to node: OpaquePointer) {
        // Most text has no double quotes: look in cmark's own bytes before making a String of them.
        guard let bytes = cmark_node_get_literal(node), strstr(bytes, "“") != nil || strstr(bytes, "”") != nil else {
            return
        }
        let literal = String(cString: bytes)
        var replaced = ""
        for character in literal {
            switch character {
            case "“": replaced += open
            case "”": replaced += close
            default: replaced.append(character)
            }
        }
        cmark_node_set_literal(node, replaced)
    }
}
