import Foundation
import Yams

/// Reads `site.yaml` into a ``SiteConfig``, reporting every problem with its line.
public enum SiteConfigLoader {
    /// The file name at the source root.
    public static let fileName = "site.yaml"

    /// Loads the configuration from the source folder; `baseURL` overrides the file's (the `--base-url` option).
    public static func load(sourceRoot: URL, baseURL override: String? = nil, log: DiagnosticLog) throws -> SiteConfig {
        let path = fileName
        let url = sourceRoot.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BuildFailure([
                Diagnostic(
                    path: path, message: "no \(path) in \(sourceRoot.path)",
                    hint: "Run portal in the site's folder or pass --source; a site needs site.yaml with baseURL and languages.")
            ])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw BuildFailure([Diagnostic(path: path, message: "\(path) is not UTF-8 text")])
        }
        let node: Node?
        do {
            node = try YAMLDocument.parse(text, path: path)
        } catch {
            throw BuildFailure([error])
        }
        guard var reader = YAMLReader(node, path: path, firstLine: 1, log: log) else {
            throw BuildFailure([Diagnostic(path: path, line: 1, message: "\(path) must be a mapping of keys to values")])
        }
        let config = read(&reader, baseURLOverride: override, log: log)
        checkContentDirs(config, sourceRoot: sourceRoot, text: text, log: log)
        try log.throwIfErrors()
        return config
    }

    static func read(_ reader: inout YAMLReader, baseURLOverride: String?, log: DiagnosticLog) -> SiteConfig {
        let path = reader.path
        let written = reader.string("baseURL")
        var baseURL = baseURLOverride ?? written ?? ""
        if baseURLOverride == nil, reader.value("baseURL") == nil {
            log.error(path, line: 1, "baseURL is missing", hint: "Add e.g. 'baseURL: https://example.org/'.")
        }
        if !baseURL.isEmpty, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            let at = reader.keyLocation("baseURL")
            log.error(path, line: at.line, column: at.column, "baseURL must start with https:// or http://: '\(baseURL)'")
        }
        if !baseURL.hasSuffix("/") { baseURL += "/" }

        let siteTitle = reader.string("title")
        let siteDescription = reader.string("description")
        let defaultCode = reader.string("defaultLanguage") ?? reader.string("defaultContentLanguage")
        var languages = readLanguages(&reader, siteTitle: siteTitle, siteDescription: siteDescription, log: log)
        if let defaultCode, let index = languages.firstIndex(where: { $0.code == defaultCode }) {
            languages.insert(languages.remove(at: index), at: 0)
        } else if let defaultCode {
            let at = reader.keyLocation("defaultLanguage")
            log.error(path, line: at.line, column: at.column, "defaultLanguage '\(defaultCode)' is not among the languages")
        }
        let inSubdir = reader.bool("defaultContentLanguageInSubdir") ?? false
        for index in languages.indices {
            languages[index].urlPrefix = index == 0 && !inSubdir ? "" : "/" + languages[index].code
        }
        if languages.isEmpty {
            languages = [
                LanguageConfig(
                    code: "en", name: "English", title: siteTitle ?? "", description: siteDescription ?? "",
                    urlPrefix: "", menu: [], footerMenu: [], params: [])
            ]
        }

        let theme = reader.string("theme") ?? "default"
        var pageSize = reader.int("pageSize") ?? 10
        if pageSize < 1 {
            let at = reader.keyLocation("pageSize")
            log.error(path, line: at.line, column: at.column, "pageSize must be at least 1")
            pageSize = 10
        }
        let allowHTML = reader.bool("allowHTML") ?? false
        let author = readAuthor(&reader, fallback: languages[0].title)
        let taxonomies = readTaxonomies(&reader)
        let archives = reader.strings("archives") ?? ["news"]
        let params = readParams(reader.node("params"))
        let schemas = readSchemas(&reader)
        let search = reader.bool("search")
        let images = readImages(&reader)
        for (key, node) in reader.unreadKeys {
            let at = reader.location(of: node)
            log.warning(path, line: at.line, column: at.column, "unknown key '\(key)' in \(path)",
                hint: "Known keys: baseURL, title, description, defaultLanguage (or defaultContentLanguage), defaultContentLanguageInSubdir, languages, theme, pageSize, allowHTML, author, taxonomies, archives, schemas, search, images, params.")
        }
        var config = SiteConfig(
            baseURL: baseURL, languages: languages, theme: theme, pageSize: pageSize, allowHTML: allowHTML,
            author: author, taxonomies: taxonomies, archiveSections: archives, params: params, schemas: schemas)
        config.defaultLanguageInSubdir = inSubdir
        config.search = search
        config.images = images
        return config
    }

    /// Each `contentDir` must be a folder inside the source folder, and no two languages may share one.
    static func checkContentDirs(_ config: SiteConfig, sourceRoot: URL, text: String, log: DiagnosticLog) {
        var owners: [String: String] = [:]
        for language in config.languages {
            guard let dir = language.contentDir else { continue }
            let line = lineOfContentDir(dir, language: language.code, in: text)
            let components = dir.split(separator: "/")
            if dir.hasPrefix("/") || components.contains("..") || dir.isEmpty {
                log.error(fileName, line: line, column: 1, "contentDir '\(dir)' of \(language.code) is outside the site's folder",
                    hint: "Give a folder inside the site, such as content/\(language.code).")
                continue
            }
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: sourceRoot.appendingPathComponent(dir).path, isDirectory: &isFolder)
                || !isFolder.boolValue
            {
                log.error(fileName, line: line, column: 1, "contentDir '\(dir)' of \(language.code) does not exist",
                    hint: "Create the folder, or correct the path (relative to the folder of site.yaml).")
            }
            if let other = owners[dir] {
                log.error(fileName, line: line, column: 1, "\(language.code) and \(other) have the same contentDir '\(dir)'",
                    hint: "Give each language a folder of its own, or use file suffixes (x.\(language.code).md) in one folder.")
            }
            owners[dir] = language.code
        }
    }

    /// The line of a language's `contentDir:` in site.yaml, for messages (1 when not found).
    private static func lineOfContentDir(_ dir: String, language: String, in text: String) -> Int {
        var inLanguage = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix(language + ":") { inLanguage = true }
            if inLanguage, trimmed.contains("contentDir") { return index + 1 }
        }
        return 1
    }

    static func readLanguages(_ reader: inout YAMLReader, siteTitle: String?, siteDescription: String?, log: DiagnosticLog)
        -> [LanguageConfig]
    {
        guard let node = reader.node("languages") else { return [] }
        guard case .mapping(let mapping) = node else {
            reader.fail(node, "languages must be a mapping such as {bg: {name: Български}, en: {name: English}}")
            return []
        }
        var languages: [LanguageConfig] = []
        for (key, value) in mapping {
            guard let code = key.string else { continue }
            if code.range(of: "^[a-z]{2,3}(-[A-Za-z0-9]+)?$", options: .regularExpression) == nil {
                reader.fail(key, "'\(code)' is not a language code such as bg or en")
                continue
            }
            var language = LanguageConfig(
                code: code, name: code, title: siteTitle ?? "", description: siteDescription ?? "", urlPrefix: "",
                menu: [], footerMenu: [], params: [])
            language.direction = LanguageConfig.rightToLeft.contains(String(code.prefix { $0 != "-" })) ? "rtl" : "ltr"
            if var inner = YAMLReader(value, path: reader.path, firstLine: reader.firstLine, log: log) {
                // Hugo's names are accepted beside portal's: languageName, languageDirection.
                language.name = inner.string("name") ?? inner.string("languageName") ?? code
                if let directionNode = inner.node("direction") ?? inner.node("languageDirection") {
                    switch directionNode.string {
                    case "rtl", "ltr": language.direction = directionNode.string!
                    default: inner.fail(directionNode, "direction must be ltr or rtl")
                    }
                }
                _ = inner.int("weight")  // Hugo orders languages by weight; portal by their order in the file
                if let dir = inner.string("contentDir") {
                    var folder = dir
                    while folder.hasSuffix("/") { folder.removeLast() }
                    while folder.hasPrefix("./") { folder.removeFirst(2) }
                    language.contentDir = folder
                }
                language.title = inner.string("title") ?? language.title
                language.description = inner.string("description") ?? language.description
                language.menu = readMenu(&inner, key: "menu")
                language.footerMenu = readMenu(&inner, key: "footerMenu")
                language.params = readParams(inner.node("params"))
                for (unknown, node) in inner.unreadKeys {
                    inner.fail(node, "unknown key '\(unknown)' in language \(code)")
                }
            } else if value.null == nil {
                reader.fail(value, "language \(code) must be a mapping such as {name: English}")
            }
            languages.append(language)
        }
        return languages
    }

    static func readMenu(_ reader: inout YAMLReader, key: String) -> [MenuEntry] {
        guard let node = reader.node(key) else { return [] }
        guard case .sequence(let items) = node else {
            reader.fail(node, "\(key) must be a list of entries with name and url or page")
            return []
        }
        var entries: [MenuEntry] = []
        for item in items {
            guard var entry = YAMLReader(item, path: reader.path, firstLine: reader.firstLine, log: reader.log) else {
                reader.fail(item, "each \(key) entry must be a mapping with name and url or page")
                continue
            }
            let line = reader.location(of: item).line
            guard let name = entry.string("name") else {
                reader.fail(item, "a \(key) entry needs a name")
                continue
            }
            let url = entry.string("url"), page = entry.string("page")
            if url == nil && page == nil {
                reader.fail(item, "menu entry '\(name)' needs url or page")
                continue
            }
            entries.append(MenuEntry(name: name, url: url, page: page, line: line))
        }
        return entries
    }

    static func readAuthor(_ reader: inout YAMLReader, fallback: String) -> SiteConfig.Author {
        guard let node = reader.node("author") else { return .init(name: fallback) }
        if case .scalar(let scalar) = node { return .init(name: scalar.string) }
        guard var inner = YAMLReader(node, path: reader.path, firstLine: reader.firstLine, log: reader.log) else {
            return .init(name: fallback)
        }
        return .init(name: inner.string("name") ?? fallback, email: inner.string("email"), url: inner.string("url"))
    }

    /// `images: {widths: [480, 800], formats: [avif, webp], quality: 80, avifQuality: 55, maxPixels: …, budgetKB: 400, sizes: …}`
    static func readImages(_ reader: inout YAMLReader) -> ImageSettings {
        var settings = ImageSettings()
        guard let node = reader.node("images") else { return settings }
        guard var inner = YAMLReader(node, path: reader.path, firstLine: reader.firstLine, log: reader.log) else {
            reader.fail(node, "images must be a mapping such as {widths: [480, 800, 1200, 1600]}")
            return settings
        }
        if let widths = inner.node("widths") {
            let values = widths.sequence?.compactMap(\.int) ?? []
            if values.isEmpty || values.count != widths.sequence?.count || values.contains(where: { $0 < 16 || $0 > 8000 }) {
                inner.fail(widths, "images.widths must be a list of widths in pixels between 16 and 8000, such as [480, 800, 1200]")
            } else {
                settings.widths = Array(Set(values)).sorted()
            }
        }
        if let formats = inner.node("formats") {
            let names = formats.sequence?.compactMap(\.string) ?? []
            let known = names.compactMap { ImageFormat(rawValue: $0.lowercased()) }.filter { $0 == .avif || $0 == .webp }
            if known.count != names.count || formats.sequence == nil {
                inner.fail(formats, "images.formats must list avif and/or webp (or be [] for the original format only)")
            } else {
                settings.formats = known
            }
        }
        for (key, range) in [("quality", 1...100), ("avifQuality", 1...100), ("budgetKB", 1...100_000), ("maxPixels", 1...1_000_000_000)] {
            guard let value = inner.int(key) else { continue }
            guard range.contains(value) else {
                let at = inner.keyLocation(key)
                inner.log.error(inner.path, line: at.line, column: at.column, "images.\(key) must be between \(range.lowerBound) and \(range.upperBound)")
                continue
            }
            switch key {
            case "quality": settings.quality = value
            case "avifQuality": settings.avifQuality = value
            case "budgetKB": settings.budgetKB = value
            default: settings.maxPixels = value
            }
        }
        if let sizes = inner.string("sizes") { settings.sizes = sizes }
        for (key, node) in inner.unreadKeys {
            let at = inner.location(of: node)
            inner.log.warning(inner.path, line: at.line, column: at.column, "unknown key '\(key)' in images",
                hint: "Known keys: widths, formats, quality, avifQuality, maxPixels, budgetKB, sizes.")
        }
        return settings
    }

    /// `taxonomies: {tags: {bg: {slug: etiketi, title: Етикети}, en: tags, terms: [{bg: община, en: municipality}]}}`
    static func readTaxonomies(_ reader: inout YAMLReader) -> [TaxonomyConfig] {
        guard let node = reader.node("taxonomies") else { return [TaxonomyConfig(key: "tags", segments: [:])] }
        guard case .mapping(let mapping) = node else {
            reader.fail(node, "taxonomies must be a mapping such as {tags: {bg: etiketi, en: tags}}")
            return []
        }
        return mapping.compactMap { key, value in
            guard let name = key.string else { return nil }
            var taxonomy = TaxonomyConfig(key: name, segments: [:])
            guard case .mapping(let entries) = value else { return taxonomy }
            for (entryKey, entry) in entries {
                guard let code = entryKey.string else { continue }
                if code == "terms" {
                    guard case .sequence(let groups) = entry else {
                        reader.fail(entry, "terms must be a list such as [{bg: община, en: municipality}]")
                        continue
                    }
                    for group in groups {
                        guard case .mapping(let pairs) = group else { continue }
                        var translation: [String: String] = [:]
                        for (language, term) in pairs {
                            if let code = language.string, let text = term.string { translation[code] = text }
                        }
                        taxonomy.translatedTerms.append(translation)
                    }
                } else if let segment = entry.string {
                    taxonomy.segments[code] = Slug.make(segment)
                } else if case .mapping = entry {
                    taxonomy.segments[code] = entry["slug"]?.string.map(Slug.make)
                    taxonomy.titles[code] = entry["title"]?.string
                }
            }
            return taxonomy
        }
    }

    static func readSchemas(_ reader: inout YAMLReader) -> [ContentSchema] {
        guard let node = reader.node("schemas") else { return [] }
        guard case .mapping(let mapping) = node else {
            reader.fail(node, "schemas must be a mapping such as {news: {required: [date]}}")
            return []
        }
        return mapping.compactMap { key, value in
            guard let section = key.string else { return nil }
            guard var inner = YAMLReader(value, path: reader.path, firstLine: reader.firstLine, log: reader.log) else {
                reader.fail(value, "the schema of \(section) must be a mapping with required and optional lists")
                return nil
            }
            let schema = ContentSchema(
                section: section, required: inner.strings("required") ?? [], optional: inner.strings("optional") ?? [])
            for (unknown, node) in inner.unreadKeys { inner.fail(node, "unknown key '\(unknown)' in the schema of \(section)") }
            return schema
        }
    }

    static func readParams(_ node: Node?) -> [(key: String, value: ParamValue)] {
        guard let node, case .map(let pairs)? = ParamValue(node) else { return [] }
        return pairs
    }
}
