import Foundation

/// A built site that `portal serve` keeps in memory, so that an edit to the Markdown body of one page is applied
/// to the served folder in place: that page's Markdown is rendered again, then only the files that show it.
///
/// Which files those are comes from the build itself: its own files; the lists, terms, archives, home page and
/// related pages whose contexts held its list item (``ListingIndex``), when its summary, title or params changed
/// (and for a new title, the pages of its project, whose items name it); the feeds that carry it; its language's
/// search index. An edit that touches anything else (other front matter, a new image, a file that is not one
/// page of the last build) gets ``Outcome/needsBuild(_:)``, and the caller builds the whole site.
public final class LiveSite: @unchecked Sendable {
    /// The site as last built or updated.
    public let site: Site
    let theme: Theme
    let contexts: ContextBuilder
    let listings: ListingIndex
    let options: BuildOptions
    /// Output paths the build produced (for the link check).
    private var produced: Set<String>
    private let pagesByID: [ObjectIdentifier: Page]
    /// Content-backed pages by source path (`content/news/x.bg.md`).
    private let pagesBySource: [String: Page]
    /// Pages by the URL links use (edits in place change no URL).
    private let pagesByHref: [String: Page]
    /// Homes, sections and terms with feeds.
    private let listsWithFeeds: [Page]
    /// Terms of the words the search indexes hold, for building a language's index again.
    private let searchWords: SearchWordCache

    /// What became of an edit.
    public enum Outcome: Sendable {
        /// Applied to the site in memory; its files are to be served now and written with ``commit(_:)``.
        case updated(LiveEdit)
        /// The edit has errors: the site and the served folder are as they were.
        case failed([Diagnostic])
        /// Not an edit this can apply; the reason, for the terminal.
        case needsBuild(String)
    }

    init(
        site: Site, theme: Theme, contexts: ContextBuilder, listings: ListingIndex, searchWords: SearchWordCache,
        options: BuildOptions, produced: Set<String>
    ) {
        self.searchWords = searchWords
        self.site = site
        self.theme = theme
        self.contexts = contexts
        self.listings = listings
        self.options = options
        self.produced = produced
        var byID: [ObjectIdentifier: Page] = [:]
        var bySource: [String: Page] = [:]
        for page in site.pages {
            byID[ObjectIdentifier(page)] = page
            if let path = page.document?.path.sourcePath { bySource[path] = page }
        }
        pagesByID = byID
        pagesBySource = bySource
        pagesByHref = AnchorChecker.pagesByHref(site)
        listsWithFeeds = FeedWriter.listsWithFeeds(site)
    }

    /// Milliseconds per step of the last update (`portal serve --timings`).
    public private(set) var lastStages: [(stage: String, seconds: Double)] = []

    /// Applies the edited content file at `path` (relative to the source folder) to the site and the served
    /// folder when only its Markdown body changed.
    public func update(_ path: String) -> Outcome {
        let timings = StageTimings()
        defer { lastStages = timings.stages }
        return update(path, timings: timings)
    }

    private func update(_ path: String, timings: StageTimings) -> Outcome {
        guard let page = pagesBySource[path], let old = page.document else {
            return .needsBuild("not a page of the last build")
        }
        guard let document = timings.measure("read", { reparse(path, old: old) }) else { return .needsBuild("the file could not be read as before") }
        guard document.path == old.path, Self.keepsItsPlace(page, from: old.frontMatter, to: document.frontMatter) else {
            return .needsBuild("front matter changed beyond the title, summary and params")
        }
        let before = PageRenderState(of: page)
        page.replaceDocument(document)
        page.title = document.frontMatter.title
        page.images = []
        page.leadImage = nil
        let log = DiagnosticLog()
        timings.measure("markdown") {
            ContentRenderer(site: site, theme: theme, sourceRoot: options.sourceRoot, log: log).render([page])
        }
        guard page.images.map(\.hash) == before.images.map(\.hash), page.images.map(\.path) == before.images.map(\.path) else {
            before.restore(to: page)
            return .needsBuild("the page's images changed")
        }
        let summaryChanged = page.summary != before.summary
        let titleChanged = page.title != before.title
        let itemChanged = summaryChanged || titleChanged || !document.frontMatter.hasSameParams(as: old.frontMatter)
        // The pages of a project show its title in their list items (`project.title`).
        let quoting = titleChanged ? page.related : []
        if itemChanged { contexts.refreshSummary(of: page) }
        for other in quoting { contexts.refreshSummary(of: other) }
        timings.measure("anchor targets") { markAnchorTargets(of: page) }

        let patch = FolderPatch()
        var rendered = 0
        do {
            rendered = try timings.measure("render") {
                try renderFiles(of: [page] + quoting, listedToo: itemChanged, into: patch, log: log)
            }
            try writeFeedsAndSearch(of: page, before: before, into: patch, timings: timings)
        } catch {
            log.error(path, "\(error)")
        }
        let produced = self.produced
        timings.measure("check links") {
            LocalLinkChecker(site: site, produced: { produced.contains($0) }, log: log).check([page])
            AnchorChecker(site: site, log: log).check(concerning: [page], byHref: pagesByHref)
        }
        if log.hasErrors {
            before.restore(to: page)
            if itemChanged { contexts.refreshSummary(of: page) }
            for other in quoting { contexts.refreshSummary(of: other) }
            return .failed(log.errors)
        }
        return .updated(LiveEdit(page: page, rendered: rendered, warnings: log.warnings, files: patch.contents, patch: patch))
    }

