import Foundation
import PortalKit
import Testing

/// The NASO site in this repository (site.yaml, content/, themes/naso) builds and says what it should.
@Suite struct RepositorySiteTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    let output: URL
    let report: BuildReport

    init() throws {
        output = TestFolders.make("naso")
        report = try Build.run(BuildOptions(sourceRoot: Self.repository, outputRoot: output, now: TestSite.now))
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func bothHomePagesAndNoWarnings() throws {
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let bg = try read("index.html"), en = try read("en/index.html")
        #expect(bg.contains(#"<html lang="bg" dir="ltr">"#) && en.contains(#"<html lang="en" dir="ltr">"#))
        #expect(bg.contains("Представител за България на EASPD"))
        #expect(bg.contains("Вход за членове на НАСО") && en.contains("NASO members&#39; login"))
    }

    @Test func everyPageHasSelfInclusiveHreflangWithXDefault() throws {
        let files = FileManager.default.enumerator(atPath: output.path)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix("index.html") && !$0.contains("/page/1/") }
        #expect(files.count > 50)
        for file in files {
            let html = try read(file)
            guard !html.contains(#"http-equiv="refresh""#) else { continue }
            let url = "https://naso.bg/" + file.dropLast("index.html".count)
            let language = file.hasPrefix("en/") ? "en" : "bg"
            #expect(html.contains(#"hreflang="x-default""#), "\(file) lacks x-default")
            #expect(html.contains(#"<link rel="alternate" hreflang="\#(language)" href="\#(url)">"#), "\(file) does not list itself")
        }
    }

    @Test func projectPageListsItsRelatedNewsAndTheNewsLinksBack() throws {
        let project = try read("proekti/co-resp/index.html")
        #expect(project.contains(#"<a href="/novini/co-resp-kick-off/">Начална среща по проект CO-RESP</a>"#))
        let news = try read("novini/co-resp-kick-off/index.html")
        #expect(news.contains(#"<time datetime="2022-10-06">6 октомври 2022 г.</time>"#))
        #expect(news.contains(#"<a href="/proekti/co-resp/">"#))
    }

    @Test func noHeadingStandsOverAnEmptyList() throws {
        let files = FileManager.default.enumerator(atPath: output.path)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".html") }
        for file in files {
            let html = try read(file)
            #expect(html.range(of: #"<(ul|ol)[^>]*></(ul|ol)>"#, options: .regularExpression) == nil, "\(file) has an empty list")
        }
        let project = try read("proekti/d-care/index.html")
        #expect(!project.contains("related-title"), "D-CARE has no related news, so no heading for them")
        #expect(project.contains("tags-title"))
    }

    @Test func untranslatedNewsSwitchesToTheOtherLanguagesNewsSection() throws {
        let html = try read("novini/rabotna-sreshta-v-mtsp/index.html")
        #expect(html.contains(#"<a href="/en/news/" lang="en" dir="ltr" hreflang="en" title="#))
    }

    @Test func onlyHomeProjectCardsAreFeatured() throws {
        let home = try read("index.html")
        #expect(home.components(separatedBy: #"class="card featured""#).count - 1 == 3)
    }

    @Test func membersPageExplainsHowToApplyWithoutAFormAddress() throws {
        let html = try read("chlenstvo/index.html")
        #expect(html.contains("се свържете със Секретариата на НАСО"))
        #expect(!html.contains(#"<form class="form""#))
    }

    @Test func pagesMakeNoThirdPartyRequestsAndNeedNoScript() throws {
        for file in ["index.html", "en/about/index.html", "novini/index.html", "chlenstvo/index.html", "404.html"] {
            let html = try read(file)
            #expect(!html.contains("<script"), "\(file) has a script")
            #expect(!html.contains(#"src="http"#) && !html.contains(#"rel="stylesheet" href="http"#), "\(file) loads from elsewhere")
            #expect(html.contains(##"<a class="skip-link" href="#main">"##) && html.contains(#"<main id="main""#))
            #expect(html.components(separatedBy: "<h1").count == 2, "\(file) must have exactly one h1")
        }
    }
}
