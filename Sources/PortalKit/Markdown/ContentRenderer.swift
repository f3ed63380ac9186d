import Foundation

/// Renders the Markdown of every content-backed page, in parallel, resolving content links against the site
/// and running shortcodes with the theme's templates.
struct ContentRenderer {
    let site: Site
    let theme: Theme
    let sourceRoot: URL
    let log: DiagnosticLog

    func renderAll() {
        let renderer = MarkdownRenderer(allowHTML: site.config.allowHTML)
        let resolver = ContentLinkResolver(site: site)
        let shortcodes = ShortcodeRenderer(site: site, theme: theme, sourceRoot: sourceRoot)
        let documents = DocumentLink(files: shortcodes.files, config: site.config)
        let pages = site.pages.filter { $0.document != nil }
        let log = self.log
        _ = pages.parallelMap { page -> Bool in
            let document = page.document!
            let environment = MarkdownEnvironment(
                language: page.language, resolve: { resolver.resolve($0, from: page) },
                shortcode: { shortcodes.render($0, inner: $1, page: page) },
                strings: shortcodes.strings(for: page.language),
                document: { documents.label($0, page: page, strings: shortcodes.strings(for: page.language)) },
                wantsInnerMarkdown: { shortcodes.library.usesInnerMarkdown.contains($0) })
            let result = renderer.render(document.body, environment: environment)
            page.contentHTML = result.html
            page.headings = result.headings
            page.summary = Summary.make(
                frontMatter: document.frontMatter.summary, beforeMore: result.textBeforeMore,
                firstParagraph: result.firstParagraph)
            let fileLine = { (line: Int) in document.bodyFirstLine + line - 1 }
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
            return true
        }
    }
}
