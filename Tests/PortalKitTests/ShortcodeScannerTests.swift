@testable import PortalKit
import Testing

/// Shortcode tags as Hugo writes them, read exactly.
@Suite struct ShortcodeScannerTests {
    private func tags(_ text: String) -> [ShortcodeTag] {
        ShortcodeScanner(text: text).scan().compactMap { found in
            if case .tag(let tag) = found { return tag }
            return nil
        }
    }

    @Test func positionalNamedQuotedAndRawArguments() {
        let tag = tags(#"Text {{< figure "a b" `raw "x"` src=photo.jpg alt="Среща \"А\"" >}} end"#)[0]
        #expect(tag.name == "figure")
        #expect(tag.args == ["a b", #"raw "x""#])
        #expect(tag.params.map(\.key) == ["src", "alt"])
        #expect(tag.params.map(\.value) == ["photo.jpg", #"Среща "А""#])
        #expect(tag.delimiter == .angle)
        #expect(tag.form == .opening)
        #expect((tag.line, tag.column) == (1, 6))
    }

    @Test func closingSelfClosingPercentAndEscapedForms() {
        let found = tags("{{% note %}}\n{{< /note >}} {{< br />}} {{<br/>}} {{</* ref \"x\" */>}}")
        #expect(found.map(\.name) == ["note", "note", "br", "br", "ref"])
        #expect(found.map(\.form) == [.opening, .closing, .selfClosing, .selfClosing, .opening])
        #expect(found[0].delimiter == .percent)
        #expect(found[4].escaped)
        #expect(found[4].literal(in: "{{% note %}}\n{{< /note >}} {{< br />}} {{<br/>}} {{</* ref \"x\" */>}}") == "{{< ref \"x\" >}}")
        #expect((found[1].line, found[1].column) == (2, 1))
    }

    @Test func pairingNestsAndLeavesUnclosedTagsAlone() {
        let text = "{{< a >}}{{< b >}}{{< c >}}x{{< /c >}}{{< /a >}}{{< /d >}}"
        let calls = ShortcodeCall.structure(ShortcodeScanner(text: text).scan())
        #expect(calls.count == 2)
        #expect(calls[0].tag.name == "a")
        #expect(calls[0].inner.map { String(text[$0]) } == "{{< b >}}{{< c >}}x{{< /c >}}")
        #expect(calls[0].children.map(\.tag.name) == ["b", "c"])
        #expect(calls[0].children[0].inner == nil)
        #expect(calls[0].children[1].inner.map { String(text[$0]) } == "x")
        if case .orphanClosing = calls[1].kind {} else { Issue.record("{{< /d >}} should be an orphan closing tag") }
    }

    @Test func malformedTagsAreReportedNotSkipped() {
        let found = ShortcodeScanner(text: "a {{< >}} b {{< x \"open >}}").scan()
        let reasons = found.compactMap { item -> String? in
            if case .malformed(_, _, _, let reason) = item { return reason }
            return nil
        }
        #expect(reasons == ["a shortcode tag needs a name after '{{>'", "unreadable argument in the shortcode 'x' (check its quotes)"])
    }

    @Test func placeholdersKeepLineNumbers() {
        let text = "a\n{{< x >}}\nb\n{{< y >}}\nin\nside\n{{< /y >}}\nc\n"
        let calls = ShortcodeCall.structure(ShortcodeScanner(text: text).scan())
        let placeholders = ShortcodePlaceholders(text[...], calls: calls)
        #expect(placeholders.text == "a\n\u{E000}0\u{E001}\nb\n\u{E000}1\u{E001}\nc\n")
        #expect(placeholders.originalLine(5) == 8)
        #expect(placeholders.originalLine(3) == 3)
    }
}
