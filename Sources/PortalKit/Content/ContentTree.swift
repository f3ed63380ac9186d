/// Everything found under `content/`: Markdown documents and the other files that are copied as they are.
public struct ContentTree: Sendable {
    /// Markdown documents, in path order.
    public var documents: [SourceDocument]
    /// Non-Markdown files inside page bundles, keyed by the bundle's folder relative to the source root
    /// (``ContentPath/bundleSourceFolder``), as names relative to it.
    public var bundleResources: [String: [String]]
    /// Non-Markdown files outside bundles, as output paths: relative to `content/` (copied to the same path), or
    /// under a language's URL prefix for files of that language's own folder.
    public var looseFiles: [String]
    /// For loose files that do not come from `content/<path>`: output path → source path (from the source root).
    public var looseFileSources: [String: String] = [:]
}
