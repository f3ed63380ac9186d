import Foundation

/// Which pages lack a translation and which translations are older than the page they translate.
///
/// A page's "changed" date is its front-matter `lastmod`, else the date of the last git commit that touched
/// its file. A translation is stale when the default-language page changed after it.
public struct TranslationStatus: Sendable {
    /// One row of the report.
    public struct Row: Sendable, Equatable {
        public enum State: String, Sendable {
            case missing
            case stale
        }
        public var state: State
        /// The language that lacks the page or whose version is stale.
        public var language: String
        /// The file that exists (for missing) or the stale translation.
        public var path: String
        /// What to do, in words.
        public var detail: String
    }

    public var rows: [Row]
    /// Content pages per language.
    public var counts: [(language: String, pages: Int)]

    public var missing: [Row] { rows.filter { $0.state == .missing } }
    public var stale: [Row] { rows.filter { $0.state == .stale } }

    /// Builds the report for an assembled site; `changed` gives each source file's last change.
    public static func report(_ site: Site, changed: [String: ContentDate]) -> TranslationStatus {
        let config = site.config
        let defaultCode = config.defaultLanguage.code
        var rows: [Row] = []
        var counts: [String: Int] = [:]
        for page in site.contentPages { counts[page.language, default: 0] += 1 }
        for page in site.contentPages {
            guard let path = page.document?.path else { continue }
            for language in config.languages where language.code != page.language && page.translations[language.code] == nil {
                // Report each missing translation once, from the default-language page when there is one.
                if page.language != defaultCode, page.translations[defaultCode] != nil { continue }
                rows.append(Row(
                    state: .missing, language: language.code, path: path.sourcePath,
                    detail: "no \(language.code) version; add content/\(path.base)\(path.bundleFolder == nil ? "" : "/index").\(language.code).md"))
            }
            guard page.language == defaultCode else { continue }
            for (code, translation) in page.translations.sorted(by: { $0.key < $1.key }) {
                guard let translationPath = translation.document?.path.sourcePath else { continue }
                let source = page.lastmod ?? changed[path.sourcePath]
                let target = translation.lastmod ?? changed[translationPath]
                if let source, let target, source > target {
                    rows.append(Row(
                        state: .stale, language: code, path: translationPath,
                        detail: "\(path.sourcePath) changed \(source.isoDay), this translation \(target.isoDay)"))
                }
            }
        }
        return TranslationStatus(
            rows: rows.sorted { ($0.state.rawValue, $0.path, $0.language) < ($1.state.rawValue, $1.path, $1.language) },
            counts: config.languages.map { ($0.code, counts[$0.code] ?? 0) })
    }

    /// The report as a table editors can act on.
    public var table: String {
        var lines = ["translation status: " + counts.map { "\($0.pages) pages in \($0.language)" }.joined(separator: ", ")
            + "; \(missing.count) missing, \(stale.count) stale"]
        let width = rows.map(\.path.count).max() ?? 0
        for row in rows {
            let padded = row.path.padding(toLength: width, withPad: " ", startingAt: 0)
            lines.append("\(row.state.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))\(row.language)  \(padded)  \(row.detail)")
        }
        return lines.joined(separator: "\n")
    }
}
