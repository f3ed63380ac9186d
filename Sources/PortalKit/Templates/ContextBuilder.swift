/// Builds the values templates see for a page (documented in docs/templates.md), through ``PageContext``.
///
/// Everything is a String, Bool, Int, array or dictionary, a ``SharedContextValue`` that stands for a
/// dictionary many pages share, or a value that reads like one (``PageListItem``, ``DateContext``,
/// ``PagerContext``): templates need no knowledge of Swift types.
final class ContextBuilder: @unchecked Sendable {
    let site: Site
    let theme: Theme
    /// The values of pages as list items and as the page rendered.
    let describer: PageDescriber
    let siteContexts: [String: [String: Any]]
    /// UI strings per language: the generator's own (``BuiltinStrings``) under the theme's and the site's.
    let strings: [String: [String: String]]
    /// Menu entries resolved to site-relative URLs once per language: (main menu, footer menu).
    let menus: [String: (main: [(name: String, url: String)], footer: [(name: String, url: String)])]
    private var summaries: [ObjectIdentifier: PageListItem] = [:]
    /// `page.pagesBelow` per section, built once (every page of a paginated section shows the same list).
    private var pagesBelowBySection: [ObjectIdentifier: [PageListItem]] = [:]
    /// Whether summaries carry their fingerprint (for a ``RenderedPageCache``).
    let fingerprinted: Bool
    /// `site` and `i18n` of each language, as the objects every page of the language shares.
    private let sharedSite: [String: SharedContextValue]
    private let sharedStrings: [String: SharedContextValue]

    init(site: Site, theme: Theme, fingerprinted: Bool = false) {
        self.site = site
        self.theme = theme
        self.fingerprinted = fingerprinted
        describer = PageDescriber(config: site.config)
        var contexts: [String: [String: Any]] = [:]
        for language in site.config.languages {
            contexts[language.code] = ContextBuilder.siteContext(site: site, language: language)
        }
        self.siteContexts = contexts
        var strings: [String: [String: String]] = [:]
        for language in site.config.languages {
            strings[language.code] = BuiltinStrings.table(language.code).merging(theme.strings.table(language.code)) { $1 }
        }
        self.strings = strings
        var menus: [String: (main: [(name: String, url: String)], footer: [(name: String, url: String)])] = [:]
        for language in site.config.languages {
            let resolve = { (entry: MenuEntry) in (entry.name, MenuResolver.url(entry, language: language.code, site: site)) }
            let main = language.menu + MenuResolver.frontMatterEntries(site, menu: "main", language: language.code)
            let footer = language.footerMenu + MenuResolver.frontMatterEntries(site, menu: "footer", language: language.code)
            menus[language.code] = (main.map(resolve), footer.map(resolve))
        }
        self.menus = menus
        sharedSite = siteContexts.mapValues { SharedContextValue($0, fingerprinted: fingerprinted) }
        sharedStrings = strings.mapValues { SharedContextValue($0, fingerprinted: fingerprinted) }
    }

    /// Describes every page once as a list item; call before rendering in parallel.
    func prepareSummaries() {
        let listed = site.pages.filter { $0.kind != .notFound }
        let fingerprinted = self.fingerprinted
        let describer = self.describer
        let made = listed.parallelMap { PageListItem($0, describer: describer, fingerprinted: fingerprinted) }
        for (page, summary) in zip(listed, made) { summaries[ObjectIdentifier(page)] = summary }
        for page in site.pages where page.kind == .section {
            pagesBelowBySection[ObjectIdentifier(page)] = contentPagesBelow(page).map(summary)
        }
    }

    /// Describes `page` again after its Markdown changed (`portal serve`), with the sections that list every page
    /// below them. Not while pages render.
    func refreshSummary(of page: Page) {
        summaries[ObjectIdentifier(page)] = PageListItem(page, describer: describer, fingerprinted: fingerprinted)
        var section = page.sectionPage
        var seen: Set<ObjectIdentifier> = []
        while let current = section, seen.insert(ObjectIdentifier(current)).inserted {
            if current.kind == .section { pagesBelowBySection[ObjectIdentifier(current)] = contentPagesBelow(current).map(summary) }
            section = current.sectionPage
        }
    }

    /// The whole context for rendering `page`; for a paginated list, its page `number` with `pager`.
    func context(for page: Page, pager: PagerContext? = nil, number: Int = 1) -> PageContext {
        PageContext(builder: self, page: page, pager: pager, number: number)
    }

    /// `site` of a language, shared by its pages.
    func sharedSite(_ language: String) -> SharedContextValue {
        sharedSite[language] ?? SharedContextValue([:], fingerprinted: fingerprinted)
    }

    /// `i18n` of a language, shared by its pages.
    func sharedStrings(_ language: String) -> SharedContextValue {
        sharedStrings[language] ?? SharedContextValue([:], fingerprinted: fingerprinted)
    }

    /// The 404 page speaks every language: each with its home page and its own UI strings.
    func everyLanguage() -> [[String: Any]] {
        let config = site.config
        return config.languages.map { language -> [String: Any] in
            [
                "code": language.code, "name": language.name, "title": language.title,
                "url": config.href(site.homes[language.code]?.url ?? "/"), "i18n": theme.strings.table(language.code),
            ]
        }
    }

    /// The page's feeds, for `<link rel="alternate">`.
    func feedLinks(_ page: Page) -> [[String: String]] {
        FeedLinks.forPage(page, site: site).map { ["type": $0.type, "url": site.config.href($0.url), "title": $0.title] }
    }

