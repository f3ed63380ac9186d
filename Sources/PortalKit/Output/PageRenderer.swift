/// Renders pages through the theme: picks each page's template, paginates lists, and returns the files.
struct PageRenderer {
    let site: Site
    let theme: Theme
    let contexts: ContextBuilder
    let log: DiagnosticLog
    /// Renders kept from the last build of this process (`portal serve`); `nil` renders every page.
    var cache: RenderedPageCache? = nil
    /// Records which files show which pages as list items (`portal serve`); `nil` records nothing.
    var listings: ListingIndex? = nil

    /// Template names tried for a page, most specific first.
    func candidates(_ page: Page) -> [String] {
        var names: [String] = []
        if let layout = page.frontMatter.layout { names.append(layout) }
        // A nested section's templates, then those of each section around it: events/2020-08/page, events/page.
        let sections = page.section.sectionKeysOutward
        let section = page.section
        switch page.kind {
        case .page: names += sections.map { "\($0)/page" } + ["page"]
        case .section: names += sections.map { "\($0)/list" } + ["section", "list"]
        case .home: names += ["home", "list"]
        case .taxonomy: names += ["taxonomy", "list"]
        case .term: names += ["term", "list"]
        case .archive: names += ["\(section)/archive", "archive", "section", "list"]
        case .notFound: names += ["404", "page"]
        case .search: names += ["search"]
        }
        return names
    }

    /// The page's files; with `numbers`, only those pages of a paginated list (page 1 of any other page).
    func render(_ page: Page, numbers: Set<Int>? = nil) -> [OutputFile] {
        let names = candidates(page)
        guard let template = theme.template(names) else {
            log.error(
                "themes/\(theme.name)/templates", "no template for \(page.kind.rawValue) page \(page.url)",
                hint: "Add one of: \(names.map { $0 + ".mustache" }.joined(separator: ", ")).")
            return []
        }
        switch page.kind {
        case .section, .term, .archive:
            return paginate(page, template: template, numbers: numbers)
        case .home:
            let context = contexts.context(for: page)
            // The latest items are the news section's first page when the site has one (its order honours
            // weight for undated items), else the newest dated pages.
            let news = site.config.archiveSections.lazy.compactMap { site.sections[$0]?[page.language] }.first
            let latest = Array((news?.items ?? page.items).filter { $0.kind == .page }.prefix(site.config.pageSize))
            context.lists["latest"] = latest.map(contexts.summary)
            if let news { context.lists["news"] = contexts.summary(news) }
            context.lists["featured"] = PageOrder.sorted(site.contentPages.filter {
                $0.language == page.language && $0.frontMatter.featured
            }).map(contexts.summary)
            context.lists["sections"] = site.config.archiveSections.compactMap { site.sections[$0]?[page.language] }
                .map(contexts.summary)
            return [file(page.outputPath, template, context, page: page)]
        case .taxonomy:
            let context = contexts.context(for: page)
            context.lists["terms"] = page.items.map(contexts.summary)
            return [file(page.outputPath, template, context, page: page)]
        case .page, .notFound, .search:
            let context = contexts.context(for: page)
            return [file(page.outputPath, template, context, page: page)]
        }
    }

    /// Page 1 at the list's URL, page N at `page/N/`.
    private func paginate(_ page: Page, template: String, numbers: Set<Int>?) -> [OutputFile] {
        let size = site.config.pageSize
        let total = Pager.pageCount(of: page, size: size)
        var files: [OutputFile] = []
        for number in 1...total where numbers?.contains(number) ?? true {
            let url = Permalinks.paginated(page.url, page: number)
            let items = page.items.dropFirst((number - 1) * size).prefix(size)
            let pager = Pager(number: number, total: total, baseURL: page.url, site: site)
            let pagerContext = PagerContext(pager: pager, items: items.map(contexts.summary))
            let context = contexts.context(for: page, pager: pagerContext, number: number)
            let path = String(url.dropFirst()) + "index.html"
            files.append(file(path, template, context, page: page, number: number))
        }
        return files
    }

    /// One rendered file; from the cache when this template and context were rendered at this path last time.
    private func file(_ path: String, _ template: String, _ context: PageContext, page: Page, number: Int = 1) -> OutputFile {
        // Only a kept build (`portal serve`) needs every value at once, to record and fingerprint them.
        let values = listings != nil || cache != nil ? context.values : [:]
        listings?.record(values, page: page, number: number)
        guard let cache else { return OutputFile(path: path, contents: theme.render(template, context: context)) }
        let fingerprint = ContextFingerprint.of(values, template: template).map { context in
            var hasher = Hasher()
            hasher.combine(context)
            hasher.combine(theme.templateFingerprints[template] ?? 0)
            return hasher.finalize()
        }
        return OutputFile(path: path, contents: cache.contents(at: path, fingerprint: fingerprint) {
            theme.render(template, context: context)
        })
    }
}
