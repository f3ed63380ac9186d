/// The assembled site: every output page with its URL, translations and relations, ready to render.
public struct Site: @unchecked Sendable {
    public let config: SiteConfig
    /// Every page to render, in a stable order (content pages by path, then generated lists).
    public var pages: [Page]
    /// Home page per language code.
    public var homes: [String: Page]
    /// Section list pages per section key, then language.
    public var sections: [String: [String: Page]]
    /// Taxonomy list pages per taxonomy key, then language.
    public var taxonomies: [String: [String: Page]]
    /// Content pages and sections by content base (path without language suffix), then language.
    public var byBase: [String: [String: Page]]
    /// The "not found" page.
    public var notFound: Page
    /// Non-Markdown files outside bundles, relative to `content/`.
    public var looseFiles: [String]
    /// Loose files that do not come from `content/<path>` (a language's own folder): output path → source path.
    public var looseFileSources: [String: String] = [:]
    /// Bundles whose page is not rendered (`render: never`, `headless: true`) but whose files are published.
    public var unrenderedBundles: [UnrenderedBundle] = []
    /// The images pages use, made in every width and format (set once the theme is known).
    public var imageStore: ImageStore?
    /// Each language's search page, when the site has search (``SiteConfig/search``).
    public var searchPages: [String: Page] = [:]
    /// Content bases (`news/x`) of pages that are not rendered, so links to them can say why they fail.
    public var unrenderedBases: Set<String> = []

    /// Leaves search out: its pages are no longer rendered or linked.
    public mutating func removeSearch() {
        pages.removeAll { $0.kind == .search }
        searchPages = [:]
    }

    /// Breaks the links between pages (translations, list items, terms, related pages), which point at each other
    /// in cycles that reference counting never frees, so a process that builds again and again (`portal serve`)
    /// gets each finished build's memory back. The site is of no use afterwards.
    public func releaseLinks() {
        var all = pages + searchPages.values + [notFound]
        all += homes.values
        all += sections.values.flatMap(\.values) + taxonomies.values.flatMap(\.values) + byBase.values.flatMap(\.values)
        for page in all {
            page.translations = [:]
            page.items = []
            page.terms = [:]
            page.related = []
        }
    }

    /// Content pages only (no generated lists).
    public var contentPages: [Page] { pages.filter { $0.kind == .page } }

    /// The nearest existing page in `language` for a reader on `page`: its translation, else its section
    /// (or for a term, its taxonomy list), else that language's home page. Never a page that does not exist.
    public func nearest(to page: Page, in language: String) -> Page {
        if page.language == language { return page }
        if let translation = page.translations[language] { return translation }
        if let taxonomy = page.taxonomy, let list = taxonomies[taxonomy]?[language] { return list }
        // The section, or the nearest section above it that exists in that language.
        for key in page.section.sectionKeysOutward {
            if let section = sections[key]?[language] { return section }
        }
        return homes[language] ?? page
    }
}
