/// A page as a feed item: the facts all three feed formats share.
struct FeedEntry {
    let page: Page
    let permalink: String
    let title: String
    let summary: String
    /// Full content with absolute links.
    let contentHTML: String
    /// The same as the inside of a CDATA section (Atom and RSS both carry it): usually the very same string.
    let cdataContent: String
    let published: ContentDate
    let updated: ContentDate
    let categories: [String]
    /// Absolute URLs of the entry's translations, by language code.
    let translations: [(language: String, url: String)]
}
