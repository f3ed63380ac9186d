import Foundation
import Testing

@testable import PortalKit

/// The sitemap splits under a sitemap index when it has more URLs than one file may hold.
@Suite struct SitemapTests {
    @Test func largeSitesGetASitemapIndex() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("portal-sitemap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [
            "site.yaml": "baseURL: https://example.org/\nlanguages: {bg: {name: Български}}\n",
            "content/a.md": "---\ntitle: A\n---\n", "content/b.md": "---\ntitle: B\n---\n",
            "content/c.md": "---\ntitle: C\n---\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
        let options = BuildOptions(sourceRoot: root, now: Date(timeIntervalSince1970: 0))
        let site = try Build.assemble(options, log: DiagnosticLog()).site
        let writer = try OutputWriter(outputRoot: options.outputRoot)
        try SitemapWriter(site: site, writer: writer, maxURLs: 2).write()
        try writer.commit()
        let index = try String(contentsOf: options.outputRoot.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        #expect(index.contains("<sitemap><loc>https://example.org/sitemap-1.xml</loc></sitemap>"))
        #expect(index.contains("<sitemap><loc>https://example.org/sitemap-2.xml</loc></sitemap>"))
        let first = try String(contentsOf: options.outputRoot.appendingPathComponent("sitemap-1.xml"), encoding: .utf8)
        #expect(first.components(separatedBy: "<url>").count - 1 == 2)
    }
}
