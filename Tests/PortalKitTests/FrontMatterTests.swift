@testable import PortalKit
import Testing

/// Splitting files into front matter and body, and reading the keys.
@Suite struct FrontMatterTests {
    @Test func splitsAndCountsLines() throws {
        let parts = try FrontMatterSplitter.split("---\ntitle: A\n---\nBody\n", path: "a.md")
        #expect(parts == .init(yaml: "title: A", yamlFirstLine: 2, body: "Body\n", bodyFirstLine: 4))
    }

    @Test func acceptsBOMAndCRLF() throws {
        let parts = try FrontMatterSplitter.split("\u{FEFF}---\r\ntitle: A\r\n---\r\nBody\r\n", path: "a.md")
        #expect(parts == .init(yaml: "title: A", yamlFirstLine: 2, body: "Body\n", bodyFirstLine: 4))
    }

    @Test func blankLinesBeforeTheFenceAreSkippedAsHugoDoes() throws {
        let parts = try FrontMatterSplitter.split("\n  \n---\ntitle: A\n---\nBody\n", path: "a.md")
        #expect(parts == .init(yaml: "title: A", yamlFirstLine: 4, body: "Body\n", bodyFirstLine: 6))
    }

    @Test func fileWithoutFrontMatterIsAllBody() throws {
        let parts = try FrontMatterSplitter.split("# Title\n", path: "a.md")
        #expect(parts.yaml == nil)
        #expect(parts.body == "# Title\n")
    }

    @Test func frontMatterOnlyHasEmptyBody() throws {
        let parts = try FrontMatterSplitter.split("---\ntitle: A\n---", path: "a.md")
        #expect(parts.body == "")
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(throws: Diagnostic.self) { try FrontMatterSplitter.split("---\ntitle: A\nBody\n", path: "a.md") }
    }

    @Test func readsTypedKeysAndKeepsTheRestAsParams() {
        let log = DiagnosticLog()
        let matter = FrontMatterParser.parse(
            """
            title: "A & B"
            date: 2024-03-01
            draft: true
            tags: [CO-RESP, община]
            aliases: /old/
            weight: 3
            partners: [EASPD, NASO]
            """, path: "a.md", firstLine: 2, taxonomies: ["tags"], log: log)
        #expect(matter.title == "A & B")
        #expect(matter.date == ContentDate(year: 2024, month: 3, day: 1))
        #expect(matter.draft)
        #expect(matter.terms["tags"] == ["CO-RESP", "община"])
        #expect(matter.aliases == ["/old/"])
        #expect(matter.weight == 3)
        #expect(matter.params.map(\.key) == ["partners"])
        #expect(matter.params.first?.value == .list([.string("EASPD"), .string("NASO")]))
        #expect(log.all.isEmpty)
    }

    @Test func aTypoIsOneEditFromAKnownKey() {
        let known = FrontMatterParser.knownKeys + ["tags"]
        #expect(FrontMatterParser.nearMiss("titel", among: known) == "title")
        #expect(FrontMatterParser.nearMiss("Date", among: known) == "date")
        #expect(FrontMatterParser.nearMiss("tag", among: known) == "tags")
        #expect(FrontMatterParser.nearMiss("images", among: known) == "image")
        #expect(FrontMatterParser.nearMiss("titles2", among: known) == nil)
        #expect(FrontMatterParser.nearMiss("author", among: known) == nil)
        #expect(FrontMatterParser.nearMiss("weights", among: known) == "weight")
        #expect(FrontMatterParser.nearMiss("dates_x", among: known) == nil)
    }

    @Test func wrongTypesAreReportedAtTheValue() {
        let log = DiagnosticLog()
        _ = FrontMatterParser.parse("title: A\ndraft: maybe\nweight: heavy\n", path: "a.md", firstLine: 2, taxonomies: [], log: log)
        #expect(log.errors.map(\.description) == [
            "a.md:3:8: error: 'draft' must be true or false, not 'maybe'",
            "a.md:4:9: error: 'weight' must be a whole number, not 'heavy'",
        ])
    }

    /// Values are typed as YAML 1.1 types them: plain `yes`/`Off` are booleans, quoted ones are text, numbers
    /// are numbers only when plain.
    @Test func valuesAreTypedLikeYAML11() {
        let log = DiagnosticLog()
        let matter = FrontMatterParser.parse(
            """
            title: A
            draft: yes
            featured: Off
            flag: TRUE
            quoted: "true"
            count: 0x10
            ratio: 1.5
            code: "42"
            empty: ~
            """, path: "a.md", firstLine: 2, taxonomies: [], log: log)
        #expect(matter.draft)
        #expect(!matter.featured)
        let params = Dictionary(uniqueKeysWithValues: matter.params.map { ($0.key, $0.value) })
        #expect(params["flag"] == .bool(true))
        #expect(params["quoted"] == .string("true"))
        #expect(params["count"] == .int(16))
        #expect(params["ratio"] == .double(1.5))
        #expect(params["code"] == .string("42"))
        #expect(params["empty"] == nil)
        #expect(log.all.isEmpty)
    }

    /// A boolean key takes any letter case; an explicit `!!str` tag keeps a param text, and a quoted param is text.
    @Test func booleanKeysTakeAnyCaseParamsAreExact() {
        let log = DiagnosticLog()
        let matter = FrontMatterParser.parse(
            "title: A\ndraft: True\nfeatured: tRUE\nanswer: !!str yes\nquoted: 'no'\n",
            path: "a.md", firstLine: 2, taxonomies: [], log: log)
        #expect(matter.draft && matter.featured)
        let params = Dictionary(uniqueKeysWithValues: matter.params.map { ($0.key, $0.value) })
        #expect(params["answer"] == .string("yes"))
        #expect(params["quoted"] == .string("no"))
        #expect(log.all.isEmpty)
    }

    @Test func aQuotedBooleanIsText() {
        let log = DiagnosticLog()
        _ = FrontMatterParser.parse("title: A\ndraft: \"true\"\n", path: "a.md", firstLine: 2, taxonomies: [], log: log)
        #expect(log.errors.map(\.description) == ["a.md:3:8: error: 'draft' must be true or false, not 'true'"])
    }
}