    /// `page.pagesBelow` of a section: built once per section by ``prepareSummaries()``.
    func pagesBelow(of section: Page) -> [PageListItem] {
        pagesBelowBySection[ObjectIdentifier(section)] ?? contentPagesBelow(section).map(summary)
    }

    /// A page as a list item: everything but its full content.
    func summary(_ page: Page) -> PageListItem {
        summaries[ObjectIdentifier(page)] ?? PageListItem(page, describer: describer, fingerprinted: fingerprinted)
    }

    /// The content pages in a section and in every section inside it, in list order.
    private func contentPagesBelow(_ section: Page) -> [Page] {
        var pages: [Page] = []
        var pending = [section]
        while let next = pending.popLast() {
            for item in next.items {
                if item.kind == .section { pending.append(item) } else if item.kind == .page { pages.append(item) }
            }
        }
        return PageOrder.sorted(pages)
    }

    /// The language switch: every language, linking this page's translation or the nearest existing page;
    /// on page `number` of a list, that language's page with the same number where it has one.
    func switcher(_ page: Page, number: Int) -> [[String: Any]] {
        site.config.languages.map { language in
            let target = page.kind == .notFound ? site.homes[language.code]! : site.nearest(to: page, in: language.code)
            let isList = target.kind == .section || target.kind == .term || target.kind == .archive
            let keepsNumber = number > 1 && isList && Pager.pageCount(of: target, size: site.config.pageSize) >= number
            let url = keepsNumber ? Permalinks.paginated(target.url, page: number) : target.url
            return [
                "code": language.code, "name": language.name, "url": site.config.href(url), "dir": language.direction,
                "current": language.code == page.language,
                "translated": page.kind != .notFound && (target === page || page.translations[language.code] === target),
            ]
        }
    }

    /// hreflang alternates: this page and each translation, then x-default.
    func alternates(_ page: Page, number: Int) -> [[String: String]] {
        guard page.kind != .notFound else { return [] }
        return HreflangSet.forPage(page, site: site, number: number).map { ["hreflang": $0.hreflang, "href": $0.href] }
    }

    func menu(_ entries: [(name: String, url: String)], current: Page) -> [[String: Any]] {
        let home = site.homes[current.language]?.url
        return entries.map { entry in
            let isCurrent = entry.url == current.url
            let isActive = isCurrent || (entry.url != home && entry.url.hasPrefix("/") && current.url.hasPrefix(entry.url))
            return ["name": entry.name, "url": site.config.href(entry.url), "current": isCurrent, "active": isActive]
        }
    }

    /// Home, then every section above the page, outermost first (the page itself is the template's to add).
    func breadcrumbs(_ page: Page) -> [[String: Any]] {
        guard let home = site.homes[page.language], page.kind != .home, page.kind != .notFound else { return [] }
        var sections: [Page] = []
        var current = page.sectionPage
        while let section = current, section !== page, !sections.contains(where: { $0 === section }) {
            sections.insert(section, at: 0)
            current = section.sectionPage
        }
        return ([home] + sections).map { ["title": $0.title, "url": site.config.href($0.url), "isHome": $0.kind == .home] }
    }

    /// The search page's values: where its index and script are, and the sections and terms to browse.
    func searchContext(_ page: Page) -> [String: Any] {
        let config = site.config
        let sections = site.sections.keys.filter { !$0.contains("/") }.sorted().compactMap { site.sections[$0]?[page.language] }
        let taxonomies = site.config.taxonomies.compactMap { taxonomy -> [String: Any]? in
            guard let list = site.taxonomies[taxonomy.key]?[page.language], !list.items.isEmpty else { return nil }
            return [
                "title": list.title, "url": config.href(list.url),
                "terms": list.items.map { ["name": $0.title, "url": config.href($0.url), "count": $0.items.count] },
            ]
        }
        return [
            "index": config.href(page.url + "index/"),
            "script": config.href("/" + SearchIndexWriter.scriptName),
            "sections": sections.map(summary),
            "taxonomies": taxonomies,
        ]
    }

    private static func siteContext(site: Site, language: LanguageConfig) -> [String: Any] {
        let config = site.config
        var params: [String: Any] = [:]
        for (key, value) in config.params + language.params { params[key] = value.templateValue }
        var author: [String: Any] = ["name": config.author.name]
        if let email = config.author.email { author["email"] = email }
        if let url = config.author.url { author["url"] = url }
        return [
            "title": language.title,
            "description": language.description,
            "baseURL": config.baseURL,
            "home": config.href(site.homes[language.code]?.url ?? "/"),
            "root": config.href("/"),
            "defaultLanguage": config.defaultLanguage.code,
            "languageCode": language.code,
            "languageName": language.name,
            "author": author,
            "params": params,
            "links": links(site: site, language: language.code),
        ].merging(site.searchPages[language.code].map { ["searchURL": config.href($0.url)] as [String: Any] } ?? [:]) { $1 }
    }

    /// URLs of top-level pages and sections in a language (`links.members`, `links.news`), falling back to
    /// the nearest existing page, so templates link them without knowing each language's slugs.
    private static func links(site: Site, language: String) -> [String: String] {
        var links: [String: String] = [:]
        for (base, versions) in site.byBase where !base.isEmpty && !base.utf8.contains(UInt8(ascii: "/")) {
            guard let any = versions[language] ?? versions.values.sorted(by: { $0.url < $1.url }).first else { continue }
            links[base] = site.config.href(site.nearest(to: any, in: language).url)
        }
        return links
    }
}
