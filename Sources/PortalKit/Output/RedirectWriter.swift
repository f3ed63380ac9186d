import Foundation

/// Writes redirect pages for each page's `aliases:` and for `page/1/` of every list, plus a `_redirects`
/// file (`/old/ /new/ 301`) that static hosts such as Netlify and Cloudflare Pages read.
struct RedirectWriter {
    let site: Site
    let theme: Theme
    let writer: OutputWriter
    let log: DiagnosticLog

    struct Redirect {
        let from: String
        let to: Page
    }

    func writeAll() throws {
        var redirects: [Redirect] = []
        let taken = Set(site.pages.map(\.url))
        var claimed: [String: Page] = [:]
        for page in site.contentPages {
            for alias in page.frontMatter.aliases {
                guard let from = RedirectWriter.normalize(alias) else {
                    log.error(
                        page.origin, line: page.frontMatter.lines["aliases"] ?? 1, column: 1,
                        "alias '\(alias)' is not a usable path on this site",
                        hint: "Write old URLs as site paths such as /old-news/item/ (no '..', no host).")
                    continue
                }
                if taken.contains(from) || claimed[from] != nil {
                    let other = claimed[from]?.origin ?? site.pages.first { $0.url == from }?.origin ?? from
                    log.error(
                        page.origin, line: page.frontMatter.lines["aliases"] ?? 1, column: 1,
                        "alias \(from) is already used by \(other)")
                    continue
                }
                claimed[from] = page
                redirects.append(Redirect(from: from, to: page))
            }
        }
        for page in site.pages where page.kind == .section || page.kind == .term || page.kind == .archive {
            redirects.append(Redirect(from: page.url + "page/1/", to: page))
        }
        for redirect in redirects {
            let path = redirect.from.hasSuffix("/") ? String(redirect.from.dropFirst()) + "index.html" : String(redirect.from.dropFirst())
            try writer.write(OutputFile(path: path, contents: html(redirect)))
        }
        if site.config.defaultLanguageInSubdir { try writer.write(OutputFile(path: "index.html", contents: rootPage())) }
        let lines = redirects.filter { !$0.from.hasSuffix("/page/1/") }
            .map { "\(site.config.basePath)\($0.from) \(site.config.href($0.to.url)) 301" }
        if !lines.isEmpty && !site.looseFiles.contains("_redirects") {
            try writer.write(OutputFile(path: "_redirects", contents: lines.joined(separator: "\n") + "\n"))
        }
    }

    /// `old/path` → `/old/path/`; `/x.html` stays; refuses `..`, hosts and empty paths.
    static func normalize(_ alias: String) -> String? {
        var path = alias.trimmingCharacters(in: .whitespaces)
        if path.contains("://") || path.hasPrefix("//") || path.contains("\\") { return nil }
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<query]) }
        if !path.hasPrefix("/") { path = "/" + path }
        let parts = path.split(separator: "/")
        if parts.isEmpty || parts.contains(where: { $0 == ".." || $0 == "." }) { return nil }
        if path.hasSuffix(".html") || path.hasSuffix(".htm") { return path }
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// With every language in its own folder, the root sends readers to the default language's home page: a
    /// meta refresh and a plain link to each language (no script), with hreflang alternates for search engines.
    private func rootPage() -> String {
        let config = site.config
        let e = XMLText.escape
        let home = site.homes[config.defaultLanguage.code]!
        var alternates = ""
        var links = ""
        for language in config.languages {
            guard let page = site.homes[language.code] else { continue }
            alternates += "<link rel=\"alternate\" hreflang=\"\(language.code)\" href=\"\(e(config.absolute(page.url)))\">\n"
            links += "<li><a href=\"\(e(config.href(page.url)))\" lang=\"\(language.code)\" dir=\"\(language.direction)\" hreflang=\"\(language.code)\">\(e(language.name))</a></li>\n"
        }
        alternates += "<link rel=\"alternate\" hreflang=\"x-default\" href=\"\(e(config.absolute(home.url)))\">\n"
        return """
            <!DOCTYPE html>
            <html lang="\(config.defaultLanguage.code)" dir="\(config.defaultLanguage.direction)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(config.defaultLanguage.title.isEmpty ? home.title : config.defaultLanguage.title))</title>
            <meta http-equiv="refresh" content="0; url=\(e(config.href(home.url)))">
            \(alternates)</head>
            <body>
            <main>
            <h1>\(e(config.defaultLanguage.title.isEmpty ? home.title : config.defaultLanguage.title))</h1>
            <ul>
            \(links)</ul>
            </main>
            </body>
            </html>

            """
    }

    private func html(_ redirect: Redirect) -> String {
        let config = site.config
        let target = redirect.to
        let e = XMLText.escape
        let href = e(config.href(target.url))
        let label = theme.strings.text("redirectNotice", target.language)
        let notice = label == "redirectNotice" ? "This page has moved to" : label
        return """
            <!DOCTYPE html>
            <html lang="\(target.language)">
            <head>
            <meta charset="utf-8">
            <title>\(e(target.title))</title>
            <link rel="canonical" href="\(e(config.absolute(target.url)))">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(href)">
            </head>
            <body>
            <main>
            <p>\(e(notice)) <a href="\(href)">\(e(target.title))</a>.</p>
            </main>
            </body>
            </html>

            """
    }
}
