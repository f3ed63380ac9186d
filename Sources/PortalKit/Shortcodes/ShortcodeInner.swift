/// The text between a paired shortcode's tags, as templates get it.
struct ShortcodeInner {
    /// `inner`: for `{{< >}}` the text as written (HTML), for `{{% %}}` rendered as Markdown.
    var html: String
    /// `innerMarkdown`: the text rendered as Markdown in both forms (Hugo's `.Inner | markdownify`); computed only
    /// for templates that use it.
    var markdown: String?
}
