import Yams

/// Reads front-matter YAML into ``FrontMatter``, reporting wrong types with their line and column.
public enum FrontMatterParser {
    /// Keys the generator understands; any other key becomes a param.
    public static let knownKeys: [String] = [
        "title", "date", "lastmod", "expiryDate", "draft", "summary", "slug", "translationKey", "aliases", "weight",
        "image", "image_alt", "project", "layout", "featured", "description", "build", "_build", "headless", "menu", "menus",
    ]

    /// Parses `yaml`, which starts on line `firstLine` of `path`.
    ///
    /// Problems go to `log`; the returned value holds whatever could be read so later stages still run.
    public static func parse(
        _ yaml: String?, path: String, firstLine: Int, taxonomies: [String], log: DiagnosticLog
    ) -> FrontMatter {
        parse(yaml, path: path, firstLine: firstLine, taxonomies: taxonomies, log: log, cache: nil)
    }

    /// Parses `yaml` as above, taking it from `cache` when the same text was read before without a problem.
    static func parse(
        _ yaml: String?, path: String, firstLine: Int, taxonomies: [String], log: DiagnosticLog, cache: FrontMatterCache?
    ) -> FrontMatter {
        guard let cache, let yaml else { return read(yaml, path: path, firstLine: firstLine, taxonomies: taxonomies, log: log) }
        let key = FrontMatterCache.key(yaml: yaml, firstLine: firstLine, taxonomies: taxonomies)
        if let kept = cache.matter(for: key) { return kept }
        let own = DiagnosticLog()
        let matter = read(yaml, path: path, firstLine: firstLine, taxonomies: taxonomies, log: own)
        let found = own.all
        for diagnostic in found { log.report(diagnostic) }
        if found.isEmpty { cache.store(matter, for: key) }
        return matter
    }

    private static func read(
        _ yaml: String?, path: String, firstLine: Int, taxonomies: [String], log: DiagnosticLog
    ) -> FrontMatter {
        var matter = FrontMatter()
        guard let yaml, !yaml.allSatisfy(\.isWhitespace) else { return matter }
        let node: Node?
        do {
            node = try YAMLDocument.parse(yaml, path: path, firstLine: firstLine)
        } catch {
            log.report(error)
            matter.unreadable = true
            return matter
        }
        guard var reader = YAMLReader(node, path: path, firstLine: firstLine, log: log) else {
            if let node {
                let line = (node.mark?.line ?? 1) + firstLine - 1
                log.error(path, line: line, column: 1, "front matter must be keys with values, such as 'title: …'")
                matter.unreadable = true
            }
            return matter
        }
        matter.writtenKeys = Set(reader.mapping.compactMap { key, value in value.null == nil ? key.string : nil })
        matter.title = reader.string("title") ?? ""
        matter.date = reader.date("date")
        matter.lastmod = reader.date("lastmod")
        matter.expiryDate = reader.date("expiryDate")
        matter.draft = reader.bool("draft") ?? false
        matter.summary = reader.string("summary") ?? reader.string("description")
        matter.slug = reader.string("slug")
        matter.translationKey = reader.string("translationKey")
        matter.aliases = reader.strings("aliases", allowSingle: true) ?? []
        matter.weight = reader.int("weight")
        matter.image = reader.string("image")
        matter.imageAlt = reader.string("image_alt")
        matter.project = reader.string("project")
        matter.layout = reader.string("layout")
        matter.featured = reader.bool("featured") ?? false
        matter.build = PageBuildOptions.read(&reader)
        matter.menus = FrontMatterMenu.read(&reader)
        for key in taxonomies {
            if let terms = reader.strings(key) { matter.terms[key] = terms }
        }
        for key in ["image", "aliases", "slug", "title", "project", "layout"] where reader.value(key) != nil {
            matter.lines[key] = reader.keyLocation(key).line
        }
        for (key, keyNode) in reader.unreadKeys {
            if let value = reader.value(key).flatMap(ParamValue.init) {
                matter.params.append((key, value))
                matter.lines["param:" + key] = reader.location(of: keyNode).line
            }
        }
        return matter
    }

    /// A known key one edit away from `key` (a likely typo: `titel`, `Title`, `tag`), if any.
    static func nearMiss(_ key: String, among known: [String]) -> String? {
        let lowered = key.lowercased()
        if let exact = known.first(where: { $0.lowercased() == lowered }) { return exact }
        return known.first { candidate in
            candidate.count > 3 && editDistance(Array(lowered), Array(candidate.lowercased()), limit: 1) <= 1
        }
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = Swift.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = Swift.min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
