/// What rendering one page's Markdown needs from the site: its language, link resolution, shortcodes and
/// the UI strings the Markdown stage writes itself (footnote labels).
struct MarkdownEnvironment {
    var language: String
    var resolve: (String) -> LinkResolution
    /// Runs one shortcode tag with the text between its tags; `nil` leaves shortcodes as written text.
    var shortcode: ((ShortcodeTag, ShortcodeInner?) -> Result<ShortcodeOutput, ShortcodeProblem>)?
    /// UI strings: `footnotes` (the notes' label) and `footnoteBack` (a back-link's label).
    var strings: [String: String]
    /// What a link to a document of the site should say about it (type, size, language); `nil` for none.
    var document: ((String) -> DocumentLink.Label?)? = nil
    /// Whether the shortcode of that name uses `innerMarkdown`, so a `{{< >}}` call's inner text is rendered.
    var wantsInnerMarkdown: (String) -> Bool = { _ in false }
    /// The `<picture>` for an image of the site (URL, alt text, whether it is the page's first image, line,
    /// column), or a problem with it; `nil` (or a `nil` result) leaves the image as cmark writes it.
    var image: ((String, String, Bool, Int, Int) -> Result<String, ImageProblem>?)? = nil
}
