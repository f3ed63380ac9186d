import Foundation
import PortalKit
import Testing

/// Schemas, images, odd input, unsafe output folders, `portal check` and `portal new`.
@Suite struct EditorSafetyTests {
    static let awardsSchema = Fixtures.site.replacingOccurrences(
        of: "theme: t", with: "theme: t\nschemas:\n  awards: {required: [year], optional: [winners]}")

    @Test func didYouMeanOnlyForOneEditFromAKnownKeyThatTheSiteDoesNotDeclare() throws {
        let site = try TestSite.build(Self.awardsSchema.replacingOccurrences(
            of: "author: {", with: "params: {images: [a.png]}\nauthor: {") + """

            -- content/awards/a.bg.md --
            ---
            title: Награди
            year: 2020
            winners: [А]
            titel: Грешка
            images: [b.png]
            author: Някой
            summary: Кратко
            description: Описание, когато има и summary
            ---
            """)
        let warnings = site.log.warnings.map(\.description)
        #expect(warnings.contains { $0.hasPrefix("content/awards/a.bg.md:5:1: warning: unknown key 'titel'; did you mean 'title'?") }, "\(warnings)")
        #expect(!warnings.contains { $0.contains("did you mean 'image'") }, "a site param is declared: \(warnings)")
        #expect(!warnings.contains { $0.contains("'year'") || $0.contains("'winners'") }, "schema keys are declared: \(warnings)")
        #expect(!warnings.contains { $0.contains("did you mean") && $0.contains("'author'") }, "\(warnings)")
        #expect(!warnings.contains { $0.contains("did you mean 'description'") }, "a known key is never a typo of itself: \(warnings)")
    }

    @Test func schemaRequiresKeysAndWarnsOnUnknownOnes() throws {
        let errors = try TestSite.buildBadChange(Self.awardsSchema + """

            -- content/awards/a.bg.md --
            ---
            title: Награди
            ---
            """)
        #expect(errors.contains("content/awards/a.bg.md:1:1: error: awards pages need 'year'"), "\(errors)")
        let site = try TestSite.build(Self.awardsSchema + """

            -- content/awards/a.bg.md --
            ---
            title: Награди
            year: 2019
            jury: someone
            ---
            """)
        #expect(site.log.warnings.map(\.description).contains { $0.hasPrefix("content/awards/a.bg.md:4:1: warning: unknown key 'jury' for awards pages") })
    }

    @Test func imageNeedsAltTextAndMustExist() throws {
        let errors = try TestSite.buildBadChange("""
            -- content/projects/x/index.bg.md --
            ---
            title: Х
            image: photo.jpg
            ---
            -- content/projects/y/index.bg.md --
            ---
            title: У
            image: logo.svg
            image_alt: Логото на проекта
            ---
            -- content/projects/y/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """)
        #expect(errors.contains("content/projects/x/index.bg.md:3:1: error: image 'photo.jpg' has no alt text"), "\(errors)")
        #expect(errors.contains("content/projects/x/index.bg.md:3:1: error: image 'photo.jpg' does not exist"), "\(errors)")
        #expect(!errors.contains("projects/y/"), "\(errors)")
    }

    @Test func byteOrderMarkCRLFAndFrontMatterOnlyFilesBuild() throws {
        let root = try TestSite.write(Fixtures.site)
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data("\u{FEFF}---\r\ntitle: С BOM\r\n---\r\nРед едно.\r\n\r\n## Глава\r\n".utf8).write(to: content.appendingPathComponent("bom.bg.md"))
        try Data("---\ntitle: Само заглавие\n---".utf8).write(to: content.appendingPathComponent("only.bg.md"))
        try Data(("---\ntitle: Дълъг\n---\n" + String(repeating: "а", count: 200_000) + "\n").utf8)
            .write(to: content.appendingPathComponent("long.bg.md"))
        try Build.run(TestSite.options(root, drafts: false, future: false, baseURL: nil))
        let html = try String(contentsOf: root.appendingPathComponent("public/bom/index.html"), encoding: .utf8)
        #expect(html.contains("<p>Ред едно.</p>") && html.contains(#"<h2 id="glava">"#) && !html.contains("\r"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/only/index.html").path))
    }

