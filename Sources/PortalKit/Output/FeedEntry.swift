/// A page as a feed item: the facts all three feed formats share.
struct FeedEntry {
    let page: Page
    let permalink: String
    let title: String
    let summary: String
    /// Full content with absolute links.
    let contentHTML: String
    /// The same, escaped for XML once (Atom and RSS both carry it).
    let escapedContent: String
    let published: ContentDate
    let updated: ContentDate
    let categories: [String]
    /// Absolute URLs of the entry's translations, by language code.
    let translations: [(language: String, url: String)]
}
