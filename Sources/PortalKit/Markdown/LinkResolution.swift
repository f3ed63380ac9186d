/// What the site says about a link found in Markdown.
public enum LinkResolution: Sendable, Equatable {
    /// Leave the link as written (external links, plain URLs).
    case unchanged
    /// Replace the link's URL (a content path became the target page's URL).
    case rewritten(String)
    /// The link points at content that does not exist.
    case broken(String)
}
