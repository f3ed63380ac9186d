import Foundation
@testable import PortalKit
import Testing

/// What `.portal-cache/content.bin` keeps reads back exactly as it was written, field for field.
@Suite struct BuildCacheCodingTests {
    /// A front matter with every field away from its default.
    static var everyField: FrontMatter {
        var matter = FrontMatter()
        matter.title = "Заглавие"
        matter.date = ContentDate(year: 2024, month: 3, day: 1, hour: 10, minute: 5, second: 7, utcOffset: 7200, hasTime: true)
        matter.lastmod = ContentDate(year: 2024, month: 3, day: 2)
        matter.expiryDate = ContentDate(year: 2030, month: 1, day: 1, utcOffset: -3600)
        matter.draft = true
        matter.summary = "Кратко"
        matter.terms = ["tags": ["CO-RESP", "заетост"], "categories": []]
        matter.slug = "zaglavie"
        matter.translationKey = "key"
        matter.aliases = ["/stari/", "/old/"]
        matter.weight = -3
        matter.image = "snimka.jpg"
        matter.imageAlt = "Снимка"
        matter.project = "co-resp"
        matter.layout = "wide"
        matter.featured = true
        matter.menus = [FrontMatterMenu(menu: "main", name: "Кратко", weight: 10, line: 4, column: 3)]
        matter.build.render = .never
        matter.build.list = .local
        matter.build.publishResources = false
        matter.params = [
            ("z", .string("последен")), ("count", .int(1 << 40)), ("ratio", .double(-0.25)), ("on", .bool(true)),
            ("list", .list([.int(1), .map([("a", .string("б"))])])),
        ]
        matter.unreadable = true
        matter.writtenKeys = ["title", "date", "z"]
        matter.lines = ["image": 5, "param:z": 9]
        return matter
    }

    @Test func frontMatterReadsBackAsWritten() throws {
        let matter = Self.everyField
        let blank = FrontMatter()
        let unset = zip(Mirror(reflecting: matter).children, Mirror(reflecting: blank).children).filter {
            String(describing: $0.value) == String(describing: $1.value)
        }
        #expect(unset.isEmpty, "the sample leaves \(unset.map { $0.0.label ?? "?" }) at the default: set it, and write it to the cache")
        var writer = CacheWriter()
        matter.write(to: &writer)
        var reader = CacheReader(writer.bytes)
        let read = try FrontMatter(from: &reader)
        #expect(reader.isAtEnd)
        #expect(read == matter)
        #expect(read.params.map(\.key) == matter.params.map(\.key))
    }

    @Test func renderedMarkdownReadsBackAsWritten() throws {
        let result = RenderedMarkdown(
            html: "<h2 id=\"a\">А</h2>\n<p>Текст</p>\n", headings: [Heading(level: 2, text: "А", id: "a")],
            textBeforeMore: "Преди", firstParagraph: "Текст", problems: [],
            anchoredLinks: [(url: "/news/", fragment: "b", line: 3)],
            localLinks: [LocalLink(url: "/news/", line: 3, column: 5, written: "news.bg.md")])
        var writer = CacheWriter()
        result.write(to: &writer)
        for answer in [LinkResolution.unchanged, .rewritten("/a/"), .broken("b.md")] { answer.write(to: &writer) }
        DocumentLink.Label(mimeType: "application/pdf", meta: "PDF, 2 КБ", hreflang: "en").write(to: &writer)
        var reader = CacheReader(writer.bytes)
        let read = try RenderedMarkdown(from: &reader)
        #expect(read.html == result.html && read.headings == result.headings)
        #expect(read.textBeforeMore == "Преди" && read.firstParagraph == "Текст")
        #expect(read.anchoredLinks.map { "\($0.url)#\($0.fragment):\($0.line)" } == ["/news/#b:3"])
        #expect(read.localLinks == result.localLinks)
        #expect(try [LinkResolution(from: &reader), LinkResolution(from: &reader), LinkResolution(from: &reader)]
            == [.unchanged, .rewritten("/a/"), .broken("b.md")])
        #expect(try DocumentLink.Label(from: &reader) == DocumentLink.Label(mimeType: "application/pdf", meta: "PDF, 2 КБ", hreflang: "en"))
        #expect(reader.isAtEnd)
    }

    @Test func damagedBytesAreRefusedNotTrusted() {
        var writer = CacheWriter()
        Self.everyField.write(to: &writer)
        let bytes = writer.bytes
        for cut in [0, 1, bytes.count / 2, bytes.count - 1] {
            var reader = CacheReader(Array(bytes.prefix(cut)))
            #expect(throws: CacheReader.Malformed.self) { try FrontMatter(from: &reader) }
        }
        var reader = CacheReader([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01])
        #expect(throws: CacheReader.Malformed.self) { try reader.int() }
        reader = CacheReader([0x02, 0xC3, 0x28])
        #expect(throws: CacheReader.Malformed.self) { try reader.string() }
    }

    @Test func integersKeepTheirSign() throws {
        var writer = CacheWriter()
        let numbers = [0, 1, -1, 63, -64, 64, Int.max, Int.min, 1 << 40]
        for number in numbers { writer.int(number) }
        var reader = CacheReader(writer.bytes)
        #expect(try numbers.map { _ in try reader.int() } == numbers)
        #expect(writer.bytes.prefix(3) == [0, 2, 1])
    }
}
