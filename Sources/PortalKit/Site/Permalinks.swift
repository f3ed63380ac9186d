/// The URL rules: the default language at the root, others under `/<lang>/`, sections by their localized slug.
struct Permalinks {
    let config: SiteConfig
    /// Section slug per section key and language, from each `_index.<lang>.md` `slug:`.
    var sectionSlugs: [String: [String: String]] = [:]

    init(config: SiteConfig, documents: [SourceDocument]) {
        self.config = config
        for document in documents where document.path.kind == .sectionIndex {
            if let slug = document.frontMatter.slug.map(Slug.make), !slug.isEmpty {
                sectionSlugs[document.path.base, default: [:]][document.path.language] = slug
            }
        }
    }

    func prefix(_ language: String) -> String {
        config.language(language)?.urlPrefix ?? ""
    }

    func home(_ language: String) -> String {
        prefix(language) + "/"
    }

    /// The slug of a section in a language: its `_index` slug, else the folder name.
    func sectionSlug(_ section: String, _ language: String) -> String {
        sectionSlugs[section]?[language] ?? Slug.make(section)
    }

    func section(_ section: String, _ language: String) -> String {
        prefix(language) + "/" + sectionSlug(section, language) + "/"
    }

    /// A content page's URL: `/novini/<slug>/`, `/en/about/`.
    func page(_ document: SourceDocument) -> String {
        let path = document.path
        var slug = document.frontMatter.slug.map(Slug.make) ?? ""
        if slug.isEmpty { slug = Slug.make(path.name) }
        if slug.isEmpty { slug = "page" }
        if path.section.isEmpty { return prefix(path.language) + "/" + slug + "/" }
        return section(path.section, path.language) + slug + "/"
    }

    func taxonomy(_ taxonomy: TaxonomyConfig, _ language: String) -> String {
        prefix(language) + "/" + taxonomy.segment(for: language) + "/"
    }

    func term(_ taxonomy: TaxonomyConfig, _ slug: String, _ language: String) -> String {
        self.taxonomy(taxonomy, language) + slug + "/"
    }

    func archive(_ section: String, _ year: Int, _ language: String) -> String {
        self.section(section, language) + String(year) + "/"
    }

    /// The URL of page `number` (1-based) of a list whose first page is at `url`.
    static func paginated(_ url: String, page number: Int) -> String {
        number <= 1 ? url : url + "page/\(number)/"
    }
}
