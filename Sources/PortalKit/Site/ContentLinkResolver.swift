import Foundation

/// Resolves links written as content paths (`../news/x.md`, `/projects/co-resp/index.md`, `x.en.md#aims`)
/// to the target page's URL in the linking page's language.
struct ContentLinkResolver {
    let site: Site

    /// What becomes of `url` written in `page`.
    func resolve(_ url: String, from page: Page) -> LinkResolution {
        if url.isEmpty || url.hasPrefix("#") || url.contains("://") || url.hasPrefix("mailto:") || url.hasPrefix("tel:") {
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
        guard let document = page.document else { return .unchanged }
        let target = Self.contentRelative(path, from: document.path)
        var stem = String(target.dropLast(3))
        var language = page.language
        if let dot = stem.lastIndex(of: "."), site.config.language(String(stem[stem.index(after: dot)...])) != nil {
            language = String(stem[stem.index(after: dot)...])
            stem = String(stem[..<dot])
        }
        var base = stem
        for suffix in ["/_index", "/index"] where base.hasSuffix(suffix) { base = String(base.dropLast(suffix.count)) }
        if base == "_index" || base == "index" { base = "" }
        guard let versions = site.byBase[base] else {
            return .broken("link to \(url): no page content/\(stem).md (or a translation of it) exists")
        }
        guard let target = versions[language] ?? versions[site.config.defaultLanguage.code] ?? versions.values.first else {
            return .broken("link to \(url) has no page")
        }
        return .rewritten(site.config.href(target.url) + fragment)
    }

    /// The path of a link relative to `content/`, with `.` and `..` resolved.
    static func contentRelative(_ link: String, from source: ContentPath) -> String {
        let folder: String
        if let bundle = source.bundleFolder {
            folder = bundle
        } else {
            let sourceRelative = String(source.sourcePath.dropFirst("content/".count))
            folder = (sourceRelative as NSString).deletingLastPathComponent
        }
        let joined = link.hasPrefix("/") ? String(link.dropFirst()) : (folder.isEmpty ? link : folder + "/" + link)
        var parts: [Substring] = []
        for component in joined.split(separator: "/") {
            if component == "." { continue }
            if component == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(component)
        }
        return parts.joined(separator: "/")
    }
}
