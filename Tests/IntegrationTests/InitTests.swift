import Foundation
import PortalKit
import Testing

/// `portal init`: a new site that builds at once, in two or three languages, and refuses bad input.
@Suite struct InitTests {
    private func temporaryFolder() -> URL {
        TestFolders.make("init")
    }

    private func read(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    // The news item is dated the day of `init`, so these builds take the real "now".
    @Test func bilingualSiteBuildsWithTranslationsHreflangAndLanguageSwitch() throws {
        let root = temporaryFolder().appendingPathComponent("site")
        let written = try SiteInitializer.create(at: root, .init())
        #expect(written.contains("site.yaml"))
        #expect(written.contains("content/news/first-news.bg.md") && written.contains("content/news/first-news.en.md"))
        #expect(written.contains("themes/default/README.md") && written.contains("themes/default/templates/base.mustache"))
        let log = DiagnosticLog()
        let report = try Build.run(BuildOptions(sourceRoot: root), log: log)
        #expect(log.warnings.isEmpty, "\(log.warnings)")
        #expect(report.pagesPerLanguage.map(\.language) == ["bg", "en"])
        let news = try read(root, "public/novini/first-news/index.html")
        #expect(news.contains(#"<html lang="bg" dir="ltr">"#))
        #expect(news.contains(#"<link rel="alternate" hreflang="en" href="https://example.org/en/news/first-news/">"#))
        #expect(news.contains(#"hreflang="x-default""#))
        #expect(news.contains(#"<a href="/en/news/first-news/" lang="en" dir="ltr" hreflang="en">English</a>"#))
        #expect(news.contains(#"<a href="/za-nas/">За нас</a>"#), "the content link to /about.md resolves per language")
        let about = try read(root, "public/en/about/index.html")
        #expect(about.contains(#"<a href="/za-nas/" lang="bg" dir="ltr" hreflang="bg">Български</a>"#))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/etiketi/novini/index.html").path))
        #expect(try read(root, "public/404.html").contains("Страницата не е намерена"))
    }

    @Test func threeLanguagesGetEnglishTextsToTranslate() throws {
        let root = temporaryFolder()
        let written = try SiteInitializer.create(at: root, .init(languages: ["bg", "en", "de"], title: "Verein"))
        #expect(written.contains("themes/default/i18n/de.yaml"))
        let log = DiagnosticLog()
        let report = try Build.run(BuildOptions(sourceRoot: root), log: log)
        #expect(log.warnings.isEmpty, "\(log.warnings)")
        #expect(report.pagesPerLanguage.map(\.language) == ["bg", "en", "de"])
        let home = try read(root, "public/de/index.html")
        #expect(home.contains(#"<html lang="de" dir="ltr">"#))
        #expect(home.contains(#"<title>Verein</title>"#))
        #expect(home.contains(#"<a href="/de/" lang="de" dir="ltr" hreflang="de" aria-current="true">Deutsch</a>"#))
        for language in ["bg", "en", "de", "x-default"] {
            #expect(home.contains(#"hreflang="\#(language)""#), "\(language) alternate")
        }
        #expect(try read(root, "public/sitemap.xml").contains(#"hreflang="de" href="https://example.org/de/news/first-news/""#))
    }

    /// What a build makes beside the sources (the output, its work folder, the image cache) stays out of git.
    @Test func gitIgnoresEverythingTheBuildMakes() throws {
        let root = temporaryFolder()
        let written = try SiteInitializer.create(at: root, .init())
        _ = try Build.run(BuildOptions(sourceRoot: root))
        _ = try Build.run(BuildOptions(sourceRoot: root))
        let ignored = Set(try read(root, ".gitignore").split(separator: "\n").map(String.init))
        let made = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { name in
            !written.contains { $0 == name || $0.hasPrefix(name + "/") }
        }
        #expect(made.contains("public") && made.contains(".public.build"))
        for name in made { #expect(ignored.contains("/\(name)/"), "\(name) is not in .gitignore") }
    }

    @Test func titleWithQuotesAndMarkupIsEscapedInYAMLAndHTML() throws {
        let root = temporaryFolder()
        _ = try SiteInitializer.create(at: root, .init(title: #"Сдружение "Пример" <b>\ & 'А'"#))
        _ = try Build.run(BuildOptions(sourceRoot: root))
        let home = try read(root, "public/index.html")
        #expect(home.contains("<title>Сдружение &quot;Пример&quot; &lt;b&gt;\\ &amp; &#39;А&#39;</title>"), "\(home.prefix(600))")
    }

    @Test func badInputIsAClearErrorAndWritesNothing() throws {
        let parent = temporaryFolder()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let cases: [(SiteInitializer.Request, String)] = [
            (.init(languages: ["bg", "xx"]), "unknown language code 'xx'"),
            (.init(languages: ["bg", "en", "bg"]), "the language 'bg' is given twice"),
            (.init(languages: []), "no language given"),
            (.init(baseURL: "example.org"), "the base URL must start with https:// or http://"),
        ]
        for (request, message) in cases {
            let root = parent.appendingPathComponent(UUID().uuidString)
            #expect(throws: Diagnostic.self) { try SiteInitializer.create(at: root, request) }
            do { _ = try SiteInitializer.create(at: root, request) } catch let error as Diagnostic {
                #expect(error.message.contains(message), "\(error.message)")
            }
            #expect(!FileManager.default.fileExists(atPath: root.path))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty, "nothing half-written beside it")

        let file = parent.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        #expect(throws: Diagnostic.self) { try SiteInitializer.create(at: file, .init()) }
        let full = parent.appendingPathComponent("full")
        try FileManager.default.createDirectory(at: full, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: full.appendingPathComponent("notes.txt"))
        #expect(throws: Diagnostic.self) { try SiteInitializer.create(at: full, .init()) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: full.path) == ["notes.txt"])

        let empty = parent.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(try !SiteInitializer.create(at: empty, .init()).isEmpty, "an empty folder is fine")
    }
}
