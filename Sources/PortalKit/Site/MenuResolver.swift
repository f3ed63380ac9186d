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

    /// The entries pages add to a menu of `language` through front matter, ordered by weight, then label.
    static func frontMatterEntries(_ site: Site, menu: String, language: String) -> [MenuEntry] {
        var entries: [(weight: Int, entry: MenuEntry)] = []
        for page in site.pages where page.language == language && page.document != nil {
            for reference in page.menuReferences where reference.menu == menu {
                entries.append((reference.weight, MenuEntry(
                    name: reference.name ?? page.title, url: page.url, page: nil, line: reference.line)))
            }
        }
        return entries.sorted { ($0.weight, $0.entry.name, $0.entry.url ?? "") < ($1.weight, $1.entry.name, $1.entry.url ?? "") }
            .map(\.entry)
    }

    /// Reports `page:` entries that match no content, and front matter naming a menu themes do not have.
    static func validate(_ site: Site, log: DiagnosticLog) {
        for page in site.pages {
            for reference in page.menuReferences where !FrontMatterMenu.known.contains(reference.menu) {
                log.error(
                    page.origin, line: reference.line, column: reference.column, "unknown menu '\(reference.menu)'",
                    hint: "Menus are \(FrontMatterMenu.known.joined(separator: " and ")) (the menu and footerMenu of site.yaml).")
            }
        }
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
