import Foundation

/// Reads every file under `content/` and turns Markdown files into ``SourceDocument``s.
public struct ContentLoader {
    public let sourceRoot: URL
    public let config: SiteConfig
    public let log: DiagnosticLog

    public init(sourceRoot: URL, config: SiteConfig, log: DiagnosticLog) {
        self.sourceRoot = sourceRoot
        self.config = config
        self.log = log
    }

    /// Loads the content tree. Problems in single files are logged; the other files still load.
    public func load() -> ContentTree {
        let contentRoot = sourceRoot.appendingPathComponent("content")
        let files = FileTree.files(under: contentRoot)
        let markdown = files.filter { $0.hasSuffix(".md") }
        let others = files.filter { !$0.hasSuffix(".md") && !$0.hasPrefix(".") && !$0.contains("/.") }
        let languages = config.languages.map(\.code)
        let defaultLanguage = config.defaultLanguage.code
        let taxonomies = config.taxonomies.map(\.key)
        let log = self.log
        let documents: [SourceDocument?] = markdown.parallelMap { relative in
            ContentLoader.loadDocument(
                relative: relative, contentRoot: contentRoot, languages: languages, defaultLanguage: defaultLanguage,
                taxonomies: taxonomies, log: log)
        }
        let loaded = documents.compactMap { $0 }
        let bundles = Set(loaded.compactMap(\.path.bundleFolder))
        var resources: [String: [String]] = [:]
        var loose: [String] = []
        for file in others {
            let folder = (file as NSString).deletingLastPathComponent
            if let bundle = ContentLoader.enclosingBundle(folder, bundles: bundles) {
                let name = bundle == folder ? (file as NSString).lastPathComponent : String(file.dropFirst(bundle.count + 1))
                resources[bundle, default: []].append(name)
            } else {
                loose.append(file)
            }
        }
        return ContentTree(documents: loaded, bundleResources: resources, looseFiles: loose)
    }

    static func enclosingBundle(_ folder: String, bundles: Set<String>) -> String? {
        var current = folder
        while !current.isEmpty {
            if bundles.contains(current) { return current }
            current = (current as NSString).deletingLastPathComponent
        }
        return nil
    }

    static func loadDocument(
        relative: String, contentRoot: URL, languages: [String], defaultLanguage: String, taxonomies: [String],
        log: DiagnosticLog
    ) -> SourceDocument? {
        guard let data = FileManager.default.contents(atPath: contentRoot.appendingPathComponent(relative).path) else {
            log.error("content/" + relative, "the file could not be read")
            return nil
        }
        return document(
            from: data, relative: relative, languages: languages, defaultLanguage: defaultLanguage,
            taxonomies: taxonomies, log: log)
    }

    /// Turns the bytes of a content file at `relative` (under `content/`) into a document, or logs why not.
    ///
    /// Everything the loader does after reading the file; public so the fuzzer can feed it any bytes.
    public static func document(
        from data: Data, relative: String, languages: [String], defaultLanguage: String, taxonomies: [String],
        log: DiagnosticLog
    ) -> SourceDocument? {
        let path: ContentPath
        switch ContentPath.classify(relative: relative, languages: languages, defaultLanguage: defaultLanguage) {
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
        let matter = FrontMatterParser.parse(
            parts.yaml, path: path.sourcePath, firstLine: parts.yamlFirstLine, taxonomies: taxonomies, log: log)
        return SourceDocument(path: path, frontMatter: matter, body: parts.body, bodyFirstLine: parts.bodyFirstLine)
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
    /// Decodes UTF-8, returning `nil` (instead of repairing) when the bytes are not valid UTF-8.
    init?(validatingUTF8Data data: Data) {
        guard let text = String(bytes: data, encoding: .utf8) else { return nil }
        self = text
    }
}
