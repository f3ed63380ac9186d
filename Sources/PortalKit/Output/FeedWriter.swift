import Foundation

/// Writes Atom 1.0, RSS 2.0 and JSON Feed 1.1 for every home, section and term page, per language.
///
/// Dates come from the content (never the time of the build); entries are the newest dated items.
struct FeedWriter {
    let site: Site
    let writer: any OutputSink
    /// The most entries a feed carries.
    static let limit = 20

    /// Which list pages get feeds: homes, sections and terms with at least one dated item.
    static func listsWithFeeds(_ site: Site) -> [Page] {
        site.pages.filter(FeedLinks.hasFeeds)
    }

    func writeAll() throws {
        try write(lists: FeedWriter.listsWithFeeds(site))
    }

    /// The feeds of these lists (each one of ``listsWithFeeds(_:)``).
    func write(lists: [Page]) throws {
        let formats = FeedFormats(site: site)
        // A page appears in several feeds (home, section, each tag): describe it once.
        let featured = FeedWriter.pages(in: lists)
        let pages = site.contentPages.filter { featured.contains(ObjectIdentifier($0)) }
        let described = pages.parallelMap(entry)
        var entries: [ObjectIdentifier: FeedEntry] = [:]
        for (page, entry) in zip(pages, described) { entries[ObjectIdentifier(page)] = entry }
        let writer = self.writer
        let site = self.site
        let failures: [Error?] = lists.parallelMap { list -> Error? in
            guard let language = site.config.language(list.language) else { return nil }
            let items = FeedWriter.items(of: list).compactMap { entries[ObjectIdentifier($0)] }
            do {
                try FeedWriter.write(list, entries: items, language: language, formats: formats, writer: writer)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// Every page these lists' feeds carry.
    static func pages(in lists: [Page]) -> Set<ObjectIdentifier> {
        Set(lists.flatMap { items(of: $0).map(ObjectIdentifier.init) })
    }

    /// The newest dated content pages of a list, as many as a feed carries.
    static func items(of list: Page) -> ArraySlice<Page> {
        list.items.filter { $0.date != nil && $0.kind == .page }.prefix(limit)
    }

    private static func write(
        _ list: Page, entries: [FeedEntry], language: LanguageConfig, formats: FeedFormats, writer: any OutputSink
    ) throws {
        let links = FeedLinks.feeds(of: list, siteTitle: language.title)
        let feed = FeedFormats.Feed(
            list: list, title: links[0].title, description: list.summary.nonEmpty ?? language.description,
            language: language.code, entries: entries)
        try writer.write(OutputFile(path: String(links[0].url.dropFirst()), contents: formats.atom(feed, selfURL: links[0].url)))
        try writer.write(OutputFile(path: String(links[1].url.dropFirst()), contents: formats.rss(feed, selfURL: links[1].url)))
        try writer.write(OutputFile(path: String(links[2].url.dropFirst()), contents: formats.json(feed, selfURL: links[2].url)))
    }

    private func entry(_ page: Page) -> FeedEntry {
        let config = site.config
        let permalink = config.absolute(page.url)
        let hostRoot = String(config.origin.dropLast(config.basePath.count))
        let translations = config.languages.compactMap { language -> (String, String)? in
            guard let version = page.translations[language.code] else { return nil }
            return (language.code, config.absolute(version.url))
        }
        let content = AbsoluteLinks.rewrite(page.contentHTML, hostRoot: hostRoot, pageURL: permalink)
        return FeedEntry(
            page: page, permalink: permalink, title: page.title, summary: page.summary,
            contentHTML: content, cdataContent: XMLText.cdata(content),
            published: page.date!, updated: page.lastmod ?? page.date!,
            categories: (page.terms["tags"] ?? []).map(\.title), translations: translations)
    }
}
