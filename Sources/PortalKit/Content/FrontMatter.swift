/// The front matter of one content file, with the keys the generator understands typed and the rest as params.
public struct FrontMatter: Sendable {
    public var title: String = ""
    public var date: ContentDate?
    public var lastmod: ContentDate?
    public var expiryDate: ContentDate?
    public var draft = false
    public var summary: String?
    /// Terms per taxonomy key, e.g. `["tags": ["CO-RESP", "заетост"]]`.
    public var terms: [String: [String]] = [:]
    public var slug: String?
    public var translationKey: String?
    public var aliases: [String] = []
    public var weight: Int?
    public var image: String?
    public var imageAlt: String?
    /// The content path of a project page this item belongs to (e.g. `co-resp`).
    public var project: String?
    /// A template name that overrides the usual lookup.
    public var layout: String?
    /// Whether the page is featured on the home page.
    public var featured = false
    /// Menus this page adds itself to (`menu:`).
    public var menus: [FrontMatterMenu] = []
    /// Whether the page is rendered and listed (`build:`, `_build:`, `headless:`).
    public var build = PageBuildOptions()
    /// Any other keys, in the order written, for templates.
    public var params: [(key: String, value: ParamValue)] = []
    /// Whether the front matter could not be read at all (its error is already reported): checks that depend on
    /// its keys, such as a missing title, stay quiet rather than pile a second error on the first.
    public var unreadable = false
    /// Every key written with a value (not null), as the editor wrote it: schemas check these.
    public var writtenKeys: Set<String> = []
    /// Lines of keys whose values later stages check (image, aliases, slug), for their messages.
    public var lines: [String: Int] = [:]

    public init() {}
}
