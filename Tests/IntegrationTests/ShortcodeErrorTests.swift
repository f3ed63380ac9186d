import Foundation
import PortalKit
import Testing

/// Shortcode and body-link mistakes: one `path:line:col: error:` each, and the last good output untouched.
@Suite struct ShortcodeErrorTests {
    @Test func unknownShortcodeNamesItAndWhereItsTemplateMayGo() throws {
        let errors = try TestSite.buildBadChange("""

            -- content/x.bg.md --
            ---
            title: Х
            ---
            Текст и {{< youtube id="abc" >}}.
            """)
        #expect(errors.contains("content/x.bg.md:4:9: error: unknown shortcode 'youtube'"), "\(errors)")
        #expect(errors.contains("shortcodes/youtube.mustache (this site) or themes/t/shortcodes/youtube.mustache"), "\(errors)")
    }

    @Test func unclosedAndOrphanTagsAreErrors() throws {
        let errors = try TestSite.buildBadChange("""

            -- content/x.bg.md --
            ---
            title: Х
            ---
            {{< details summary="Повече" >}}
            Текст без край.

            Край {{< /note >}}
            """)
        #expect(errors.contains("content/x.bg.md:4:1: error: the shortcode 'details' is opened but never closed"), "\(errors)")
        #expect(errors.contains("content/x.bg.md:7:6: error: closing tag '{{< /note >}}' has no opening tag"), "\(errors)")
    }

    @Test func malformedTagIsAnError() throws {
        let errors = try TestSite.buildBadChange("""

            -- content/x.bg.md --
            ---
            title: Х
            ---
            Ред.
            {{< figure src="a.jpg >}}
            """)
        #expect(errors.contains("content/x.bg.md:5:1: error: the value of 'src' in the shortcode 'figure' has no closing quote"), "\(errors)")
    }

    @Test func refToAMissingPageAndFigureWithoutAlt() throws {
        let errors = try TestSite.buildBadChange("""

            -- content/x.bg.md --
            ---
            title: Х
            ---
            [Виж]({{< relref "/news/nyama.md" >}})

            {{< figure src="/logo.svg" >}}
            -- static/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """)
        #expect(errors.contains("content/x.bg.md:4:7: error: 'relref' to '/news/nyama.md': no page content/news/nyama.md"), "\(errors)")
        #expect(errors.contains("content/x.bg.md:6:1: error: the figure '/logo.svg' has no alt text"), "\(errors)")
    }

    @Test func shortcodeTemplateErrorNamesTemplateAndLine() throws {
        let errors = try TestSite.buildBadChange("""

            -- shortcodes/box.mustache --
            <div>
            {{#inner}}
            </div>
            -- content/x.bg.md --
            ---
            title: Х
            ---
            {{< box >}}x{{< /box >}}
            """)
        #expect(errors.contains("shortcodes/box.mustache:"), "\(errors)")
        #expect(errors.contains("error: shortcode template error: a section is opened but never closed"), "\(errors)")
    }

    @Test func missingBodyImagesFilesAndPagesAreErrorsAtTheirColumn() throws {
        let errors = try TestSite.buildBadChange("""

            -- content/news/_index.bg.md --
            ---
            title: Новини
            slug: novini
            ---
            -- content/news/x.bg.md --
            ---
            title: Х
            ---
            Вижте [отчета](dokument.pdf) и ![снимка](/images/x.jpg).

            Също [страница](../missing-page/) и [добре](/ok/), [статично](/logo.svg).
            -- static/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """)
        #expect(errors.contains("content/news/x.bg.md:4:16: error: link to 'dokument.pdf': the site has no file /novini/x/dokument.pdf"), "\(errors)")
        #expect(errors.contains("content/news/x.bg.md:4:42: error: link to '/images/x.jpg': the site has no file /images/x.jpg"), "\(errors)")
        #expect(errors.contains("content/news/x.bg.md:6:17: error: link to '../missing-page/': the site has no file /novini/missing-page/index.html"), "\(errors)")
        #expect(!errors.contains("/ok/"), "\(errors)")
        #expect(!errors.contains("logo.svg"), "\(errors)")
    }

    @Test func checkReportsMissingFilesToo() throws {
        let root = try TestSite.write(Fixtures.site + """

            -- content/x.bg.md --
            ---
            title: Х
            ---
            [отчет](otchet.pdf)
            """)
        var options = TestSite.options(root, drafts: false, future: false, baseURL: nil)
        options.dryRun = true
        #expect(throws: BuildFailure.self) { try Build.run(options) }
    }

    @Test func missingDocumentIsAnError() throws {
        let errors = try TestSite.buildBadChange("""

            -- content/x.bg.md --
            ---
            title: Х
            ---
            {{< document src="/files/otchet.pdf" title="Отчет" >}}
            """)
        #expect(errors.contains("content/x.bg.md:4:1: error: the document '/files/otchet.pdf' does not exist"), "\(errors)")
    }

    @Test func linkErrorsComeWithTheOtherErrorsOfTheSameBuild() throws {
        let errors = try TestSite.buildBadChange("""

            -- content/x.bg.md --
            ---
            title: Х
            date: 2024-13-45
            ---
            [отчет](otchet.pdf)
            """)
        #expect(errors.contains("content/x.bg.md:3:7: error: 'date' is not a valid date"), "\(errors)")
        #expect(errors.contains("content/x.bg.md:5:9: error: link to 'otchet.pdf'"), "\(errors)")
    }

    @Test func anchorsMayBeIdsFromShortcodesRawHTMLOrTheTemplate() throws {
        _ = try TestSite.build(Fixtures.site.replacingOccurrences(of: "theme: t", with: "theme: t\nallowHTML: true") + """

            -- shortcodes/divider.mustache --
            <hr id="{{params.id}}">
            -- themes/t/templates/404.mustache --
            {{<base}}{{$main}}<h1 id="top">404</h1>{{/main}}{{/base}}
            -- content/x.bg.md --
            ---
            title: Х
            ---
            [към резултата](#result) [към HTML](#raw) [на началото](y.md#main-part)

            {{% divider id="result" %}}

            <div id="raw">Текст</div>
            -- content/y.bg.md --
            ---
            title: У
            layout: withmain
            ---
            -- themes/t/templates/withmain.mustache --
            {{<base}}{{$main}}<section id="main-part">{{page.title}}</section>{{/main}}{{/base}}
            """)
    }
}
