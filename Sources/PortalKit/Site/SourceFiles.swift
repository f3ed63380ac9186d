import Foundation

/// Finds the source file behind a URL written on a page: a file of the page's bundle or folder, a loose file
/// under `content/`, or a file under the site's or the theme's `static/`.
struct SourceFiles: Sendable {
    let sourceRoot: URL
    let themeName: String
    /// The site's base path (`/portal` for `https://example.org/portal/`), which site URLs start with.
    let basePath: String

    /// The file `url` names on `page`, or `nil` when it is not a file of this site.
    func file(for url: String, page: Page) -> URL? {
        var path = url
        if let end = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<end]) }
        path = path.removingPercentEncoding ?? path
        guard !path.isEmpty, LocalLink.isLocal(path) else { return nil }
        let manager = FileManager.default
        if !path.hasPrefix("/") {
            guard let document = page.document else { return nil }
            let relative = ContentLinkResolver.contentRelative(path, from: document.path)
            let file = sourceRoot.appendingPathComponent(document.path.contentRoot).appendingPathComponent(relative)
            return manager.fileExists(atPath: file.path) ? file : nil
        }
        if !basePath.isEmpty, path.hasPrefix(basePath + "/") { path = String(path.dropFirst(basePath.count)) }
        let relative = String(path.dropFirst())
        let candidates = [
            sourceRoot.appendingPathComponent("content").appendingPathComponent(relative),
            sourceRoot.appendingPathComponent("static").appendingPathComponent(relative),
            sourceRoot.appendingPathComponent("themes/\(themeName)/static").appendingPathComponent(relative),
        ]
        return candidates.first { manager.fileExists(atPath: $0.path) }
    }

    /// The size in bytes of the file behind `url`, if it is one of this site's.
    func size(of url: String, page: Page) -> Int? {
        guard let file = file(for: url, page: page) else { return nil }
        return (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int
    }
}
