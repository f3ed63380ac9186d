import Foundation

/// Reads every file under `content/` and turns Markdown files into ``SourceDocument``s.
public struct ContentLoader {
    public let sourceRoot: URL
    public let config: SiteConfig
    public let log: DiagnosticLog

    /// Documents kept from an earlier build of the same process, reused when their file is unchanged.
    public var cache: ParsedContentCache?
    /// Front matter read by earlier builds (`.portal-cache/`), reused when its text is unchanged.
    var frontMatterCache: FrontMatterCache?

    public init(sourceRoot: URL, config: SiteConfig, log: DiagnosticLog, cache: ParsedContentCache? = nil) {
        self.sourceRoot = sourceRoot
        self.config = config
        self.log = log
        self.cache = cache
    }

    /// Loads the content tree: `content/`, and each language's own `contentDir` where site.yaml gives one.
    /// Problems in single files are logged; the other files still load.
    public func load() -> ContentTree {
        var roots: [(folder: String, language: LanguageConfig?)] = config.languages.compactMap { language in
            guard let dir = language.contentDir, dir != "content" else { return nil }
            return (dir, language)
        }
        let languageFolders = roots.map(\.folder)
        // As in Hugo, content/ itself is read only while some language has no folder of its own.
        if config.languages.contains(where: { $0.contentDir == nil || $0.contentDir == "content" }) {
            roots.append(("content", nil))
        }
        var tree = ContentTree(documents: [], bundleResources: [:], looseFiles: [])
        cache?.begin(settings: [
            config.languages.map { "\($0.code)=\($0.contentDir ?? "")" }.joined(separator: ","),
            config.defaultLanguage.code, config.taxonomies.map(\.key).joined(separator: ","),
        ].joined(separator: "|"))
        for (folder, language) in roots {
            var files = FileTree.files(under: sourceRoot.appendingPathComponent(folder))
            // A language's folder inside content/ is read as that language's, not as part of content/.
            let nested = languageFolders.filter { $0.hasPrefix(folder + "/") }.map { String($0.dropFirst(folder.count + 1)) + "/" }
            if !nested.isEmpty { files.removeAll { file in nested.contains { file.hasPrefix($0) } } }
            load(files, root: folder, language: language, into: &tree)
        }
        cache?.finish()
        tree.documents.sort { $0.path.sourcePath < $1.path.sourcePath }
        return tree
    }

    private func load(_ files: [String], root: String, language: LanguageConfig?, into tree: inout ContentTree) {
        let markdown = files.filter { $0.hasSuffix(".md") }
        let others = files.filter { !$0.hasSuffix(".md") && !$0.hasPrefix(".") && !$0.contains("/.") }
        let languages = config.languages.map(\.code)
        let defaultLanguage = config.defaultLanguage.code
        let taxonomies = config.taxonomies.map(\.key)
        let log = self.log
        // Paths joined as text: a URL per file cost more than the rest of finding and reading it.
        let rootPath = sourceRoot.appendingPathComponent(root).path
        let cache = self.cache
        let frontMatterCache = self.frontMatterCache
        // `portal serve` keeps parsed files and reads only the changed ones again: nothing to ask for ahead there.
        if cache == nil { ReadAhead(roots: [rootPath], paths: markdown).start() }
        var documents: [SourceDocument?] = markdown.parallelMap { relative in
            let full = rootPath + "/" + relative
            // The stamp is taken before the read: a file changed in between is parsed again next time.
            let stamp = cache == nil ? nil : FileTree.stamp(of: full)
            if let cache, let stamp, let kept = cache.document(at: full, stamp: stamp) { return kept }
            guard let data = FileManager.default.contents(atPath: full) else {
                log.error(root + "/" + relative, "the file could not be read")
                return nil
            }
            let own = cache == nil ? log : DiagnosticLog()
            let document = ContentLoader.document(
                from: data, relative: relative, languages: languages, defaultLanguage: defaultLanguage,
                taxonomies: taxonomies, log: own, root: root, language: language?.code, frontMatterCache: frontMatterCache)
            if let cache {
                let found = own.all
                for diagnostic in found { log.report(diagnostic) }
                cache.store(found.isEmpty ? document : nil, at: full, stamp: stamp)
            }
            return document
        }
        // Moved into the tree, not copied: a copy retains and releases every string, list and map of a document.
        let firstLoaded = tree.documents.endIndex
        tree.documents.reserveCapacity(firstLoaded + documents.count)
        for index in documents.indices {
            if let document = documents[index].take() { tree.documents.append(document) }
        }
        let bundles = Set(tree.documents[firstLoaded...].compactMap(\.path.bundleFolder))
        for file in others {
            let folder = (file as NSString).deletingLastPathComponent
            if let bundle = ContentLoader.enclosingBundle(folder, bundles: bundles) {
                let name = bundle == folder ? (file as NSString).lastPathComponent : String(file.dropFirst(bundle.count + 1))
                tree.bundleResources[root + "/" + bundle, default: []].append(name)
            } else if let language {
                // Loose files of a language's folder go under that language's URL prefix.
                let output = String((language.urlPrefix + "/" + file).dropFirst())
                tree.looseFiles.append(output)
                tree.looseFileSources[output] = root + "/" + file
            } else {
                tree.looseFiles.append(file)
            }
        }
    }

