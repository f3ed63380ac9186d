import Mustache

/// What a page's template renders (docs/templates.md): `site`, `lang`, `dir`, `i18n`, `page`, `languages`,
/// `alternates`, `canonical`, `kind` and the kind's flag (`isPage`, `isSection`…), `menu`, `footerMenu`, `feeds`,
/// `breadcrumbs`; `pager` on a page of a list, `search` on a search page, `everyLanguage` on the 404 page; and the
/// lists a ``PageRenderer`` adds (`latest`, `news`, `featured`, `sections` on a home page, `terms` on a taxonomy).
///
/// Each value is made when the template asks for it. Made in advance for every page, as a dictionary, the menus,
/// feed links, breadcrumbs, table of contents and the page's own list values were 5 % of a corpus build's CPU,
/// for a theme that shows few of them. A context is rendered on one thread, once.
final class PageContext: MustacheParent, MustacheTransformable, @unchecked Sendable {
    let builder: ContextBuilder
    let page: Page
    let pager: PagerContext?
    /// The number of this page of a paginated list (1 otherwise).
    let number: Int
    /// Lists the renderer adds for some kinds of page.
    var lists: [String: Any] = [:]
    private lazy var pageValue = PageValue(builder: builder, page: page)

    /// The values every page has.
    static let names = [
        "site", "lang", "dir", "i18n", "page", "languages", "alternates", "canonical", "kind", "menu", "footerMenu",
        "feeds", "breadcrumbs", "everyLanguage", "search", "pager",
    ]

    init(builder: ContextBuilder, page: Page, pager: PagerContext?, number: Int) {
        self.builder = builder
        self.page = page
        self.pager = pager
        self.number = number
    }

    func child(named name: String) -> Any? {
        let language = page.language
        switch name {
        case "site": return builder.sharedSite(language)
        case "lang": return language
        case "dir": return builder.site.config.language(language)?.direction ?? "ltr"
        case "i18n": return builder.sharedStrings(language)
        case "page": return pageValue
        case "languages": return builder.switcher(page, number: number)
        case "alternates": return builder.alternates(page, number: number)
        case "canonical": return builder.site.config.absolute(Permalinks.paginated(page.url, page: number))
        case "kind": return page.kind.rawValue
        case page.kind.templateFlag: return true
        case "menu": return builder.menu(builder.menus[language]?.main ?? [], current: page)
        case "footerMenu": return builder.menu(builder.menus[language]?.footer ?? [], current: page)
        case "feeds": return builder.feedLinks(page)
        case "breadcrumbs": return builder.breadcrumbs(page)
        case "everyLanguage" where page.kind == .notFound: return builder.everyLanguage()
        case "search" where page.kind == .search: return builder.searchContext(page)
        case "pager": return pager
        default: return lists[name]
        }
    }

    /// Every value at once, as the plain dictionaries they stand for: what ``ContextFingerprint`` hashes and
    /// ``ListingIndex`` walks.
    var values: [String: Any] {
        var values = lists
        for name in Self.names + [page.kind.templateFlag] { values[name] = child(named: name) }
        values["page"] = pageValue.values
        return values
    }

    /// The transforms of the dictionary it stands for (`count`, `empty`, `enumerated`, `sorted`).
    func transform(_ name: String) -> Any? {
        values.transform(name)
    }
}
