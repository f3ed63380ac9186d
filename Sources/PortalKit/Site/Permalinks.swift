/// The URL rules: the default language at the root, others under `/<lang>/`; every folder keeps its place in
/// the URL, a section's folder by its localized slug (`_index.<lang>.md` `slug:`), any other by its name.
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

    /// The URL path of a folder under `content/` (`events/2020-08`), each folder by its slug in `language`,
    /// ending in `/`: `/sabitia/2020-08/`.
    func folder(_ folder: String, _ language: String) -> String {
        var url = prefix(language) + "/"
        var key = ""
        for name in folder.split(separator: "/") {
            key = key.isEmpty ? String(name) : key + "/" + name
            var segment = sectionSlugs[key]?[language] ?? Slug.make(String(name))
            if segment.isEmpty { segment = "section" }
            url += segment + "/"
        }
        return url
    }

    func section(_ section: String, _ language: String) -> String {
        folder(section, language)
    }

    /// A content page's URL: `/novini/<slug>/`, `/en/about/`, `/events/2020-08/<slug>/`.
    func page(_ document: SourceDocument) -> String {
        let path = document.path
        var slug = document.frontMatter.slug.map(Slug.make) ?? ""
        if slug.isEmpty { slug = Slug.make(path.name) }
        if slug.isEmpty { slug = "page" }
        return folder(path.folders.joined(separator: "/"), path.language) + slug + "/"
    }

    func taxonomy(_ taxonomy: TaxonomyConfig, _ language: String) -> String {
        prefix(language) + "/" + taxonomy.segment(for: language) + "/"
    }

    func term(_ taxonomy: TaxonomyConfig, _ slug: String, _ language: String) -> String {
        self.taxonomy(taxonomy, language) + slug + "/"
    }

    /// A language's search page, named by the word for "search" in that language: `/tarsene/`, `/en/search/`.
    func search(_ language: String) -> String {
        prefix(language) + "/" + Slug.make(BuiltinStrings.table(language)["searchTitle"] ?? "Search") + "/"
    }

    func archive(_ section: String, _ year: Int, _ language: String) -> String {
        self.section(section, language) + String(year) + "/"
    }

    /// The URL of page `number` (1-based) of a list whose first page is at `url`.
    static func paginated(_ url: String, page number: Int) -> String {
        number <= 1 ? url : url + "page/\(number)/"
    }
}
