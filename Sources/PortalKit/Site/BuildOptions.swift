import Foundation

/// What a build includes and where it runs.
public struct BuildOptions: Sendable {
    /// The site's folder (holds site.yaml, content/, themes/).
    public var sourceRoot: URL
    /// Where the site is written; `public/` under the source by default.
    public var outputRoot: URL
    /// Overrides site.yaml's baseURL (for previews and CI).
    public var baseURL: String?
    /// Include pages with `draft: true`.
    public var includeDrafts = false
    /// Include pages dated in the future and pages past their expiryDate.
    public var includeFuture = false
    /// "Now", for future and expiry checks; injected so tests and builds are reproducible.
    public var now: Date
    /// Render everything but write nothing (`portal check`).
    public var dryRun = false
    /// Parsed content files kept from the previous build of the same process (`portal serve`); `nil` reads all.
    public var contentCache: ParsedContentCache?
    /// Rendered pages kept from the previous build of the same process (`portal serve`); `nil` renders all.
    public var renderCache: RenderedPageCache?
    /// Rendered Markdown kept from the previous build of the same process (`portal serve`); `nil` renders all.
    public var markdownCache: RenderedMarkdownCache?
    /// Keep front matter and rendered Markdown in `.portal-cache/` for the next build (``BuildCache``), as
    /// `portal build` does.
    public var keepsBuildCache = false
    /// The cache read at the start of this build, when it keeps one.
    var buildCache: BuildCache?
    /// Keep the built site in memory (``BuildReport/live``), so that `portal serve` can apply an edit of one
    /// page's body in place.
    public var keepsLiveSite = false

    public init(
        sourceRoot: URL, outputRoot: URL? = nil, baseURL: String? = nil, includeDrafts: Bool = false,
        includeFuture: Bool = false, now: Date = Date()
    ) {
        self.sourceRoot = sourceRoot.standardizedFileURL
        self.outputRoot = (outputRoot ?? sourceRoot.appendingPathComponent("public")).standardizedFileURL
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.now = now
    }
}
