/// A link or image URL in a page's body that points into the site, to be checked against the built output.
public struct LocalLink: Sendable, Equatable {
    /// The URL as written in the output (after content paths were rewritten).
    public var url: String
    /// 1-based line and column in the page's body (the content renderer makes them file positions).
    public var line: Int
    public var column: Int
    /// The URL as the editor wrote it, for messages.
    public var written: String
}

extension LocalLink {
    /// Whether a URL as written in a page points into the site (not another site, a mail address or the page itself).
    static func isLocal(_ url: String) -> Bool {
        if url.isEmpty || url.hasPrefix("#") || url.hasPrefix("//") || url.hasPrefix("?") { return false }
        if let colon = url.firstIndex(of: ":") {
            let scheme = url[..<colon]
            if !scheme.isEmpty, !scheme.contains("/"), scheme.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }) {
                return false  // https:, mailto:, tel:, data: …
            }
        }
        return true
    }
}
