/// What a successful build did, for the one-line summary and for tests.
public struct BuildReport: Sendable {
    /// Pages written per language code (content pages and generated lists, counting each paginated page).
    public var pagesPerLanguage: [(language: String, count: Int)]
    /// All files written, pages and others.
    public var filesWritten: Int
    /// Wall time of the build in seconds.
    public var seconds: Double
    /// Warnings found along the way.
    public var warnings: [Diagnostic]
    /// The assembled site, for reports that follow a build (translation status).
    public var site: Site
    /// Seconds per stage, in order (`portal build --timings`).
    public var stages: [(stage: String, seconds: Double)] = []
    /// Images encoded by this build, and images whose files came from the cache (`.portal-cache/images/`).
    public var imagesEncoded = 0
    public var imagesFromCache = 0
    /// Front matter and Markdown bodies taken from `.portal-cache/content.bin` (``BuildOptions/keepsBuildCache``),
    /// and bodies rendered by this build.
    public var frontMatterFromCache = 0
    public var markdownFromCache = 0
    public var markdownRendered = 0
    /// The site kept for updates in place, when ``BuildOptions/keepsLiveSite`` asked for it.
    public var live: LiveSite?

    /// `built 42 pages (bg 22, en 20), 130 files in 0.21 s`
    public var summaryLine: String {
        let total = pagesPerLanguage.reduce(0) { $0 + $1.count }
        let languages = pagesPerLanguage.map { "\($0.language) \($0.count)" }.joined(separator: ", ")
        let time = (seconds * 100).rounded() / 100
        let images = imagesEncoded + imagesFromCache == 0 ? "" : ", images: \(imagesEncoded) encoded, \(imagesFromCache) from the cache"
        return "built \(total) pages (\(languages)), \(filesWritten) files\(images) in \(time) s"
    }
}