    @Test func nonUTF8FileIsAClearError() throws {
        let root = try TestSite.write(Fixtures.site)
        let content = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x74, 0x3A, 0x20, 0xE0, 0xE1, 0x0A]).write(to: content.appendingPathComponent("cp1251.bg.md"))
        let errors = try TestSite(root: root, report: nil, log: DiagnosticLog()).rebuildExpectingError()
        #expect(errors.contains("content/cp1251.bg.md:2:4: error: the file is not valid UTF-8 text"), "\(errors)")
    }

    @Test(arguments: ["", "content", "themes", "/"])
    func outputMayNotBeAFolderTheBuildWouldDestroy(_ relative: String) throws {
        let root = try TestSite.write(Fixtures.site + "\n-- content/a.md --\n---\ntitle: A\n---\n")
        let output = relative == "/" ? URL(fileURLWithPath: "/") : root.appendingPathComponent(relative)
        #expect(throws: BuildFailure.self) {
            try Build.run(BuildOptions(sourceRoot: root, outputRoot: output, now: TestSite.now))
        }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("content/a.md").path))
    }

    @Test func symbolicLinksInContentAreNotFollowed() throws {
        let secret = TestFolders.make("secret").appendingPathExtension("txt")
        try Data("secret".utf8).write(to: secret)
        let site = try TestSite.build(Fixtures.site + "\n-- content/a.md --\n---\ntitle: A\n---\n")
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("content/leak.txt"), withDestinationURL: secret)
        _ = try site.rebuild()
        site.assertMissing("public/leak.txt")
    }

    @Test func checkValidatesWithoutWriting() throws {
        let root = try TestSite.write(Fixtures.site + "\n-- content/a.md --\n---\ntitle: A\n---\n[x](missing.md)\n")
        var options = TestSite.options(root, drafts: false, future: false, baseURL: nil)
        options.dryRun = true
        #expect(throws: BuildFailure.self) { try Build.run(options) }
        try TestSite.writeFiles("-- content/a.md --\n---\ntitle: A\n---\n", into: root)
        let report = try Build.run(options)
        #expect(report.filesWritten > 5)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func translationStatusFindsMissingAndStaleTranslations() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/a.bg.md --
            ---
            title: А
            lastmod: 2024-05-01
            ---
            -- content/a.en.md --
            ---
            title: A
            lastmod: 2024-03-01
            ---
            -- content/b.bg.md --
            ---
            title: Б
            lastmod: 2024-01-01
            ---
            -- content/b.en.md --
            ---
            title: B
            lastmod: 2024-02-01
            ---
            -- content/c.bg.md --
            ---
            title: В
            ---
            """)
        let status = TranslationStatus.report(try #require(site.report?.site), changed: [:])
        #expect(status.stale.map(\.path) == ["content/a.en.md"])
        #expect(status.missing.map(\.path) == ["content/c.bg.md"])
        #expect(status.table.contains("stale   en  content/a.en.md  content/a.bg.md changed 2024-05-01, this translation 2024-03-01"))
    }

    @Test func newPageGetsATransliteratedNameAndRefusesToOverwrite() throws {
        let root = try TestSite.write(Fixtures.site)
        let config = try SiteConfigLoader.load(sourceRoot: root, log: DiagnosticLog())
        let path = try NewPage.create(
            sourceRoot: root, config: config, section: "news", title: "Среща със Столична Община", language: nil,
            now: TestSite.now)
        #expect(path == "content/news/sreshta-sas-stolichna-obshtina.bg.md")
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        #expect(text == "---\ntitle: \"Среща със Столична Община\"\ndate: 2026-11-22\ndraft: true\n---\n\n")
        #expect(throws: Diagnostic.self) {
            try NewPage.create(sourceRoot: root, config: config, section: "news", title: "Среща със Столична Община", language: "bg")
        }
        #expect(throws: Diagnostic.self) {
            try NewPage.create(sourceRoot: root, config: config, section: "news", title: "X", language: "fr")
        }
    }
}

/// Paths from content can never leave the output folder, and the site's own files override the theme's.
@Suite struct ContentPathSafetyTests {
    @Test func slugsAndFileNamesCannotEscapeTheOutputFolder() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/a.bg.md --
            ---
            title: А
            slug: ../../../etc/evil
            ---
            -- content/!!!.bg.md --
            ---
            title: Само знаци
            ---
            """)
        site.assertExists("public/etc-evil/index.html")
        site.assertExists("public/page/index.html")
        #expect(!FileManager.default.fileExists(atPath: site.root.deletingLastPathComponent().appendingPathComponent("etc/evil").path))
    }

    @Test func siteStringsAndTemplatesOverrideTheTheme() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- i18n/en.yaml --
            readMore: Continue reading
            -- templates/page.mustache --
            {{<base}}{{$main}}<p class="own">{{i18n.readMore}}</p>{{/main}}{{/base}}
            -- content/a.en.md --
            ---
            title: A
            ---
            """)
        site.assertFile("public/en/a/index.html", contains: #"<p class="own">Continue reading</p>"#)
    }
}

/// The NASO theme's membership form, when site.yaml gives it an address.
@Suite struct MembershipFormTests {
    @Test func formHasLabelledRequiredFieldsAndTheConfiguredAction() throws {
        let root = try TestSite.write("""
            -- site.yaml --
            baseURL: https://example.org/
            theme: naso
            languages:
              bg: {name: Български, title: Портал}
              en: {name: English, title: Portal}
            params:
              membershipFormAction: https://forms.example.org/naso
              membersAreaURL: https://members.example.org/
            -- content/members.bg.md --
            ---
            title: Членство
            slug: chlenstvo
            layout: members
            ---
            """)
        try FileManager.default.copyItem(
            at: RepositorySiteTests.repository.appendingPathComponent("themes"), to: root.appendingPathComponent("themes"))
        try Build.run(TestSite.options(root, drafts: false, future: false, baseURL: nil))
        let html = try String(contentsOf: root.appendingPathComponent("public/chlenstvo/index.html"), encoding: .utf8)
        for expected in [
            #"<form class="form" method="post" action="https://forms.example.org/naso">"#,
            #"<label for="m-org">Организация <span class="req">(задължително)</span></label>"#,
            #"<input id="m-org" name="organisation" type="text" required autocomplete="organization">"#,
            #"<input id="m-email" name="email" type="email" required autocomplete="email">"#,
            #"<a class="button" href="https://members.example.org/">Вход за членове</a>"#,
        ] {
            #expect(html.contains(expected), "missing: \(expected)")
        }
        #expect(!html.contains("Секретариата"))
    }
}

/// Translation staleness from git history, for files without `lastmod`.
@Suite struct GitTranslationStatusTests {
    func git(_ arguments: [String], in root: URL, date: String? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_AUTHOR_NAME"] = "test"
        environment["GIT_AUTHOR_EMAIL"] = "test@example.org"
        environment["GIT_COMMITTER_NAME"] = "test"
        environment["GIT_COMMITTER_EMAIL"] = "test@example.org"
        if let date {
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
        }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    }

    @Test func sourceCommittedAfterItsTranslationMakesItStale() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/a.bg.md --
            ---
            title: А
            ---
            -- content/a.en.md --
            ---
            title: A
            ---
            """)
        try git(["init", "-q"], in: site.root)
        try git(["add", "content/a.en.md"], in: site.root)
        try git(["commit", "-q", "-m", "en"], in: site.root, date: "2024-01-01T10:00:00Z")
        try git(["add", "content/a.bg.md"], in: site.root)
        try git(["commit", "-q", "-m", "bg"], in: site.root, date: "2024-02-01T10:00:00Z")
        let dates = GitDates.lastChanged(sourceRoot: site.root)
        #expect(dates["content/a.bg.md"]?.isoDay == "2024-02-01")
        let status = TranslationStatus.report(try #require(site.report?.site), changed: dates)
        #expect(status.stale.map(\.path) == ["content/a.en.md"])
        #expect(status.stale.first?.detail == "content/a.bg.md changed 2024-02-01, this translation 2024-01-01")
    }
}
