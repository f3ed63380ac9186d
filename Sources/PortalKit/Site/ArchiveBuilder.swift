/// Year archives of dated sections (`/novini/2024/`), one per year that has items, per language.
struct ArchiveBuilder {
    let config: SiteConfig
    let links: Permalinks

    func archives(sections: [String: [String: Page]]) -> [Page] {
        var result: [Page] = []
        for key in config.archiveSections {
            for language in config.languages {
                guard let section = sections[key]?[language.code] else { continue }
                var byYear: [Int: [Page]] = [:]
                for item in section.items where item.kind == .page {
                    if let year = item.date?.year { byYear[year, default: []].append(item) }
                }
                for year in byYear.keys.sorted(by: >) {
                    let archive = Page(
                        kind: .archive, language: language.code, url: links.archive(key, year, language.code),
                        title: "\(section.title) \(year)", translationKey: "archive:\(key):\(year)", section: key)
                    archive.year = year
                    archive.items = PageOrder.sorted(byYear[year]!)
                    archive.date = archive.items.compactMap(\.updated).max()
                    archive.sectionPage = section
                    result.append(archive)
                }
            }
        }
        return result
    }
}