    static func enclosingBundle(_ folder: String, bundles: Set<String>) -> String? {
        var current = folder
        while !current.isEmpty {
            if bundles.contains(current) { return current }
            current = (current as NSString).deletingLastPathComponent
        }
        return nil
    }

    /// Turns the bytes of a content file at `relative` (under `content/`) into a document, or logs why not.
    ///
    /// Everything the loader does after reading the file; public so the fuzzer can feed it any bytes.
    public static func document(
        from data: Data, relative: String, languages: [String], defaultLanguage: String, taxonomies: [String],
        log: DiagnosticLog, root: String = "content", language: String? = nil, frontMatterCache: FrontMatterCache? = nil
    ) -> SourceDocument? {
        let path: ContentPath
        switch ContentPath.classify(
            relative: relative, languages: languages, defaultLanguage: defaultLanguage, root: root, language: language)
        {
        case .success(let value): path = value
        case .failure(let diagnostic):
            log.report(diagnostic)
            return nil
        }
        guard let text = String(validatingUTF8Data: data) else {
            let (line, column) = firstInvalidUTF8(in: data)
            log.error(
                path.sourcePath, line: line, column: column, "the file is not valid UTF-8 text",
                hint: "Save the file as UTF-8 (most editors offer this under 'Save with encoding').")
            return nil
        }
        let parts: FrontMatterSplitter.Parts
        do {
            parts = try FrontMatterSplitter.split(text, path: path.sourcePath)
        } catch {
            log.report(error)
            return nil
        }
        var yaml = parts.yaml
        if parts.isTOML, let toml = yaml {
            yaml = TOMLFrontMatter.yaml(from: toml, path: path.sourcePath, firstLine: parts.yamlFirstLine, log: log)
            if yaml == nil { return nil }
        }
        var matter = FrontMatterParser.parse(
            yaml, path: path.sourcePath, firstLine: parts.yamlFirstLine, taxonomies: taxonomies, log: log,
            cache: frontMatterCache)
        var body = parts.body
        var bodyFirstLine = parts.bodyFirstLine
        if parts.yaml == nil, let heading = TitleHeading.find(in: body) {
            // A file without front matter takes its title from its first `# heading`, which then is not repeated.
            matter.title = heading.title
            body = heading.rest
            bodyFirstLine += heading.linesRemoved
        }
        return SourceDocument(path: path, frontMatter: matter, body: body, bodyFirstLine: bodyFirstLine)
    }

    /// Line and column (in bytes) of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(in data: Data) -> (Int, Int) {
        let bytes = [UInt8](data)
        var line = 1, lineStart = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, index - lineStart + 1)
            }
            if index + length > bytes.count { return (line, index - lineStart + 1) }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return (line, index - lineStart + 1)
            }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return (line, 1)
    }
}

extension String {
    /// Decodes UTF-8, returning `nil` (instead of repairing) when the bytes are not valid UTF-8; a byte order mark
    /// stays (``FrontMatterSplitter`` drops it).
    init?(validatingUTF8Data data: Data) {
        if #available(macOS 15.0, *) {
            guard let text = String(validating: data, as: UTF8.self) else { return nil }
            self = text
        } else {
            guard let text = String(bytes: data, encoding: .utf8) else { return nil }
            self = text
        }
    }
}
