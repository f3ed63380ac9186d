/// The site's configuration, read from `site.yaml` at the source root.
public struct SiteConfig: Sendable {
    /// Absolute base URL ending in `/`, e.g. `https://naso.bg/`.
    public var baseURL: String {
        didSet { (origin, basePath) = Self.parts(of: baseURL) }
    }
    /// Languages in order; the first is the default language, served at the site root.
    public var languages: [LanguageConfig]
    /// The theme folder's name under `themes/`.
    public var theme: String
    /// Items per page in section, term and archive lists.
    public var pageSize: Int
    /// Whether raw HTML in Markdown is kept; when false it is dropped.
    public var allowHTML: Bool
    /// The organisation that writes the site: feeds' author.
    public var author: Author
    /// Taxonomies (tags and any others).
    public var taxonomies: [TaxonomyConfig]
    /// Sections whose items are dated news (get year archives).
    public var archiveSections: [String]
    /// Free values for templates.
    public var params: [(key: String, value: ParamValue)]
    /// Front-matter rules per section.
    public var schemas: [ContentSchema] = []
    /// Every language under `/<code>/`, the default one too (Hugo's `defaultContentLanguageInSubdir`); the root
    /// page then sends readers to the default language's home.
    public var defaultLanguageInSubdir = false
    /// `search:` in site.yaml: `false` turns the search pages and index off, `true` asks for them (a warning
    /// when the theme has no search template), absent means "when the theme has a search template".
    public var search: Bool?
    /// `images:` in site.yaml: widths, formats, quality and limits of the image stage.
    public var images = ImageSettings()

    init(
        baseURL: String, languages: [LanguageConfig], theme: String, pageSize: Int, allowHTML: Bool, author: Author,
        taxonomies: [TaxonomyConfig], archiveSections: [String], params: [(key: String, value: ParamValue)],
        schemas: [ContentSchema]
    ) {
        self.baseURL = baseURL
        self.languages = languages
        self.theme = theme
        self.pageSize = pageSize
        self.allowHTML = allowHTML
        self.author = author
        self.taxonomies = taxonomies
        self.archiveSections = archiveSections
        self.params = params
        self.schemas = schemas
        (origin, basePath) = Self.parts(of: baseURL)
    }

    /// The organisation or person named as author of feeds.
    public struct Author: Sendable, Equatable {
        public var name: String
        public var email: String?
        public var url: String?
    }

    /// The default language (the first declared).
    public var defaultLanguage: LanguageConfig { languages[0] }

    /// The language with a code, if the site has it.
    public func language(_ code: String) -> LanguageConfig? {
        languages.first { $0.code == code }
    }

    /// Base URL without the trailing slash, e.g. `https://example.org/portal`.
    public private(set) var origin = ""

    /// The path part of the base URL without the trailing slash: `""` at a domain's root, `/portal` below it.
    /// Kept with `origin` whenever `baseURL` is set: every link of every page is made with it.
    public private(set) var basePath = ""

    private static func parts(of baseURL: String) -> (origin: String, basePath: String) {
        let origin = String(baseURL.dropLast())
        guard let schemeEnd = baseURL.rangeOfBytes("://"),
            let slash = baseURL[schemeEnd.upperBound...].firstIndex(of: "/")
        else { return (origin, "") }
        return (origin, String(baseURL[slash...].dropLast()))
    }

    /// The link to a site-relative URL (`/novini/`) as pages write it: with the base path in front.
    public func href(_ url: String) -> String {
        url.utf8.first == UInt8(ascii: "/") ? basePath + url : url
    }

    /// The absolute URL of a site-relative URL, for hreflang, canonical links, feeds and the sitemap.
    public func absolute(_ url: String) -> String {
        url.utf8.first == UInt8(ascii: "/") ? origin + url : url
    }
}
