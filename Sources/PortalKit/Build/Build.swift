import Foundation

/// The build pipeline: config → content → site assembly → Markdown → templates → output.
///
/// Each stage reports problems to one ``DiagnosticLog`` and the build stops before writing when any was an
/// error, so one run shows an editor every mistake and never publishes a half-built site.
public enum Build {
    /// Builds the site described by `options`; throws ``BuildFailure`` listing every error.
    @discardableResult
    public static func run(_ options: BuildOptions, log: DiagnosticLog = DiagnosticLog()) throws -> BuildReport {
        let started = DispatchTime.now()
        let timings = StageTimings()
        var options = options
        if options.keepsBuildCache, !options.dryRun {
            let buildCache = timings.measure("read cache") { BuildCache.load(sourceRoot: options.sourceRoot) }
            options.buildCache = buildCache
            if options.markdownCache == nil { options.markdownCache = buildCache.markdown }
        }
        // What the work folder holds is listed while the site is read and assembled, when a core is often idle.
        let previous = options.dryRun ? nil : OutputWriter.listing(for: options.outputRoot)
        let (site, loadedTheme) = try assemble(options, log: log, timings: timings)
        do {
            return try write(
                site, theme: loadedTheme, options: options, log: log, timings: timings, started: started, previous: previous)
        } catch {
            site.releaseLinks()  // a failed build's pages are not handed to anyone: free them
            throw error
        }
    }

    /// Renders and writes an assembled site, then swaps it into place; throws ``BuildFailure`` listing every error.
    private static func write(
        _ site: Site, theme loadedTheme: Theme?, options: BuildOptions, log: DiagnosticLog, timings: StageTimings,
        started: DispatchTime, previous: FolderListing?
    ) throws -> BuildReport {
        guard let theme = loadedTheme else {
            try log.throwIfErrors()
            throw BuildFailure(log.errors)
        }

        if let problem = OutputLocation.check(output: options.outputRoot, source: options.sourceRoot) {
            throw BuildFailure(log.errors + [problem])
        }
        // With errors already found, the pages are still rendered, without writing, so the link and anchor checks
        // that need the rendered site report their findings in the same run.
        let writer: OutputWriter
        do {
            writer = try OutputWriter(
                outputRoot: options.outputRoot, dryRun: options.dryRun || log.hasErrors, previous: previous)
        } catch {
            throw BuildFailure([Diagnostic(path: options.outputRoot.path, message: "cannot prepare the output: \(error)")])
        }
        do {
            let siteWriter = SiteWriter(site: site, theme: theme, writer: writer, options: options, log: log, timings: timings)
            let pageCounts = try siteWriter.write()
            timings.measure("check links") {
                LocalLinkChecker(site: site, writer: writer, log: log).check()
                AnchorChecker(site: site, log: log).check()
            }
            try log.throwIfErrors()
            try timings.measure("swap output") { try writer.commit() }
            if let buildCache = options.buildCache { timings.measure("write cache") { buildCache.saveIfChanged() } }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            var report = BuildReport(
                pagesPerLanguage: pageCounts, filesWritten: writer.filesWritten, seconds: seconds, warnings: log.warnings,
                site: site, stages: timings.stages)
            report.imagesEncoded = site.imageStore?.encodedCount ?? 0
            report.imagesFromCache = site.imageStore?.cachedCount ?? 0
            if let cache = options.markdownCache {
                report.markdownFromCache = cache.reused
                report.markdownRendered = cache.rendered
            }
            report.frontMatterFromCache = options.buildCache?.frontMatter.reused ?? 0
            if let listings = siteWriter.listings, let searchWords = siteWriter.searchWords {
                report.live = LiveSite(
                    site: site, theme: theme, contexts: siteWriter.contexts, listings: listings, searchWords: searchWords,
                    options: options, produced: writer.writtenPaths)
            }
            return report
        } catch let failure as BuildFailure {
            throw failure  // nothing was exchanged: the output folder is as it was
        } catch {
            throw BuildFailure(log.errors + [Diagnostic(path: options.outputRoot.path, message: "\(error)")])
        }
    }

    /// The stages up to a fully linked site with rendered Markdown, without writing anything, and the theme
    /// (`nil` when it could not be loaded; the log says why).
    public static func assemble(_ options: BuildOptions, log: DiagnosticLog, timings: StageTimings = StageTimings())
        throws -> (site: Site, theme: Theme?)
    {
        let config = try SiteConfigLoader.load(sourceRoot: options.sourceRoot, baseURL: options.baseURL, log: log)
        let tree = timings.measure("load content") {
            var loader = ContentLoader(sourceRoot: options.sourceRoot, config: config, log: log, cache: options.contentCache)
            loader.frontMatterCache = options.buildCache?.frontMatter
            return loader.load()
        }
        var site = timings.measure("assemble site") {
            let site = SiteAssembler(config: config, options: options, log: log).assemble(tree)
            MenuResolver.validate(site, log: log)
            ContentValidator(site: site, sourceRoot: options.sourceRoot, log: log).validate()
            return site
        }
        let theme = timings.measure("load theme") {
            Theme.load(sourceRoot: options.sourceRoot, config: config, log: log)
        }
        if let theme, !site.searchPages.isEmpty, theme.template(["search"]) == nil {
            if config.search == true {
                log.warning(
                    "site.yaml", "search: true, but the theme '\(config.theme)' has no search template; no search pages written",
                    hint: "Add templates/search.mustache to the theme (docs/search.md), or remove `search: true`.")
            }
            site.removeSearch()
        }
        site.imageStore = ImageStore(settings: config.images, sourceRoot: options.sourceRoot)
        if let theme {
            timings.measure("render markdown") {
                var renderer = ContentRenderer(site: site, theme: theme, sourceRoot: options.sourceRoot, log: log)
                renderer.cache = options.markdownCache
                renderer.keepsBodies = options.keepsLiveSite || options.contentCache != nil
                renderer.renderAll()
                AnchorChecker(site: site, log: log).markTargets()
            }
        }
        return (site, theme)
    }
}
