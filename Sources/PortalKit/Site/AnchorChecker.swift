/// Checks that links with a `#fragment` to content pages land on an element with that id: a heading of the
/// Markdown, or any id the rendered page has (from a shortcode, raw HTML or the theme's template).
///
/// ``markTargets()`` runs before rendering, so the renderer collects the ids of just the pages links point at;
/// ``check()`` runs after.
struct AnchorChecker {
    let site: Site
    let log: DiagnosticLog

    /// Every page by the URL links to it are written with.
    static func pagesByHref(_ site: Site) -> [String: Page] {
        var byHref: [String: Page] = [:]
        for page in site.pages { byHref[site.config.href(page.url)] = page }
        return byHref
    }

    /// Marks the pages that anchored links point at, whose rendered ids the check needs.
    func markTargets() {
        let byHref = Self.pagesByHref(site)
        for page in site.pages {
            for link in page.anchoredLinks {
                let target = link.url.isEmpty ? page : byHref[link.url]
                target?.collectsIDs = true
            }
        }
    }

    /// Checks every anchored link, or with `concerning`, the links on those pages and the links to them.
    func check(concerning: [Page]? = nil, byHref known: [String: Page]? = nil) {
        let byHref = known ?? Self.pagesByHref(site)
        let concerned = concerning.map { Set($0.map(ObjectIdentifier.init)) }
        for page in site.pages {
            for link in page.anchoredLinks {
                let target = link.url.isEmpty ? page : byHref[link.url]
                guard let target, target.document != nil else { continue }
                if let concerned, !concerned.contains(ObjectIdentifier(page)), !concerned.contains(ObjectIdentifier(target)) {
                    continue
                }
                if !target.headings.contains(where: { $0.id == link.fragment }), !target.renderedIDs.contains(link.fragment) {
                    let available = target.headings.map { "#" + $0.id }.joined(separator: ", ")
                    log.error(
                        page.origin, line: link.line, column: 1,
                        "link to #\(link.fragment) on \(target.origin), which has no heading or element with that id",
                        hint: available.isEmpty ? "That page has no headings." : "Its headings: \(available).")
                }
            }
        }
    }
}
