/// A page's summary as plain text: front matter `summary`, else the text before `<!--more-->`,
/// else the first paragraph, shortened at a word boundary when long.
public enum Summary {
    /// The longest summary, in characters, before it is shortened.
    public static let limit = 300

    public static func make(frontMatter: String?, beforeMore: String?, firstParagraph: String?) -> String {
        if let frontMatter, !frontMatter.isEmpty { return frontMatter }
        if let beforeMore, !beforeMore.isEmpty { return beforeMore }
        return shorten(firstParagraph ?? "", to: limit)
    }

    /// Cuts `text` to at most `limit` characters (whole grapheme clusters) at the last space, adding "…".
    public static func shorten(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit)
        guard let space = head.lastIndex(where: { $0 == " " }) else { return String(head) + "…" }
        var cut = head[..<space]
        while let last = cut.last, [",", ";", ":", "–", "-"].contains(last) { cut.removeLast() }
        return String(cut) + "…"
    }
}
