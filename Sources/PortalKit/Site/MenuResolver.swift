/// Turns menu entries into URLs in a language.
enum MenuResolver {
    /// The site-relative URL for an entry; a `page:` entry links that content in `language`
    /// (or its nearest existing page), a `url:` entry is used as written.
    static func url(_ entry: MenuEntry, language: String, site: Site) -> String {
        if let url = entry.url { return url }
        guard let page = entry.page else { return "/" }
        let base = page.trimmingCharacters(in: ["/"])
        guard let versions = site.byBase[base] else { return site.homes[language]?.url ?? "/" }
        if let version = versions[language] { return version.url }
        if let any = versions.values.sorted(by: { $0.url < $1.url }).first {
            return site.nearest(to: any, in: language).url
        }
        return site.homes[language]?.url ?? "/"
    }

    /// Reports `page:` entries that match no content.
    static func validate(_ site: Site, log: DiagnosticLog) {
        for language in site.config.languages {
            for entry in language.menu + language.footerMenu {
                guard let page = entry.page, site.byBase[page.trimmingCharacters(in: ["/"])] == nil else { continue }
                log.error(
                    SiteConfigLoader.fileName, line: entry.line, column: 1,
                    "menu entry '\(entry.name)' links page '\(page)', which does not exist",
                    hint: "Use a content path without language suffix, e.g. 'news' or 'za-nas'.")
            }
        }
    }
}
