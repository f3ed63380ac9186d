import Foundation

/// Writes an assembled site: pages through the theme, then static files, bundle resources, feeds,
/// the sitemap, robots.txt and redirects for aliases.
struct SiteWriter {
    let site: Site
    let theme: Theme
    let writer: OutputWriter
    let options: BuildOptions
    let log: DiagnosticLog
    let timings: StageTimings
    /// The values templates see, built by ``write()``.
    let contexts: ContextBuilder
    /// Records which files show which pages, when the build is kept (``BuildOptions/keepsLiveSite``).
    let listings: ListingIndex?
    /// Terms of the indexed words, kept with the build for the search indexes of later edits in place.
    let searchWords: SearchWordCache?

    init(site: Site, theme: Theme, writer: OutputWriter, options: BuildOptions, log: DiagnosticLog, timings: StageTimings) {
        self.site = site
        self.theme = theme
        self.writer = writer
        self.options = options
        self.log = log
        self.timings = timings
        contexts = ContextBuilder(site: site, theme: theme, fingerprinted: options.renderCache != nil)
        listings = options.keepsLiveSite ? ListingIndex() : nil
        searchWords = options.keepsLiveSite ? SearchWordCache() : nil
    }

    /// Returns the number of HTML pages written per language.
    func write() throws -> [(language: String, count: Int)] {
        let contexts = self.contexts
        timings.measure("describe pages") { contexts.prepareSummaries() }
        var renderer = PageRenderer(site: site, theme: theme, contexts: contexts, log: log)
        renderer.cache = options.renderCache
        renderer.listings = listings
        options.renderCache?.begin()
        defer { options.renderCache?.finish() }
        let writer = self.writer
        let log = self.log
        let contentReadLater = contentReadAfterRendering()
        // Each page is written as soon as it is rendered; only the number of files is kept.
        let written: [Int] = timings.measure("render pages") { site.pages.parallelMap { page in
            let files = renderer.render(page)
            if page.collectsIDs, let first = files.first { page.renderedIDs = HTMLIDs.collect(first.contents) }
            for file in files {
                do { try writer.write(file) } catch { log.error(page.origin, "\(error)") }
            }
            if let contentReadLater, !contentReadLater.contains(ObjectIdentifier(page)) { page.releaseContent() }
            return files.count
        } }
        var counts: [String: Int] = [:]
        for (page, count) in zip(site.pages, written) where page.kind != .notFound {
            counts[page.language, default: 0] += count
        }
        try timings.measure("copy resources") { try writeResources() }
        if let store = site.imageStore {
            timings.measure("images") { store.writeAll(to: writer, log: log, dryRun: writer.dryRun) }
            if !writer.dryRun { warnAboutHeavyPages(store.settings) }
        }
        try timings.measure("search index") {
            var search = SearchIndexWriter(site: site, writer: writer)
            search.wordCache = searchWords
            try search.writeAll()
        }
        try timings.measure("feeds") { try FeedWriter(site: site, writer: writer).writeAll() }
        // A robots.txt of the site's own (in content/ or a static folder) is published instead of the generated one.
        let ownRobots = site.looseFiles.contains("robots.txt")
            || theme.staticFolders.contains { FileManager.default.fileExists(atPath: $0.appendingPathComponent("robots.txt").path) }
        try timings.measure("sitemap") { try SitemapWriter(site: site, writer: writer, writeRobots: !ownRobots).write() }
        try timings.measure("redirects") { try RedirectWriter(site: site, theme: theme, writer: writer, log: log).writeAll() }
        try timings.measure("static files") { try copyStatic() }
        return site.config.languages.map { ($0.code, counts[$0.code] ?? 0) }
    }

    /// The pages whose HTML is read after they are rendered: those the feeds carry. `nil` (every page) when the
    /// build is kept (`portal serve`) or the search index reads every page's text.
    private func contentReadAfterRendering() -> Set<ObjectIdentifier>? {
        if options.keepsLiveSite || !site.searchPages.isEmpty { return nil }
        return FeedWriter.pages(in: FeedWriter.listsWithFeeds(site))
    }

    /// Files beside bundle pages and loose files under content/.
    private func writeResources() throws {
        let root = options.sourceRoot
        for page in site.contentPages where !page.resources.isEmpty {
            guard let bundle = page.document?.path.bundleSourceFolder else { continue }
            for name in page.resources {
                let target = String(page.url.dropFirst()) + name
                let source = root.appendingPathComponent(bundle).appendingPathComponent(name)
                // Photos are never published as they came from the camera: a stripped copy takes the original's place.
                if let store = site.imageStore, ImageFormat.isProcessed(name) {
                    if !store.knows(target),
                        case .failure(let problem) = store.publish(source, path: target, variants: false, usedAt: (page.origin, 1, 1))
                    {
                        log.error("\(bundle)/\(name)", problem.message, hint: problem.hint)
                    }
                    continue
                }
                try writer.copy(from: source, to: target)
            }
        }
        for bundle in site.unrenderedBundles {
            for name in bundle.resources {
                try writer.copy(
                    from: root.appendingPathComponent(bundle.folder).appendingPathComponent(name),
                    to: String(bundle.url.dropFirst()) + name)
            }
        }
        for file in site.looseFiles {
            try writer.copy(from: root.appendingPathComponent(site.looseFileSources[file] ?? "content/" + file), to: file)
        }
    }

    /// Pages whose images weigh more than the budget on a phone (each at its smallest width, in the first
    /// format offered) get a warning.
    private func warnAboutHeavyPages(_ settings: ImageSettings) {
        for page in site.contentPages where !page.images.isEmpty {
            var seen: Set<String> = []
            let bytes = page.images.filter { seen.insert($0.path).inserted }.compactMap(\.phoneBytes).reduce(0, +)
            guard bytes > settings.budgetKB * 1024 else { continue }
            log.warning(
                page.origin, "the page's images weigh \(bytes / 1024) KB on a phone, more than the budget of \(settings.budgetKB) KB",
                hint: "Use fewer or smaller images on this page, or raise images.budgetKB in site.yaml.")
        }
    }

    /// The theme's static folder, then the site's (which wins); never over a generated page.
    private func copyStatic() throws {
        var copied: [String: URL] = [:]
        for folder in theme.staticFolders {
            for relative in FileTree.files(under: folder) { copied[relative] = folder.appendingPathComponent(relative) }
        }
        for (relative, source) in copied.sorted(by: { $0.key < $1.key }) {
            if site.imageStore?.publishes(relative) == true { continue }  // written stripped, with its widths
            if writer.exists(relative) {
                log.warning(
                    "static/\(relative)", "static file not copied: a generated page or file already has the path /\(relative)")
                continue
            }
            try writer.copy(from: source, to: relative)
        }
    }
}
