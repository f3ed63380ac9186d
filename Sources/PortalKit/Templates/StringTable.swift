import Foundation
import Yams

/// UI strings per language ("Read more", "Новини"), from the theme's and the site's `i18n/<lang>.yaml`.
///
/// A key missing in one language (the default one included) falls back to the default language's string, or
/// another language's, and the build warns once per language listing the missing keys.
public struct StringTable: Sendable {
    /// Strings by language code, then key; already filled with fallbacks.
    public let strings: [String: [String: String]]

    /// The strings for a language.
    public func table(_ language: String) -> [String: String] {
        strings[language] ?? [:]
    }

    /// One string, or the key itself when nobody defined it.
    public func text(_ key: String, _ language: String) -> String {
        strings[language]?[key] ?? key
    }

    static func load(folders: [URL], pathPrefixes: [String], config: SiteConfig, log: DiagnosticLog) -> StringTable {
        var raw: [String: [String: String]] = [:]
        for (folder, prefix) in zip(folders, pathPrefixes) {
            for language in config.languages {
                let file = folder.appendingPathComponent(language.code + ".yaml")
                guard let data = FileManager.default.contents(atPath: file.path) else { continue }
                let path = prefix + language.code + ".yaml"
                guard let text = String(data: data, encoding: .utf8) else {
                    log.error(path, "the file is not UTF-8 text")
                    continue
                }
                do {
                    guard case .mapping(let mapping)? = try YAMLDocument.parse(text, path: path) else { continue }
                    for (key, value) in mapping {
                        if let name = key.string, let string = value.string { raw[language.code, default: [:]][name] = string }
                    }
                } catch {
                    log.report(error)
                }
            }
        }
        // Every key any language defines; a language without it shows the default language's string, or
        // failing that the first language's (in site.yaml order) that has it, and the build says so.
        let defaultCode = config.defaultLanguage.code
        let allKeys = Set(raw.values.flatMap(\.keys))
        let order = [defaultCode] + config.languages.map(\.code).filter { $0 != defaultCode }
        var filled = raw
        for language in config.languages {
            var table = raw[language.code] ?? [:]
            let missing = allKeys.filter { table[$0] == nil }.sorted()
            guard !missing.isEmpty else { continue }
            var shownIn: Set<String> = []
            for key in missing {
                guard let source = order.first(where: { raw[$0]?[key] != nil }) else { continue }
                table[key] = raw[source]?[key]
                shownIn.insert(source)
            }
            log.warning(
                "i18n/\(language.code).yaml", "\(missing.count) UI strings missing in \(language.code), "
                    + "shown in \(shownIn.sorted().joined(separator: ", ")) instead: \(missing.joined(separator: ", "))")
            filled[language.code] = table
        }
        return StringTable(strings: filled)
    }
}
