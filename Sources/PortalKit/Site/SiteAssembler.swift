/// Turns loaded content into a ``Site``: decides which pages are published, gives each its URL, links
/// translations, builds sections, home pages, taxonomies, archives and relations, and finds URL clashes.
struct SiteAssembler {
    let config: SiteConfig
    let options: BuildOptions
    let log: DiagnosticLog

    func assemble(_ tree: ContentTree) -> Site {
        let documents = tree.documents.filter(isPublished)
        let links = Permalinks(config: config, documents: documents)
        var byBase: [String: [String: Page]] = [:]
        var contentPages: [Page] = []
        var sectionIndexes: [String: [String: SourceDocument]] = [:]
        var homeDocuments: [String: SourceDocument] = [:]
        var unrendered: [UnrenderedBundle] = []
        var unrenderedBases: Set<String> = []
        // Page URLs (slugs of titles and folders) on all cores: the rest of assembling is one thread's work.
        let pageURLs = documents.parallelMap { $0.path.kind == .page ? links.page($0) : "" }

        for (document, url) in zip(documents, pageURLs) {
            let path = document.path
            switch path.kind {
            case .home: homeDocuments[path.language] = document
            case .sectionIndex: sectionIndexes[path.base, default: [:]][path.language] = document
            case .page:
                let matter = document.frontMatter
                if matter.build.render == .never {
                    // No page and in no list; a bundle's files still go where its page would have been.
                    unrenderedBases.insert(path.base)
                    if matter.build.publishResources, let bundle = path.bundleSourceFolder, let files = tree.bundleResources[bundle] {
                        unrendered.append(UnrenderedBundle(folder: bundle, url: url, resources: files))
                    }
                    continue
                }
                let page = Page(
                    kind: .page, language: path.language, url: url, title: matter.title,
                    document: document, translationKey: "page:" + (matter.translationKey ?? path.base), section: path.section)
                page.date = matter.date
                page.lastmod = matter.lastmod
                page.weight = matter.weight
                if let bundle = path.bundleSourceFolder { page.resources = tree.bundleResources[bundle] ?? [] }
                if matter.title.isEmpty, !matter.unreadable {
                    log.error(
                        path.sourcePath, line: 1, column: 1, "the page has no title",
                        hint: "Add 'title: …' to the front matter between the '---' lines, or, in a file without front matter, start the text with a '# Title' line.")
                }
                contentPages.append(page)
                byBase[path.base, default: [:]][path.language] = page
            }
        }

        var pages = contentPages
        var homes: [String: Page] = [:]
        for language in config.languages {
            let document = homeDocuments[language.code]
            let home = Page(
                kind: .home, language: language.code, url: links.home(language.code),
                title: document?.frontMatter.title.nonEmpty ?? language.title, document: document, translationKey: "home")
            homes[language.code] = home
            byBase["", default: [:]][language.code] = home
        }

        let sectionTree = SectionTree(
            topLevel: contentPages.compactMap { $0.document?.path.folders.first }, indexed: Array(sectionIndexes.keys))
        for page in contentPages { page.section = sectionTree.section(of: page.document!.path.folders) }
        // `list: never` pages are in no list; `list: local` ones only in their own section's.
        let listedEverywhere = contentPages.filter { $0.frontMatter.build.list == .always }
        let membersByKey = Dictionary(grouping: contentPages.filter { $0.frontMatter.build.list != .never }) {
            SectionMemberKey(section: $0.section, language: $0.language)
        }
        var sections: [String: [String: Page]] = [:]
        // Deepest first, so a section's list can show the sections inside it as entries.
        for key in sectionTree.keys.sorted(by: { ($0.depth, $1) > ($1.depth, $0) }) {
            for language in config.languages {
                let members = membersByKey[SectionMemberKey(section: key, language: language.code)] ?? []
                let children = sectionTree.children(of: key).compactMap { sections[$0]?[language.code] }
                let document = sectionIndexes[key]?[language.code]
                guard !members.isEmpty || !children.isEmpty || document != nil else { continue }
                let section = Page(
                    kind: .section, language: language.code, url: links.section(key, language.code),
                    title: document?.frontMatter.title.nonEmpty ?? String(key.split(separator: "/").last ?? ""),
                    document: document, translationKey: "section:" + key, section: key)
                section.weight = document?.frontMatter.weight
                section.items = PageOrder.sorted(members + children)
                section.date = section.items.compactMap(\.updated).max()
                for member in members + children { member.sectionPage = section }
                sections[key, default: [:]][language.code] = section
                byBase[key, default: [:]][language.code] = section
            }
        }
        let sectionPages = sectionTree.keys.sorted().flatMap { key in config.languages.compactMap { sections[key]?[$0.code] } }
        pages += sectionPages

        let archives = ArchiveBuilder(config: config, links: links).archives(sections: sections)
        pages += archives

        let taxonomyBuilder = TaxonomyBuilder(config: config, links: links, log: log)
        let (taxonomyLists, termPages) = taxonomyBuilder.build(listedEverywhere)
        pages += taxonomyLists + termPages
        var taxonomies: [String: [String: Page]] = [:]
        for list in taxonomyLists { taxonomies[list.taxonomy!, default: [:]][list.language] = list }

        for language in config.languages {
            let home = homes[language.code]!
            home.items = PageOrder.sorted(listedEverywhere.filter { $0.language == language.code && $0.date != nil })
            home.date = home.items.compactMap(\.updated).max()
        }
        pages += config.languages.map { homes[$0.code]! }

        let notFound = Page(
            kind: .notFound, language: config.defaultLanguage.code, url: "/404.html", title: "404", translationKey: "404")
        pages.append(notFound)

        var searchPages: [String: Page] = [:]
        if config.search != false {
            // A site with its own page at the search URL (a Hugo site's content/search.md) keeps it.
            let taken = Set(pages.map(\.url))
            for language in config.languages where !taken.contains(links.search(language.code)) {
                let title = BuiltinStrings.table(language.code)["searchTitle"] ?? "Search"
                let page = Page(
                    kind: .search, language: language.code, url: links.search(language.code), title: title,
                    translationKey: "search")
                searchPages[language.code] = page
                pages.append(page)
            }
        }

        TranslationLinker.link(pages)
        RelationLinker(log: log).link(listedEverywhere, byBase: byBase)
        findURLClashes(pages)
        var site = Site(
            config: config, pages: pages, homes: homes, sections: sections, taxonomies: taxonomies, byBase: byBase,
            notFound: notFound, looseFiles: tree.looseFiles)
        site.unrenderedBundles = unrendered
        site.searchPages = searchPages
        site.looseFileSources = tree.looseFileSources
        site.unrenderedBases = unrenderedBases
        return site
    }

    /// Drafts, future pages and expired pages are left out unless the build asks for them.
    func isPublished(_ document: SourceDocument) -> Bool {
        let matter = document.frontMatter
        if matter.draft && !options.includeDrafts { return false }
        if !options.includeFuture {
            if let date = matter.date, date.instant > options.now { return false }
            if let expiry = matter.expiryDate, expiry.instant <= options.now { return false }
        }
        return true
    }

    /// Two pages that would write the same file: name both.
    func findURLClashes(_ pages: [Page]) {
        var owners: [String: Page] = [:]
        for page in pages {
            if let first = owners[page.url] {
                let line = page.frontMatter.lines["slug"] ?? 1
                log.error(
                    page.origin, line: line, column: 1,
                    "\(page.origin) and \(first.origin) would both be written to \(page.url)",
                    hint: "Give one of them a different 'slug:' in its front matter.")
            } else {
                owners[page.url] = page
            }
        }
    }
}

extension String {
    /// The string, or `nil` when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
