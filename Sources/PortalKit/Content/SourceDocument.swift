/// One content file after loading: where it is, its front matter and its Markdown body.
public struct SourceDocument: Sendable {
    public var path: ContentPath
    public var frontMatter: FrontMatter
    /// The Markdown text after the front matter.
    public var body: String
    /// The file line on which the body starts, so Markdown problems name the right line.
    public var bodyFirstLine: Int
}
