/// The result of rendering one Markdown body.
public struct RenderedMarkdown: Sendable {
    /// The HTML, ready to insert unescaped into a template.
    public var html: String
    /// Headings in order, each with its id.
    public var headings: [Heading]
    /// The plain text of the paragraphs before `<!--more-->`, or `nil` when the body has no such marker.
    public var textBeforeMore: String?
    /// The plain text of the first paragraph, for summaries.
    public var firstParagraph: String?
    /// Errors and warnings at lines of the body: broken links, shortcode mistakes, removed HTML.
    public var problems: [MarkdownProblem]
    /// Internal links with a `#fragment` whose target must have that id: URL without fragment, fragment, line.
    public var anchoredLinks: [(url: String, fragment: String, line: Int)]
    /// Links and images into the site, whose targets must exist in the built output.
    public var localLinks: [LocalLink]
}
