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
    /// Links that could not be resolved: the message and the line within the body.
    public var brokenLinks: [(message: String, line: Int)]
    /// Internal links with a `#fragment` whose target must have that id: URL without fragment, fragment, line.
    public var anchoredLinks: [(url: String, fragment: String, line: Int)]
}
