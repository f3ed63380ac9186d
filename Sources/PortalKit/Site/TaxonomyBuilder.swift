/// Builds, per language, each taxonomy's list of terms and a page per term with the pages that carry it.
///
/// A term's URL is its transliterated slug (`/etiketi/obshtina/`); terms that differ only in case or
/// punctuation share one page. Terms are linked to their translations by site.yaml's `terms` mapping, or by
/// being written the same way in both languages.
struct TaxonomyBuilder {
    let config: SiteConfig
    let links: Permalinks
    let log: DiagnosticLog

    /// Returns the taxonomy list pages and the term pages; sets `terms` on every content page.
    func build(_ pages: [Page]) -> (lists: [Page], terms: [Page]) {
        var lists: [Page] = []
        var termPages: [Page] = []
        // A term is named on many pages: its slug is made once.
        var slugs: [String: String] = [:]
        for taxonomy in config.taxonomies {
            let canonical = canonicalKeys(taxonomy)
            for language in config.languages {
                var terms: [String: Page] = [:]
                var order: [String] = []
                for page in pages where page.language == language.code {
                    for name in page.frontMatter.terms[taxonomy.key] ?? [] {
                        let slug: String
                        if let made = slugs[name] {
                            slug = made
                        } else {
                            slug = Slug.make(name)
                            slugs[name] = slug
                        }
                        guard !slug.isEmpty else { continue }
                        let term: Page
                        if let existing = terms[slug] {
                            term = existing
                        } else {
                            let key = canonical[language.code]?[slug] ?? slug
                            term = Page(
                                kind: .term, language: language.code, url: links.term(taxonomy, slug, language.code),
                                title: name, translationKey: "term:\(taxonomy.key):\(key)")
                            term.taxonomy = taxonomy.key
                            terms[slug] = term
                            order.append(slug)
                        }
                        // A page naming one term twice ("CO-RESP", "co-resp") is listed once.
                        if !(page.terms[taxonomy.key] ?? []).contains(where: { $0 === term }) {
                            term.items.append(page)
                            page.terms[taxonomy.key, default: []].append(term)
                        }
                    }
                }
                guard !terms.isEmpty else { continue }
                let collation = Collation(language: language.code)
                let sortedTerms = collation.sorted(order.map { terms[$0]! }, by: \.title)
                // Each term's pages in list order, on all cores (each term is its own page object).
                sortedTerms.parallelForEach { term in
                    term.items = PageOrder.sorted(term.items)
                    term.date = term.items.compactMap(\.updated).max()
                }
                let list = Page(
                    kind: .taxonomy, language: language.code, url: links.taxonomy(taxonomy, language.code),
                    title: taxonomy.title(for: language.code), translationKey: "taxonomy:" + taxonomy.key)
                list.taxonomy = taxonomy.key
                list.items = sortedTerms
                lists.append(list)
                termPages += sortedTerms
            }
        }
        return (lists, termPages)
    }

    /// For each language, term slug → the slug of the same term in the default language.
    private func canonicalKeys(_ taxonomy: TaxonomyConfig) -> [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        let defaultCode = config.defaultLanguage.code
        for group in taxonomy.translatedTerms {
            guard let anchor = group[defaultCode] ?? group.values.sorted().first else { continue }
            let key = Slug.make(anchor)
            for (language, term) in group { result[language, default: [:]][Slug.make(term)] = key }
        }
        return result
    }
}
