import Mustache

/// The page being rendered, as templates see it in `page` (docs/templates.md): its values as a list item (the
/// lead image loading at once) and `content`, `description`, `toc`, `hasToc`, `related`, `taxonomy`, `year`,
/// and on a section `parent`, `sections` and `pagesBelow`, each made when the template asks for it.
final class PageValue: MustacheParent, MustacheTransformable, @unchecked Sendable {
    let builder: ContextBuilder
    let page: Page

    /// The values a page has beyond its list values.
    static let ownNames = [
        "image", "content", "description", "toc", "hasToc", "related", "taxonomy", "year", "parent", "sections",
        "pagesBelow",
    ]

    init(builder: ContextBuilder, page: Page) {
        self.builder = builder
        self.page = page
    }

    func child(named name: String) -> Any? {
        switch name {
        case "image":
            // On its own page the lead image is the first thing shown: it loads at once.
            if let image = page.frontMatter.image, page.leadImage != nil {
                return builder.describer.image(image, of: page, eager: true)
            }
            return builder.describer.value(name, of: page)
        case "content": return page.contentHTML.isEmpty ? nil : page.contentHTML
        case "description":
            let description = page.summary.nonEmpty ?? builder.site.config.language(page.language)?.description ?? ""
            return description.isEmpty ? nil : description
        case "toc":
            return page.headings.filter { $0.level == 2 || $0.level == 3 }.map {
                ["level": $0.level, "text": $0.text, "id": $0.id, "sub": $0.level == 3] as [String: Any]
            }
        case "hasToc": return page.headings.filter { $0.level == 2 }.count >= 3
        case "related": return page.related.map(builder.summary)
        case "taxonomy": return page.kind == .term || page.kind == .taxonomy ? page.taxonomy : nil
        case "year": return page.year
        case "parent": return page.kind == .section ? page.sectionPage.map(builder.summary) : nil
        case "sections": return page.kind == .section ? page.items.filter { $0.kind == .section }.map(builder.summary) : nil
        case "pagesBelow": return page.kind == .section ? builder.pagesBelow(of: page) : nil
        default: return builder.describer.value(name, of: page)
        }
    }

    /// Every value at once, as a dictionary (for fingerprints and transforms).
    var values: [String: Any] {
        var values = builder.describer.values(of: page)
        for name in Self.ownNames { values[name] = child(named: name) }
        return values
    }

    /// The transforms of the dictionary of its values (`count`, `empty`, `enumerated`, `sorted`).
    func transform(_ name: String) -> Any? {
        values.transform(name)
    }
}
