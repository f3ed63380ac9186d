/// Writes `sitemap.xml` with every page of every language and its hreflang alternates (x-default included),
/// split under a sitemap index past 50,000 URLs, and `robots.txt` pointing to it.
struct SitemapWriter {
    let site: Site
    let writer: OutputWriter
    /// Whether to write robots.txt (not when the site has its own).
    var writeRobots = true
    /// URLs per sitemap file; the sitemaps.org limit is 50,000.
    var maxURLs = 50_000

    func write() throws {
        let config = site.config
        let pages = site.pages.filter { $0.kind != .notFound }
        let chunks = stride(from: 0, to: max(pages.count, 1), by: maxURLs).map {
            Array(pages[$0..<min($0 + maxURLs, pages.count)])
        }
        if chunks.count == 1 {
            try writer.write(OutputFile(path: "sitemap.xml", contents: urlset(chunks[0])))
        } else {
            var index = """
                <?xml version="1.0" encoding="utf-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

                """
            for (number, chunk) in chunks.enumerated() {
                let name = "sitemap-\(number + 1).xml"
                try writer.write(OutputFile(path: name, contents: urlset(chunk)))
                index += "  <sitemap><loc>\(XMLText.escape(config.absolute("/" + name)))</loc></sitemap>\n"
            }
            try writer.write(OutputFile(path: "sitemap.xml", contents: index + "</sitemapindex>\n"))
        }
        if writeRobots {
            let robots = "User-agent: *\nAllow: /\n\nSitemap: \(config.absolute("/sitemap.xml"))\n"
            try writer.write(OutputFile(path: "robots.txt", contents: robots))
        }
    }

    private func urlset(_ pages: [Page]) -> String {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        // Each page's entry on all cores (its alternates are the costly part), joined in page order.
        return xml + pages.parallelMap(entry).joined() + "</urlset>\n"
    }

    /// One page's `<url>`: its address, last change and hreflang alternates.
    private func entry(_ page: Page) -> String {
        var xml = "  <url>\n    <loc>\(XMLText.escape(site.config.absolute(page.url)))</loc>\n"
        if let updated = page.updated { xml += "    <lastmod>\(updated.isoDay)</lastmod>\n" }
        if !page.translations.isEmpty {
            for entry in HreflangSet.forPage(page, site: site) {
                xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(entry.hreflang)\" href=\"\(XMLText.escape(entry.href))\"/>\n"
            }
        }
        return xml + "  </url>\n"
    }
}
