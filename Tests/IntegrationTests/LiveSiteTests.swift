import Foundation
@testable import PortalKit
import Testing

/// `portal serve` applies an edit of one page's Markdown body in place (``LiveSite``): only the files that show
/// the page are rendered, and the output is byte for byte that of a whole build of the edited files.
@Suite struct LiveSiteTests {
    static let files = Fixtures.site + """

        -- content/_index.bg.md --
        ---
        title: Начало
        ---
        Добре дошли.
        -- content/news/_index.bg.md --
        ---
        title: Новини
        ---
        Новините на НАСО.
        -- content/news/parva.bg.md --
        ---
        title: Първа
        date: 2024-03-01
        tags: [община]
        ---
        Първият абзац.

        Вторият абзац.
        -- content/news/vtora.bg.md --
        ---
        title: Втора
        date: 2024-03-02
        tags: [община]
        project: projects/co-resp
        ---
        Началото на втората.

        ## Подробности

        Още.
        -- content/news/treta.bg.md --
        ---
        title: Трета
        date: 2024-03-03
        ---
        Третата.
        -- content/news/chetvarta.bg.md --
        ---
        title: Четвърта
        date: 2024-03-04
        ---
        Четвъртата, с [връзка](vtora.bg.md#podrobnosti).
        -- content/news/vtora.en.md --
        ---
        title: Second
        date: 2024-03-02
        ---
        The second one.
        -- content/projects/co-resp.bg.md --
        ---
        title: CO-RESP
        ---
        Проектът.
        """

    /// Builds `site` keeping it in memory.
    static func live(_ site: TestSite) throws -> LiveSite {
        var options = TestSite.options(site.root, drafts: false, future: false, baseURL: nil)
        options.keepsLiveSite = true
        return try #require(try Build.run(options, log: DiagnosticLog()).live)
    }

    /// Edits `path` and applies it in place; returns the outcome's files rendered and changed.
    static func edit(_ site: TestSite, _ live: LiveSite, _ path: String, _ text: String,
        sourceLocation: SourceLocation = #_sourceLocation) throws -> (rendered: Int, changed: [String])
    {
        try site.write("-- \(path) --\n" + text)
        guard case .updated(let edit) = live.update(path) else {
            Issue.record("not updated in place: \(live.update(path))", sourceLocation: sourceLocation)
            return (0, [])
        }
        let changed = try live.commit(edit)
        let rendered = edit.rendered
        #expect(site.snapshot() == (try RenderedPageCacheTests.fresh(site)), "in place is not what a build writes",
            sourceLocation: sourceLocation)
        return (rendered, changed)
    }

    @Test func aBodyEditAfterTheSummaryRendersOnlyThePage() throws {
        let site = try TestSite.build(Self.files)
        let live = try Self.live(site)
        let (rendered, changed) = try Self.edit(site, live, "content/news/parva.bg.md", """
            ---
            title: Първа
            date: 2024-03-01
            tags: [община]
            ---
            Първият абзац.

            Вторият абзац, поправен.
            """)
        #expect(rendered == 1)
        // The page and the feeds that carry its content (the home's, the section's, the tag's), nothing else.
        #expect(changed.contains("news/parva/index.html") && changed.contains("news/index.xml") && changed.contains("index.xml"))
        #expect(!changed.contains { $0.hasSuffix(".html") && $0 != "news/parva/index.html" }, "\(changed)")
        site.assertFile("public/news/parva/index.html", contains: "Вторият абзац, поправен.")
    }

    @Test func aNewSummaryRendersTheListsThatShowIt() throws {
        let site = try TestSite.build(Self.files)
        let live = try Self.live(site)
        let (rendered, changed) = try Self.edit(site, live, "content/news/parva.bg.md", """
            ---
            title: Първа
            date: 2024-03-01
            tags: [община]
            ---
            Нов първи абзац.

            Вторият абзац.
            """)
        // parva is the oldest: page 2 of the news (two per page), page 1 of its tag, the home page's archive of 2024.
        site.assertFile("public/news/page/2/index.html", contains: "Нов първи абзац.")
        site.assertFile("public/etiketi/obshtina/index.html", contains: "Нов първи абзац.")
        #expect(rendered > 1 && rendered < 10, "\(rendered)")
        #expect(!changed.contains("news/index.html"), "the news list's first page does not show parva: \(changed)")
    }

