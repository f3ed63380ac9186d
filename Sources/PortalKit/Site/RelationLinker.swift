/// Links news items to their project (`project: co-resp`) and gives each project its related items.
struct RelationLinker {
    let log: DiagnosticLog

    func link(_ pages: [Page], byBase: [String: [String: Page]]) {
        for page in pages {
            guard let reference = page.frontMatter.project, !reference.isEmpty else { continue }
            let candidates = byBase[reference] ?? byBase["projects/" + reference]
                ?? byBase.keys.sorted().first { $0.hasSuffix("/" + reference) }.flatMap { byBase[$0] }
            guard let versions = candidates, let target = versions[page.language] ?? versions.values.first else {
                log.error(
                    page.origin, line: page.frontMatter.lines["project"] ?? 1, column: 1,
                    "project '\(reference)' does not match any page",
                    hint: "Use the project's content path, e.g. 'project: co-resp' for content/projects/co-resp/.")
                continue
            }
            page.project = target
            target.related.append(page)
        }
        for page in pages where page.related.count > 1 {
            page.related = PageOrder.sorted(page.related)
        }
    }
}
