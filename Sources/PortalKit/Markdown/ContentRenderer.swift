/// Renders the Markdown of every content-backed page, in parallel, resolving content links against the site.
struct ContentRenderer {
    let site: Site
    let log: DiagnosticLog

    func renderAll() {
        let renderer = MarkdownRenderer(allowHTML: site.config.allowHTML)
        let resolver = ContentLinkResolver(site: site)
        let pages = site.pages.filter { $0.document != nil }
        let log = self.log
        _ = pages.parallelMap { page -> Bool in
            let document = page.document!
            let result = renderer.render(document.body, language: page.language) { resolver.resolve($0, from: page) }
            page.contentHTML = result.html
            page.headings = result.headings
            page.summary = Summary.make(
                frontMatter: document.frontMatter.summary, beforeMore: result.textBeforeMore,
                firstParagraph: result.firstParagraph)
            for broken in result.brokenLinks {
                log.error(
                    document.path.sourcePath, line: document.bodyFirstLine + broken.line - 1, column: 1, broken.message,
                    hint: "Link other pages by their content path, e.g. [text](../news/x.md) or [text](/projects/co-resp/index.md).")
            }
            page.anchoredLinks = result.anchoredLinks.map { ($0.url, $0.fragment, document.bodyFirstLine + $0.line - 1) }
            return true
        }
    }
}