    /// Writes an edit's files into the output folder (each replaced atomically; unchanged ones left alone) and
    /// removes what it replaced; returns the paths written and removed.
    public func commit(_ edit: LiveEdit) throws -> [String] {
        let applied = try edit.patch.apply(to: options.outputRoot)
        produced.formUnion(applied.written)
        produced.subtract(applied.removed)
        return applied.written + applied.removed
    }

    /// The feeds that carry the page and its language's search index, when what they show of it changed.
    private func writeFeedsAndSearch(of page: Page, before: PageRenderState, into patch: FolderPatch, timings: StageTimings) throws {
        let summaryChanged = page.summary != before.summary
        let contentChanged = page.contentHTML != before.contentHTML
        guard contentChanged || summaryChanged || page.title != before.title else { return }
        let lists = listsWithFeeds.filter { list in
            (summaryChanged && list === page) || FeedWriter.items(of: list).contains { $0 === page }
        }
        try timings.measure("feeds") { try FeedWriter(site: site, writer: patch).write(lists: lists) }
        if let search = site.searchPages[page.language], contentChanged || page.title != before.title {
            patch.replaces(folder: SearchIndexWriter.folder(of: search))
            try timings.measure("search index") {
                var writer = SearchIndexWriter(site: site, writer: patch)
                writer.wordCache = searchWords
                try writer.write(language: page.language)
            }
        }
    }

    /// Whether a page whose front matter went from `old` to `new` keeps its place in the site: the same URL,
    /// lists, order, terms, translations, menus and redirects. Only the summary and params' values may change,
    /// and the title of a plain page that no menu or redirect page names.
    static func keepsItsPlace(_ page: Page, from old: FrontMatter, to new: FrontMatter) -> Bool {
        var rest = new
        rest.title = old.title
        rest.summary = old.summary
        rest.params = old.params
        guard rest == old, old.params.map(\.key) == new.params.map(\.key) else { return false }
        if new.title == old.title { return true }
        return page.kind == .page && !new.title.isEmpty && old.aliases.isEmpty && old.menus.isEmpty
    }

    /// Breaks the links between the site's pages so that its memory is freed (``Site/releaseLinks()``).
    public func release() {
        site.releaseLinks()
    }

    /// The document in the file now, or `nil` when it cannot be read or has any problem (a build reports it).
    private func reparse(_ path: String, old: SourceDocument) -> SourceDocument? {
        guard let data = FileManager.default.contents(atPath: options.sourceRoot.appendingPathComponent(path).path) else {
            return nil
        }
        let config = site.config
        let root = old.path.contentRoot
        let language = root == "content" ? nil : config.languages.first { $0.contentDir == root }?.code
        let log = DiagnosticLog()
        let document = ContentLoader.document(
            from: data, relative: String(path.dropFirst(root.count + 1)), languages: config.languages.map(\.code),
            defaultLanguage: config.defaultLanguage.code, taxonomies: config.taxonomies.map(\.key), log: log, root: root,
            language: language)
        return log.all.isEmpty ? document : nil
    }

    /// Pages that the edited page now links to with a fragment get their ids collected (from their served file,
    /// which this edit does not change), as a build's ``AnchorChecker/markTargets()`` would have.
    private func markAnchorTargets(of page: Page) {
        for link in page.anchoredLinks {
            guard let target = link.url.isEmpty ? page : pagesByHref[link.url], !target.collectsIDs else { continue }
            target.collectsIDs = true
            guard target !== page else { continue }
            let file = options.outputRoot.appendingPathComponent(target.outputPath).path
            if let data = FileManager.default.contents(atPath: file) {
                target.renderedIDs = HTMLIDs.collect(String(decoding: data, as: UTF8.self))
            }
        }
    }

    /// Renders the files of these pages and, with `listedToo`, every file that shows one of them as a list item;
    /// returns how many files were rendered.
    private func renderFiles(of pages: [Page], listedToo: Bool, into patch: FolderPatch, log: DiagnosticLog) throws -> Int {
        let renderer = PageRenderer(site: site, theme: theme, contexts: contexts, log: log)
        // Each page to render with the numbers of its pagination pages (`nil`: all of them).
        var work: [ObjectIdentifier: Set<Int>?] = [:]
        for page in pages {
            work[ObjectIdentifier(page)] = .some(nil)
            guard listedToo else { continue }
            for file in listings.files(showing: page) where work[file.page] != .some(nil) {
                var numbers = work[file.page].flatMap { $0 } ?? []
                numbers.insert(file.number)
                work[file.page] = numbers
            }
        }
        let targets = work.keys.compactMap { pagesByID[$0] }.sorted { $0.outputPath < $1.outputPath }
        let files = targets.parallelMap { target -> [OutputFile] in
            let made = renderer.render(target, numbers: work[ObjectIdentifier(target)] ?? nil)
            if target.collectsIDs, work[ObjectIdentifier(target)] == .some(nil), let first = made.first {
                target.renderedIDs = HTMLIDs.collect(first.contents)
            }
            return made
        }.flatMap { $0 }
        for file in files { try patch.write(file) }
        return files.count
    }
}
