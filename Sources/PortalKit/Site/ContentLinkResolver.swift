import Foundation

/// Resolves links written as content paths (`../news/x.md`, `/projects/co-resp/index.md`, `x.en.md#aims`)
/// to the target page's URL in the linking page's language.
struct ContentLinkResolver {
    let site: Site

    /// What becomes of `url` written in `page`.
    func resolve(_ url: String, from page: Page) -> LinkResolution {
        if url.isEmpty || url.hasPrefix("#") || url.containsBytes("://") || url.hasPrefix("mailto:") || url.hasPrefix("tel:") {
            return .unchanged
        }
        var path = url
        var fragment = ""
        if let hash = url.firstIndex(of: "#") {
            path = String(url[..<hash])
            fragment = String(url[hash...])
        }
        if path.hasPrefix("/") {
            if !path.hasSuffix(".md") { return .rewritten(site.config.href(path) + fragment) }
        } else if !path.hasSuffix(".md") {
            return .unchanged
        }
        guard page.document != nil else { return .unchanged }
        switch target(of: path, from: page) {
        case .success(let target): return .rewritten(site.config.href(target.url) + fragment)
        case .failure(let problem): return .broken("link to \(url): \(problem.message)")
        }
    }

    /// Why a content path names no page.
    struct Missing: Error {
        var message: String
    }

    /// The page a content path (`../news/x.md`, `/projects/co-resp/index.md`, `x.en.md`) names, in the
    /// linking page's language unless the path's suffix or `language` says otherwise.
    func target(of path: String, from page: Page, language: String? = nil) -> Result<Page, Missing> {
        guard let document = page.document else { return .failure(Missing(message: "the page has no content file")) }
        let target = Self.contentRelative(path, from: document.path)
        var stem = target.hasSuffix(".md") ? String(target.dropLast(3)) : target
        var language = language ?? page.language
        if let dot = stem.lastIndex(of: "."), site.config.language(String(stem[stem.index(after: dot)...])) != nil {
            language = String(stem[stem.index(after: dot)...])
            stem = String(stem[..<dot])
        }
        var base = stem
        for suffix in ["/_index", "/index"] where base.hasSuffix(suffix) { base = String(base.dropLast(suffix.count)) }
        if base == "_index" || base == "index" { base = "" }
        guard let versions = site.byBase[base] else {
            if site.unrenderedBases.contains(base) {
                return .failure(Missing(message: "content/\(stem).md is not rendered (render: never or headless: true)"))
            }
            return .failure(Missing(message: "no page content/\(stem).md (or a translation of it) exists"))
        }
        let fallback = site.config.languages.lazy.compactMap { versions[$0.code] }.first  // in site.yaml's order
        guard let found = versions[language] ?? versions[site.config.defaultLanguage.code] ?? fallback else {
            return .failure(Missing(message: "no page"))
        }
        return .success(found)
    }

    /// The path of a link relative to `content/`, with `.` and `..` resolved.
    static func contentRelative(_ link: String, from source: ContentPath) -> String {
        let folder: String
        if let bundle = source.bundleFolder {
            folder = bundle
        } else {
            let sourceRelative = String(source.sourcePath.dropFirst(source.contentRoot.count + 1))
            folder = (sourceRelative as NSString).deletingLastPathComponent
        }
        let joined = link.hasPrefix("/") ? String(link.dropFirst()) : (folder.isEmpty ? link : folder + "/" + link)
        return RelativePath.normalized(joined)
    }
}