    @Test func aSectionsAndTheHomePagesTextUpdateInPlace() throws {
        let site = try TestSite.build(Self.files)
        let live = try Self.live(site)
        _ = try Self.edit(site, live, "content/news/_index.bg.md", "---\ntitle: Новини\n---\nВсички новини на НАСО.\n")
        site.assertFile("public/news/page/2/index.html", contains: "<title>Новини")
        _ = try Self.edit(site, live, "content/_index.bg.md", "---\ntitle: Начало\n---\nЗдравейте.\n")
        _ = try Self.edit(site, live, "content/projects/co-resp.bg.md", "---\ntitle: CO-RESP\n---\nПроектът, описан.\n")
        // Edits one after another keep working on the updated site.
        _ = try Self.edit(site, live, "content/news/vtora.bg.md", """
            ---
            title: Втора
            date: 2024-03-02
            tags: [община]
            project: projects/co-resp
            ---
            Ново начало.

            ## Подробности

            Още.
            """)
    }

    @Test func aBrokenEditLeavesTheSiteAsItWasUntilFixed() throws {
        let site = try TestSite.build(Self.files)
        let live = try Self.live(site)
        let before = site.snapshot()
        let good = try site.read("content/news/treta.bg.md")
        try site.write("-- content/news/treta.bg.md --\n" + good + "\nВиж [липсващата](nyama.bg.md).\n")
        guard case .failed(let errors) = live.update("content/news/treta.bg.md") else {
            Issue.record("a broken link was applied")
            return
        }
        #expect(errors.map(\.description).joined().contains("content/news/treta.bg.md:7:"), "\(errors)")
        #expect(site.snapshot() == before, "a failed edit changed the served files")

        // A heading another page links to, removed: the link's page reports it.
        try site.write("-- content/news/treta.bg.md --\n" + good)
        let vtora = try site.read("content/news/vtora.bg.md")
        try site.write("-- content/news/vtora.bg.md --\n" + vtora.replacingOccurrences(of: "## Подробности", with: "Без заглавие"))
        guard case .failed(let anchors) = live.update("content/news/vtora.bg.md") else {
            Issue.record("a link's missing anchor was not reported")
            return
        }
        #expect(anchors.contains { $0.path == "content/news/chetvarta.bg.md" && $0.message.contains("#podrobnosti") }, "\(anchors)")
        #expect(site.snapshot() == before)

        try site.write("-- content/news/vtora.bg.md --\n" + vtora)
        _ = try Self.edit(site, live, "content/news/treta.bg.md", good + "\nВиж [втората](vtora.bg.md#podrobnosti).\n")
    }

    @Test func aNewTitleShowsWhereverThePageIsNamed() throws {
        let site = try TestSite.build(Self.files)
        let live = try Self.live(site)
        let vtora = try site.read("content/news/vtora.bg.md")
        _ = try Self.edit(site, live, "content/news/vtora.bg.md", vtora.replacingOccurrences(of: "title: Втора", with: "title: Втора, поправена"))
        site.assertFile("public/etiketi/obshtina/index.html", contains: "Втора, поправена")
        // A project's title is shown on its news items' pages and in their list items.
        let (rendered, _) = try Self.edit(site, live, "content/projects/co-resp.bg.md", "---\ntitle: CO-RESP 2\n---\nПроектът.\n")
        site.assertFile("public/news/vtora/index.html", contains: "CO-RESP 2")
        #expect(rendered >= 2, "the project's news item was not rendered again")
        // Summary and params may change too.
        _ = try Self.edit(site, live, "content/news/treta.bg.md", "---\ntitle: Трета\ndate: 2024-03-03\n---\nТретата, с нов текст.\n")
    }

    @Test func anythingElseNeedsAWholeBuild() throws {
        let site = try TestSite.build(Self.files)
        let live = try Self.live(site)
        for (path, text, what) in [
            ("content/news/treta.bg.md", "---\ntitle: Трета\ndate: 2024-03-09\n---\nТретата.\n", "a new date"),
            ("content/news/treta.bg.md", "---\ntitle: Трета\ndate: 2024-03-03\ntags: [община]\n---\nТретата.\n", "a new tag"),
            ("content/news/treta.bg.md", "---\ntitle: Трета\ndate: 2024-03-03\nweight: 1\n---\nТретата.\n", "a new key"),
            ("content/news/treta.bg.md", "---\ntitle: \"\"\ndate: 2024-03-03\n---\nТретата.\n", "an empty title"),
            ("content/news/_index.bg.md", "---\ntitle: Всички новини\n---\nНовините на НАСО.\n", "a section's title"),
            ("content/news/peta.bg.md", "---\ntitle: Пета\ndate: 2024-03-05\n---\nПетата.\n", "a new page"),
        ] {
            try site.write("-- \(path) --\n" + text)
            guard case .needsBuild = live.update(path) else {
                Issue.record("\(what) was applied in place")
                continue
            }
        }
        try site.remove("content/news/treta.bg.md")
        guard case .needsBuild = live.update("content/news/treta.bg.md") else {
            Issue.record("a deleted page was applied in place")
            return
        }
    }

