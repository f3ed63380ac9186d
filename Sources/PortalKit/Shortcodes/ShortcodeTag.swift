/// One shortcode tag as written in Markdown: `{{< name "arg" key="value" >}}`, `{{% name %}}`, `{{< /name >}}`,
/// `{{< name />}}`, or the escape `{{</* name */>}}` that prints a tag literally.
struct ShortcodeTag: Sendable {
    /// `{{< >}}` passes its inner text on as HTML; `{{% %}}` renders it as Markdown first.
    enum Delimiter: Sendable { case angle, percent }
    enum Form: Sendable { case opening, closing, selfClosing }

    var name: String
    var delimiter: Delimiter
    var form: Form
    /// Written inside `/* */`: printed as the tag it shows, never run.
    var escaped: Bool
    /// Positional arguments, in order.
    var args: [String]
    /// Named arguments, in the order written.
    var params: [(key: String, value: String)]
    /// Where the tag stands in the text it was found in.
    var range: Range<String.Index>
    /// 1-based line and column of `{{` in that text.
    var line: Int
    var column: Int

    /// The tag as a reader should see it when it is escaped: the same text without `/*` and `*/`.
    func literal(in text: String) -> String {
        var written = String(text[range])
        guard escaped else { return written }
        if let open = written.range(of: "/*") { written.removeSubrange(open) }
        if let close = written.range(of: "*/", options: .backwards) { written.removeSubrange(close) }
        return written
    }

    /// A named argument's value, if written.
    func param(_ key: String) -> String? {
        params.first { $0.key == key }?.value
    }
}
