import Foundation
import Testing

/// Mistakes in content give `path:line:col: error: message`, all at once, and never touch the output.
@Suite struct ErrorTests {
    @Test func badYAMLNamesFileLineAndColumn() throws {
        let errors = try TestSite.buildBadChange("""

            -- content/news/x.bg.md --
            ---
            title: Добре
            tags: [a, b
            ---
            """)
        #expect(errors.contains("content/news/x.bg.md:4:"), "\(errors)")
        #expect(errors.contains("error: invalid YAML"), "\(errors)")
        // One mistake, one error: the title that could not be read is not reported missing as well.
        #expect(!errors.contains("no title"), "\(errors)")
    }

    @Test func impossibleDateIsAnErrorAtItsValue() throws {
        let errors = try TestSite.buildBadChange("""

            -- content/x.bg.md --
            ---
            title: Х
            date: 2024-13-45
            ---
            """)
        #expect(errors.contains("content/x.bg.md:3:7: error: 'date' is not a valid date: '2024-13-45'"), "\(errors)")
    }

    @Test func everyErrorIsReportedAtOnce() throws {
        let errors = try TestSite.buildBadChange("""

            -- content/a.bg.md --
            ---
            date: 2024-01-01
            ---
            -- content/b.bg.md --
            ---
            title: Б
            tags: един
            ---
            -- content/c.fr.md --
            ---
            title: C
            ---
            """)
        #expect(errors.contains("content/a.bg.md:1:1: error: the page has no title"), "\(errors)")
        #expect(errors.contains("content/b.bg.md:3:7: error: 'tags' must be a list"), "\(errors)")
        #expect(errors.contains("content/c.fr.md:1:1: error: unknown language suffix '.fr'"), "\(errors)")
    }

    @Test func twoPagesWithTheSameURLNameBothFiles() throws {
        let errors = try TestSite.buildBadChange("""

            -- content/a.bg.md --
            ---
            title: А
            slug: same
            ---
            -- content/b.bg.md --
            ---
            title: Б
            slug: same
            ---
            """)
        #expect(errors.contains("content/b.bg.md:3:1: error: content/b.bg.md and content/a.bg.md would both be written to /same/"), "\(errors)")
    }

    @Test func brokenContentLinkAndAnchorAreErrors() throws {
        let errors = try TestSite.buildBadChange("""

            -- content/a.bg.md --
            ---
            title: А
            ---
            Първи ред.

            [липсва](missing.md) и [котва](b.md#nyama)
            -- content/b.bg.md --
            ---
            title: Б
            ---
            ## Има
            """)
        #expect(errors.contains("content/a.bg.md:6:10: error: link to missing.md: no page content/missing.md"), "\(errors)")
        #expect(errors.contains("content/a.bg.md:6:1: error: link to #nyama on content/b.bg.md, which has no heading or element with that id"), "\(errors)")
    }

    @Test func templateErrorNamesTemplateAndLine() throws {
        let errors = try TestSite.buildBadChange("""

            -- themes/t/templates/page.mustache --
            {{<base}}{{$main}}
            <h1>{{page.title}}</h1>
            {{#page.tags}}{{/page.tag}}
            {{/main}}{{/base}}
            -- content/a.md --
            ---
            title: A
            ---
            """)
        #expect(errors.contains("themes/t/templates/page.mustache:3:"), "\(errors)")
        #expect(errors.contains("closed with a different name"), "\(errors)")
    }

    @Test func missingPartialIsNamed() throws {
        let errors = try TestSite.buildBadChange("""

            -- themes/t/templates/page.mustache --
            {{<base}}{{$main}}{{> footer}}{{/main}}{{/base}}
            -- content/a.md --
            ---
            title: A
            ---
            """)
        #expect(errors.contains("themes/t/templates/page.mustache:1:19: error: template 'page' uses 'footer', which does not exist"), "\(errors)")
    }

    @Test func missingTemplateForAKindNamesTheTemplatesTried() throws {
        let site = try TestSite.build(Fixtures.site + "\n-- content/a.bg.md --\n---\ntitle: А\n---\n")
        let before = site.snapshot()
        try site.remove("themes/t/templates/list.mustache")
        try site.write("-- content/news/_index.bg.md --\n---\ntitle: Новини\n---\n")
        let errors = try site.rebuildExpectingError()
        #expect(errors.contains("themes/t/templates:1:1: error: no template for section page /news/"), "\(errors)")
        #expect(errors.contains("news/list.mustache, section.mustache, list.mustache"), "\(errors)")
        #expect(site.snapshot() == before)
    }

    @Test func failedBuildLeavesThePreviousOutputIntact() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/a.md --
            ---
            title: A
            ---
            """)
        let before = site.snapshot()
        #expect(!before.isEmpty)
        try site.write("""
            -- content/b.md --
            ---
            title: [unclosed
            ---
            """)
        _ = try site.rebuildExpectingError()
        #expect(site.snapshot() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".public") && $0 != ".public.build" }
        #expect(leftovers.isEmpty, "staging folders left behind: \(leftovers)")
    }

    @Test func staleFilesDoNotSurviveARebuild() throws {
        let site = try TestSite.build(Fixtures.site + """

            -- content/a.md --
            ---
            title: A
            ---
            -- content/b.md --
            ---
            title: B
            ---
            """)
        site.assertExists("public/b/index.html")
        try site.remove("content/b.md")
        _ = try site.rebuild()
        site.assertMissing("public/b/index.html")
    }

    @Test func missingSiteYAMLIsClear() throws {
        let errors = try TestSite.buildExpectingError("""
            -- content/a.md --
            ---
            title: A
            ---
            """)
        #expect(errors.contains("site.yaml:1:1: error: no site.yaml in"), "\(errors)")
    }
}
