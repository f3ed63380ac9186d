import Foundation

/// Renders the Markdown of every content-backed page, in parallel, resolving content links against the site
/// and running shortcodes with the theme's templates.
struct ContentRenderer {
    let site: Site
    let theme: Theme
    let sourceRoot: URL
    let log: DiagnosticLog
    /// Renders kept from the last build of this process (`portal serve`); `nil` renders every body.
    var cache: RenderedMarkdownCache? = nil
    /// Keep each page's Markdown body once rendered (`portal serve` renders an edited page's neighbours again).
    var keepsBodies = false

    func renderAll() {
        cache?.begin()
        defer { cache?.finish() }
        render(site.pages.filter { $0.document != nil })
    }

    /// Renders these content-backed pages (`portal serve` renders just the edited one again).
    func render(_ pages: [Page]) {
        let renderer = MarkdownRenderer(allowHTML: site.config.allowHTML)
        let resolver = ContentLinkResolver(site: site)
        let shortcodes = ShortcodeRenderer(site: site, theme: theme, sourceRoot: sourceRoot)
        let documents = DocumentLink(files: shortcodes.files, config: site.config)
        let log = self.log
        let store = site.imageStore
        let basePath = site.config.basePath
        let sizes = site.config.images.sizes
        let cache = self.cache
        let allowHTML = site.config.allowHTML
        pages.parallelForEach { page in
            let document = page.document!
            let fileLine = { (line: Int) in document.bodyFirstLine + line - 1 }
            // The lead image first: it is shown above the content, so it is the one that loads at once.
            if let store, let lead = document.frontMatter.image, ImageFormat.isProcessed(lead),
                let file = shortcodes.files.file(for: lead, page: page),
                let path = ImageReference.sitePath(of: lead, on: page, basePath: basePath)
            {
                let line = document.frontMatter.lines["image"] ?? 1
                switch store.publish(file, path: path, usedAt: (document.path.sourcePath, line, 1)) {
                case .success(let image):
                    page.leadImage = image
                    page.images.append(image)
                case .failure(let problem):
                    log.error(document.path.sourcePath, line: line, column: 1, problem.message, hint: problem.hint)
                }
            }
            let image: ((String, String, Bool, Int, Int) -> Result<String, ImageProblem>?)? = store.map { store in
                { url, alt, _, line, column in
                    guard ImageFormat.isProcessed(url), let file = shortcodes.files.file(for: url, page: page),
                        let path = ImageReference.sitePath(of: url, on: page, basePath: basePath)
                    else { return nil }
                    return store.publish(file, path: path, usedAt: (document.path.sourcePath, fileLine(line), column)).map {
                        // The page's first image (the lead image counts) loads at once; the others when scrolled to.
                        let eager = page.images.isEmpty
                        page.images.append($0)
                        return ImageMarkup.picture($0, alt: alt, eager: eager, sizes: sizes, href: site.config.href)
                    }
                }
            }
            let environment = MarkdownEnvironment(
                language: page.language, resolve: { resolver.resolve($0, from: page) },
                shortcode: { shortcodes.render($0, inner: $1, page: page) },
                strings: shortcodes.strings(for: page.language),
                document: { documents.label($0, page: page, strings: shortcodes.strings(for: page.language)) },
                wantsInnerMarkdown: { shortcodes.library.usesInnerMarkdown.contains($0) }, image: image)
            let result = cache?.render(
                path: document.path.sourcePath, body: document.body, environment: environment, allowHTML: allowHTML
            ) { renderer.render(document.body, environment: $0) } ?? renderer.render(document.body, environment: environment)
            if !keepsBodies { page.releaseBody() }
            page.contentHTML = result.html
            page.headings = result.headings
            page.summary = Summary.make(
                frontMatter: document.frontMatter.summary, beforeMore: result.textBeforeMore,
                firstParagraph: result.firstParagraph)
            for problem in result.problems {
                log.report(Diagnostic(
                    path: document.path.sourcePath, line: fileLine(problem.line), column: max(problem.column, 1),
                    severity: problem.severity, message: problem.message, hint: problem.hint))
            }
            page.anchoredLinks = result.anchoredLinks.map { ($0.url, $0.fragment, fileLine($0.line)) }
            page.localLinks = result.localLinks.map { link in
                var link = link
                link.line = fileLine(link.line)
                return link
            }
        }
    }
}