    @Test func theSearchIndexFollowsTheEdit() throws {
        let site = try TestSite.build(SearchTests.theme + SearchTests.site)
        let live = try Self.live(site)
        let path = "content/news/sreshta.bg.md"
        let text = try site.read(path)
        let (_, changed) = try Self.edit(site, live, path, text.replacingOccurrences(of: "декларациите", with: "протоколите"))
        #expect(changed.contains { $0.hasPrefix("tarsene/index/t/") }, "\(changed)")
    }

    @Test func frontMatterEqualityComparesEveryProperty() {
        #expect(Mirror(reflecting: FrontMatter()).children.count == FrontMatter.comparedProperties)
        var other = FrontMatter()
        #expect(other == FrontMatter())
        other.lines["title"] = 3
        #expect(other != FrontMatter(), "a key moved to another line must count: messages name lines")
        other = FrontMatter()
        other.params = [("a", .int(1))]
        #expect(other != FrontMatter())
    }
}

/// The NASO site of this repository: edits of every kind of page, each applied in place and compared with a
/// whole build of the edited files.
@Suite struct LiveSiteRepositoryTests {
    /// The home page, a news item and a project (each a whole build to compare), and every page with `PORTAL_LIVE_ALL=1`.
    static let sample = ["content/_index.bg.md", "content/news/co-resp-kick-off.bg.md", "content/projects/co-resp/index.bg.md"]

    @Test func editsOfTheRepositorysPagesMatchAWholeBuild() throws {
        let root = TestFolders.make("live-naso")
        defer { try? FileManager.default.removeItem(at: root) }
        for entry in ["site.yaml", "content", "themes", "static", "shortcodes", "i18n"] {
            let source = RepositorySiteTests.repository.appendingPathComponent(entry)
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source, to: root.appendingPathComponent(entry))
        }
        let site = TestSite(root: root, report: nil, log: DiagnosticLog())
        var options = TestSite.options(root, drafts: false, future: false, baseURL: nil)
        options.keepsLiveSite = true
        let live = try #require(try Build.run(options, log: DiagnosticLog()).live)
        let all = ProcessInfo.processInfo.environment["PORTAL_LIVE_ALL"] == "1"
        let paths = all ? live.site.pages.compactMap { $0.document?.path.sourcePath }.sorted() : Self.sample
        var applied = 0
        for path in paths {
            let text = try site.read(path)
            let page = try #require(live.site.pages.first { $0.document?.path.sourcePath == path })
            // A first paragraph and a last one: the summary, the lists and the feeds all change.
            var body = text
            if let end = body.range(of: "\n---\n", range: body.index(after: body.startIndex)..<body.endIndex) {
                body.insert(contentsOf: "Нов първи абзац.\n\n", at: end.upperBound)
            }
            body += "\n\nНов последен абзац.\n"
            // And a new title, where the page keeps its place with one (no menu or redirect page names it).
            let titled = body.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Ново ", range: body.range(of: "\ntitle: "))
            let keepsPlace = page.kind == .page && page.frontMatter.aliases.isEmpty && page.frontMatter.menus.isEmpty
                && !text.contains("\ntitle: \"") && !text.contains("\ntitle: '")
            for edited in keepsPlace ? [titled, body] : [body] {
                try site.write("-- \(path) --\n" + edited)
                switch live.update(path) {
                case .updated(let edit):
                    _ = try live.commit(edit)
                    applied += 1
                    #expect(site.snapshot() == (try RenderedPageCacheTests.fresh(site)), "\(path): in place is not what a build writes")
                case .failed(let errors):
                    Issue.record("\(path): \(errors)")
                case .needsBuild(let reason):
                    Issue.record("\(path): \(reason)")
                }
            }
        }
        #expect(applied >= paths.count)
    }
}
