/// What a file's place under `content/` says about it: its kind, language, section and translation key.
public struct ContentPath: Sendable, Hashable {
    /// The role of a content file.
    public enum Kind: Sendable, Hashable {
        /// `_index.<lang>.md` at the content root: the home page's text.
        case home
        /// `<section>/_index.<lang>.md`: a section's title, intro and URL slug.
        case sectionIndex
        /// `<name>.<lang>.md` or `<bundle>/index.<lang>.md`: a page.
        case page
    }

    /// Path from the source root, e.g. `content/news/x.bg.md`; used in every message about the file.
    public var sourcePath: String
    public var kind: Kind
    /// The language code from the suffix, or the default language.
    public var language: String
    /// The path without language suffix and extension, relative to `content/`: `news/x`, `projects/co-resp`,
    /// `news` for a section index, `` for the home page. Files with the same base are translations.
    public var base: String
    /// The first folder under `content/`, or `""` for top-level pages. The page's section is decided when the
    /// site is assembled (the nearest folder above it that is a section); this is where that search ends.
    public var section: String
    /// The folders between `content/` and the page (for a bundle: above the bundle's own folder), each keeping
    /// its place in the URL: `events/2020-08` for `content/events/2020-08/x.md`.
    public var folders: [String] = []
    /// The name the URL slug comes from when front matter gives none: the file or bundle folder name.
    public var name: String
    /// The bundle folder relative to the content root when the page is `index.<lang>.md` of a bundle.
    public var bundleFolder: String?
    /// The folder, relative to the source root, that `base`, `folders` and `bundleFolder` are relative to:
    /// `content`, or a language's own `contentDir` such as `content/en`.
    public var contentRoot = "content"

    /// The bundle's folder relative to the source root, where its files are read from.
    public var bundleSourceFolder: String? { bundleFolder.map { contentRoot + "/" + $0 } }

    /// Classifies a Markdown file at `relative` (relative to `root`, by default `content/`). In a language's
    /// own content folder, `language` is that language and a file needs no suffix.
    ///
    /// Returns an error message when the language suffix is not one of `languages`.
    public static func classify(
        relative: String, languages: [String], defaultLanguage: String, root: String = "content", language fixed: String? = nil
    ) -> Result<ContentPath, Diagnostic> {
        let sourcePath = root + "/" + relative
        var components = relative.split(separator: "/").map(String.init)
        let file = components.removeLast()
        var stem = String(file.dropLast(3))
        var language = fixed ?? defaultLanguage
        if let dot = stem.lastIndex(of: ".") {
            let suffix = String(stem[stem.index(after: dot)...])
            if languages.contains(suffix) {
                if let fixed, suffix != fixed {
                    return .failure(Diagnostic(
                        path: sourcePath, line: 1, column: 1,
                        message: "\(file) is in the content folder of '\(fixed)' but its suffix says '.\(suffix)'",
                        hint: "Move it to the folder of '\(suffix)', or remove the suffix."))
                }
                language = suffix
                stem = String(stem[..<dot])
            } else if suffix.count >= 2, suffix.count <= 3, suffix.allSatisfy({ $0.isLetter && $0.isLowercase }) {
                return .failure(
                    Diagnostic(
                        path: sourcePath, line: 1, column: 1,
                        message: "unknown language suffix '.\(suffix)' in \(file)",
                        hint: "The site's languages are \(languages.joined(separator: ", ")); name the file \(stem[..<dot]).\(defaultLanguage).md or add the language to site.yaml."))
            }
        }
        let folder = components.joined(separator: "/")
        var section = components.first ?? ""
        let kind: Kind
        var base: String
        var name = stem
        var bundle: String?
        if stem == "_index" {
            kind = components.isEmpty ? .home : .sectionIndex
            base = folder
            name = components.last ?? ""
        } else if stem == "index", !components.isEmpty {
            kind = .page
            base = folder
            name = components.last!
            bundle = folder
            if components.count == 1 { section = "" }  // content/about/index.md is a top-level page
        } else {
            kind = .page
            base = folder.isEmpty ? stem : folder + "/" + stem
        }
        if base.hasPrefix("/") { base.removeFirst() }
        return .success(
            ContentPath(
                sourcePath: sourcePath, kind: kind, language: language, base: base, section: kind == .home ? "" : section,
                folders: bundle == nil ? components : Array(components.dropLast()), name: name, bundleFolder: bundle,
                contentRoot: root))
    }
}
