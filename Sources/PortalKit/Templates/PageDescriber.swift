/// The values of a page as templates see it in a list (docs/templates.md): one at a time for a
/// ``PageListItem``, or all at once for the page's own `page` value.
final class PageDescriber: Sendable {
    let config: SiteConfig
    let dateStyles: [String: DateStyle]

    /// Every value a list item can have; `values(of:)` holds those that are set.
    static let names = [
        "title", "url", "permalink", "kind", "lang", "count", "summary", "date", "lastmod", "image", "featured",
        "taxonomies", "tags", "section", "project", "params",
    ]

    init(config: SiteConfig) {
        self.config = config
        var styles: [String: DateStyle] = [:]
        for language in config.languages { styles[language.code] = DateStyle.forLanguage(language.code) }
        dateStyles = styles
    }

    /// One value of `page` (`nil` when the page has none).
    func value(_ name: String, of page: Page) -> Any? {
        switch name {
        case "title": return page.title
        case "url": return config.href(page.url)
        case "permalink": return config.absolute(page.url)
        case "kind": return page.kind.rawValue
        case "lang": return page.language
        case "count": return page.items.count
        case "summary": return page.summary.isEmpty ? nil : page.summary
        case "date": return page.date.map { date(of: $0, in: page.language) }
        case "lastmod": return page.lastmod.map { date(of: $0, in: page.language) }
        case "image": return page.frontMatter.image.map { image($0, of: page, eager: false) }
        // Set even when false: Mustache would otherwise find an outer `featured` list on the home page.
        case "featured": return page.frontMatter.featured
        case "taxonomies": return taxonomies(of: page)
        // Always a list, so `{{^empty(page.tags)}}` hides a heading over nothing (empty() of a missing value is false).
        case "tags": return (page.terms["tags"] ?? []).map(term)
        case "section":
            guard let section = page.sectionPage, page.kind == .page else { return nil }
            return ["title": section.title, "url": config.href(section.url)]
        case "project":
            guard let project = page.project else { return nil }
            return ["title": project.title, "url": config.href(project.url)]
        case "params":
            var params: [String: Any] = [:]
            for (key, param) in page.frontMatter.params { params[key] = param.templateValue }
            return params
        default: return nil
        }
    }

    /// Every value of `page` that is set.
    func values(of page: Page) -> [String: Any] {
        var values: [String: Any] = [:]
        for name in Self.names { values[name] = value(name, of: page) }
        return values
    }

    func date(of date: ContentDate, in language: String) -> DateContext {
        DateContext(date: date, style: dateStyles[language] ?? .english)
    }

    /// The lead image: `src` and `alt`, and for an image portal publishes, `width`, `height`, `srcset`,
    /// `sizes`, `sources` (`type`, `srcset` per modern format) and `picture` (the whole element).
    func image(_ image: String, of page: Page, eager: Bool) -> [String: Any] {
        let alt = page.frontMatter.imageAlt ?? ""
        let source = image.containsBytes("://") || image.hasPrefix("/") ? image : page.url + image
        var value: [String: Any] = ["src": config.href(source), "alt": alt]
        guard let lead = page.leadImage else { return value }
        let widest = lead.widths.last ?? lead.width
        value["width"] = widest
        value["height"] = lead.height(atWidth: widest)
        value["srcset"] = ImageMarkup.srcset(lead, lead.fallback, config.href)
        value["sizes"] = config.images.sizes
        value["sources"] = lead.formats.map { ["type": $0.mimeType, "srcset": ImageMarkup.srcset(lead, $0, config.href)] }
        value["picture"] = ImageMarkup.picture(lead, alt: alt, eager: eager, sizes: config.images.sizes, href: config.href)
        if let src = ImageMarkup.fallbackURL(lead, href: config.href) { value["src"] = src }
        return value
    }

    private func taxonomies(of page: Page) -> [String: Any] {
        var taxonomies: [String: Any] = [:]
        for (key, terms) in page.terms { taxonomies[key] = terms.map(term) }
        return taxonomies
    }

    private func term(_ term: Page) -> [String: Any] {
        ["name": term.title, "url": config.href(term.url)]
    }
}
