import Foundation
import Yams

/// UI strings per language ("Read more", "Новини"), from the theme's and the site's `i18n/<lang>.yaml`.
///
/// A key missing in one language falls back to the default language's string, and the build warns once
/// per file listing the missing keys.
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
        let defaultCode = config.defaultLanguage.code
        let reference = raw[defaultCode] ?? [:]
        var filled = raw
        for language in config.languages where language.code != defaultCode {
            var table = raw[language.code] ?? [:]
            let missing = reference.keys.filter { table[$0] == nil }.sorted()
            if !missing.isEmpty {
                log.warning(
                    "i18n/\(language.code).yaml", "\(missing.count) UI strings missing in \(language.code), "
                        + "shown in \(defaultCode) instead: \(missing.joined(separator: ", "))")
                for key in missing { table[key] = reference[key] }
            }
            filled[language.code] = table
        }
        return StringTable(strings: filled)
    }
}
