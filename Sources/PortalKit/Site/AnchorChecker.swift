/// Checks that links with a `#fragment` to content pages land on a heading that has that id.
struct AnchorChecker {
    let site: Site
    let log: DiagnosticLog

    func check() {
        var byHref: [String: Page] = [:]
        for page in site.pages { byHref[site.config.href(page.url)] = page }
        for page in site.pages {
            for link in page.anchoredLinks {
                let target = link.url.isEmpty ? page : byHref[link.url]
                guard let target, target.document != nil else { continue }
                if !target.headings.contains(where: { $0.id == link.fragment }) {
                    let available = target.headings.map { "#" + $0.id }.joined(separator: ", ")
                    log.error(
                        page.origin, line: link.line, column: 1,
                        "link to #\(link.fragment) on \(target.origin), which has no heading with that id",
                        hint: available.isEmpty ? "That page has no headings." : "Its headings: \(available).")
                }
            }
        }
    }
}
