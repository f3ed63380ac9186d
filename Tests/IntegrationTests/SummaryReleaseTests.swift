import Foundation
import Testing

@testable import PortalKit

/// The pages described as list items are the largest thing a build holds after the HTML; a build nobody keeps
/// lets go of them once every page is rendered, before the feeds need memory of their own.
@Suite struct SummaryReleaseTests {
    @Test func listItemsAreReleasedAfterRenderingUnlessTheBuildIsKept() throws {
        let root = try TestSite.write(Fixtures.site + """

            -- content/news/_index.bg.md --
            ---
            title: Новини
            ---
            -- content/news/a.bg.md --
            ---
            title: А
            date: 2024-03-01
            ---
            Текст.
            """)
        defer { try? FileManager.default.removeItem(at: root) }
        for keeps in [false, true] {
            var options = TestSite.options(root, drafts: false, future: false, baseURL: nil)
            options.keepsLiveSite = keeps
            let log = DiagnosticLog()
            let (site, theme) = try Build.assemble(options, log: log)
            let writer = try OutputWriter(outputRoot: options.outputRoot, dryRun: true)
            let siteWriter = SiteWriter(
                site: site, theme: try #require(theme), writer: writer, options: options, log: log, timings: StageTimings())
            _ = try siteWriter.write()
            let listed = site.pages.filter { $0.kind != .notFound }.count
            #expect(siteWriter.contexts.keptSummaries == (keeps ? listed : 0), "keepsLiveSite: \(keeps)")
            site.releaseLinks()
        }
    }
}
