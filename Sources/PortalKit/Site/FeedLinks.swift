/// Where feeds live, and which ones a page announces in its head for autodiscovery.
///
/// Each list (home, section, term) has `index.xml` (RSS 2.0), `atom.xml` (Atom 1.0) and `feed.json`
/// (JSON Feed 1.1) in its folder, per language.
public enum FeedLinks {
    public struct Link: Equatable, Sendable {
        public var type: String
        public var url: String
        public var title: String
    }

    /// Whether a page has its own feeds: homes, sections and terms with at least one dated item.
    public static func hasFeeds(_ page: Page) -> Bool {
        (page.kind == .home || page.kind == .section || page.kind == .term) && page.items.contains { $0.date != nil && $0.kind == .page }
    }

    /// The three feeds of a list page.
    public static func feeds(of page: Page, siteTitle: String) -> [Link] {
        let title = page.kind == .home ? siteTitle : "\(page.title) – \(siteTitle)"
        return [
            Link(type: "application/atom+xml", url: page.url + "atom.xml", title: title),
            Link(type: "application/rss+xml", url: page.url + "index.xml", title: title),
            Link(type: "application/feed+json", url: page.url + "feed.json", title: title),
        ]
    }

    /// The feeds a page announces: its own (lists), its section's, and the site's in its language.
    public static func forPage(_ page: Page, site: Site) -> [Link] {
        guard page.kind != .notFound, let language = site.config.language(page.language),
            let home = site.homes[page.language]
        else { return [] }
        var links: [Link] = []
        if hasFeeds(page) { links += feeds(of: page, siteTitle: language.title) }
        if let section = page.sectionPage, section !== page, hasFeeds(section) {
            links += feeds(of: section, siteTitle: language.title).prefix(1)
        }
        if page !== home, hasFeeds(home) { links += feeds(of: home, siteTitle: language.title).prefix(1) }
        return links
    }
}
