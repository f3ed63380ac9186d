/// Where an image written on a page is published: its site path, the folder of the original's URL.
enum ImageReference {
    /// `photo.jpg` on `/proekti/co-resp/` → `proekti/co-resp/photo.jpg`; `/images/x.png` → `images/x.png`
    /// (a base path in front removed); `nil` for a URL elsewhere.
    static func sitePath(of url: String, on page: Page, basePath: String) -> String? {
        var path = url
        if let end = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<end]) }
        path = path.removingPercentEncoding ?? path
        guard !path.isEmpty, LocalLink.isLocal(path) else { return nil }
        if path.hasPrefix("/") {
            if !basePath.isEmpty, path.hasPrefix(basePath + "/") { path = String(path.dropFirst(basePath.count)) }
            return RelativePath.normalized(String(path.dropFirst()))
        }
        return RelativePath.normalized(String(page.url.dropFirst()) + path)
    }
}
