import Foundation

/// Checks, once every file of the build is written (or counted, in a dry run), that each link and image in
/// the pages' Markdown that points into the site lands on a file the build produced: a page, a bundle file,
/// a static file. A link to `dokument.pdf`, `/images/x.jpg` or `../missing-page/` that nothing produces is an
/// error at its line and column.
struct LocalLinkChecker {
    let site: Site
    /// Whether the build produced a file at an output path.
    let produced: (String) -> Bool
    let log: DiagnosticLog

    /// Checks against the files `writer` has written, taken once: asking the writer for each link took its lock
    /// from both cores at once.
    init(site: Site, writer: OutputWriter, log: DiagnosticLog) {
        let written = writer.writtenPaths
        self.init(site: site, produced: { written.contains($0) }, log: log)
    }

    init(site: Site, produced: @escaping (String) -> Bool, log: DiagnosticLog) {
        self.site = site
        self.produced = produced
        self.log = log
    }

    /// Checks the links of every page, or of just `pages`: on all cores (the check runs after every page is
    /// written, alone on the clock), reported in page order.
    func check(_ pages: [Page]? = nil) {
        let pages = pages ?? site.pages
        let broken = pages.parallelMap { page in
            page.localLinks.compactMap { link -> (link: LocalLink, target: String)? in
                guard let target = outputPath(of: link.url, from: page.url), !exists(target) else { return nil }
                return (link, target)
            }
        }
        for (page, links) in zip(pages, broken) {
            for (link, target) in links {
                log.error(
                    page.origin, line: link.line, column: max(link.column, 1),
                    "link to '\(link.written)': the site has no file /\(target)",
                    hint: "Put the file next to the page (a page bundle) or under static/, or link a page by its content path, e.g. ../news/x.md.")
            }
        }
    }

    /// The output path a URL written on the page at `pageURL` leads to, without query and fragment;
    /// `nil` when it leaves the site's base path.
    func outputPath(of url: String, from pageURL: String) -> String? {
        var path = url
        if let end = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<end]) }
        if path.utf8.contains(UInt8(ascii: "%")) { path = path.removingPercentEncoding ?? path }
        if path.isEmpty { return nil }
        if path.hasPrefix("/") {
            let base = site.config.basePath
            if !base.isEmpty {
                guard path == base || path.hasPrefix(base + "/") else { return nil }
                path = String(path.dropFirst(base.count))
            }
        } else {
            let folder = pageURL.hasSuffix("/") ? pageURL : (pageURL as NSString).deletingLastPathComponent + "/"
            path = String(folder.dropFirst()) + path
        }
        let joined = RelativePath.normalized(path)
        return path.hasSuffix("/") || joined.isEmpty ? (joined.isEmpty ? "index.html" : joined + "/index.html") : joined
    }

    private func exists(_ path: String) -> Bool {
        produced(path) || produced(path + "/index.html")
    }
}
