/// One page of the built site, in one language: a content page or a generated list.
///
/// Pages are assembled once (URLs, translations, relations), then rendered; every later stage reads them.
public final class Page: @unchecked Sendable {
    public let kind: PageKind
    /// The language code.
    public let language: String
    /// Site-relative URL, always starting and ending with `/` (except `/404.html`).
    public var url: String
    public var title: String
    /// The content file this page comes from, if any. Its Markdown body is emptied once rendered, unless a
    /// serve cache keeps it (``releaseBody()``).
    public private(set) var document: SourceDocument?
    /// Pages with the same key in other languages are translations of this one.
    public var translationKey: String
    /// Other-language versions, by language code (not including this page).
    public var translations: [String: Page] = [:]
    /// The section key (`news`), `""` for top-level pages and generated pages outside sections.
    public var section: String
    /// The section's list page in this language, for breadcrumbs and "back" links.
    public weak var sectionPage: Page?
    public var date: ContentDate?
    public var lastmod: ContentDate?
    public var weight: Int?
    /// Rendered Markdown; empty for generated pages. A build nobody keeps empties it again once the page is written,
    /// unless a feed or the search index reads it later (``releaseContent()``).
    public var contentHTML = ""
    public var headings: [Heading] = []
    /// Plain-text summary (front matter, text before `<!--more-->`, or first paragraph).
    public var summary = ""
    /// The pages a list shows, in display order.
    public var items: [Page] = []
    /// Terms per taxonomy key, as term pages in this language.
    public var terms: [String: [Page]] = [:]
    /// For a term page: the taxonomy key; for a taxonomy page: its key too.
    public var taxonomy: String?
    /// For an archive: its year.
    public var year: Int?
    /// The project page a news item belongs to.
    public weak var project: Page?
    /// News items that name this page as their project, newest first.
    public var related: [Page] = []
    /// Files copied next to a bundle page (names relative to the bundle folder).
    public var resources: [String] = []
    /// Links in the content with a `#fragment` to check: target URL (empty for this page), fragment, file line.
    public var anchoredLinks: [(url: String, fragment: String, line: Int)] = []
    /// Whether a link points at an anchor on this page, so the renderer collects the page's ids.
    public var collectsIDs = false
    /// The ids of the rendered page, when ``collectsIDs``.
    public var renderedIDs: Set<String> = []
    /// Images of the site the page shows (its lead image and those in its content), for the weight budget.
    public var images: [PublishedImage] = []
    /// The front matter's `image:`, when it is an image of the site that portal publishes.
    public var leadImage: PublishedImage?
    /// Links and images in the content that point into the site, at file lines; checked against the output.
    public var localLinks: [LocalLink] = []

    public init(
        kind: PageKind, language: String, url: String, title: String, document: SourceDocument? = nil,
        translationKey: String, section: String = ""
    ) {
        self.kind = kind
        self.language = language
        self.url = url
        self.title = title
        self.document = document
        self.translationKey = translationKey
        self.section = section
    }

    /// Lets go of the Markdown body once its HTML is made: nothing later reads it, and at 10,000 page pairs the
    /// bodies were about a quarter of the build's peak memory.
    func releaseBody() {
        document?.body = ""
    }

    /// Lets go of the HTML once the page is written, when nothing later in the build reads it (no feed carries the
    /// page, no search index is built, nobody keeps the build): the feeds then make their entries in the room it
    /// leaves instead of growing the heap.
    func releaseContent() {
        contentHTML = ""
    }

    /// Takes the edited file's document (`portal serve`, when only its body changed).
    func replaceDocument(_ document: SourceDocument) {
        self.document = document
    }

    /// The front matter, or an empty one for generated pages.
    public var frontMatter: FrontMatter { document?.frontMatter ?? FrontMatter() }

    /// The menus its front matter puts the page in: read from the document without copying the whole front
    /// matter, as ``frontMatter`` does (the menus are read in five passes over every page).
    var menuReferences: [FrontMatterMenu] { document?.frontMatter.menus ?? [] }

    /// Where the page came from, for messages: its content file, or its URL for generated pages.
    public var origin: String { document?.path.sourcePath ?? url }

    /// The date used for ordering and feeds' "updated": lastmod, else date.
    public var updated: ContentDate? { lastmod ?? date }

    /// The output file path relative to the output folder, e.g. `novini/x/index.html`.
    public var outputPath: String {
        url.hasSuffix("/") ? String(url.dropFirst()) + "index.html" : String(url.dropFirst())
    }
}
