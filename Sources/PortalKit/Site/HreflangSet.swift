/// The hreflang alternates of a page: itself and each translation (absolute URLs), plus `x-default`.
public enum HreflangSet {
    public struct Entry: Equatable, Sendable {
        public var hreflang: String
        public var href: String
    }

    /// Entries in the site's language order; `x-default` is the default language's version, or the page
    /// itself when it exists in no default-language version.
    ///
    /// For page `number` of a paginated list, each version's page with that number stands in, where the
    /// version has that many pages.
    public static func forPage(_ page: Page, site: Site, number: Int = 1) -> [Entry] {
        let config = site.config
        func url(_ version: Page) -> String? {
            guard number > 1 else { return version.url }
            guard Pager.pageCount(of: version, size: config.pageSize) >= number else { return nil }
            return Permalinks.paginated(version.url, page: number)
        }
        var entries: [Entry] = []
        for language in config.languages {
            let version = language.code == page.language ? page : page.translations[language.code]
            if let version, let href = url(version) { entries.append(Entry(hreflang: language.code, href: config.absolute(href))) }
        }
        let defaultVersion = page.translations[config.defaultLanguage.code].flatMap { url($0) != nil ? $0 : nil } ?? page
        entries.append(Entry(hreflang: "x-default", href: config.absolute(url(defaultVersion) ?? page.url)))
        return entries
    }
}
