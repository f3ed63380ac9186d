/// The hreflang alternates of a page: itself and each translation (absolute URLs), plus `x-default`.
public enum HreflangSet {
    public struct Entry: Equatable, Sendable {
        public var hreflang: String
        public var href: String
    }

    /// Entries in the site's language order; `x-default` is the default language's version, or the page
    /// itself when it exists in no default-language version.
    public static func forPage(_ page: Page, site: Site) -> [Entry] {
        let config = site.config
        var entries: [Entry] = []
        for language in config.languages {
            let version = language.code == page.language ? page : page.translations[language.code]
            if let version { entries.append(Entry(hreflang: language.code, href: config.absolute(version.url))) }
        }
        let defaultVersion = page.language == config.defaultLanguage.code
            ? page : page.translations[config.defaultLanguage.code] ?? page
        entries.append(Entry(hreflang: "x-default", href: config.absolute(defaultVersion.url)))
        return entries
    }
}
