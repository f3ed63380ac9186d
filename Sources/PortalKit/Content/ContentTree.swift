/// Everything found under `content/`: Markdown documents and the other files that are copied as they are.
public struct ContentTree: Sendable {
    /// Markdown documents, in path order.
    public var documents: [SourceDocument]
    /// Non-Markdown files inside page bundles, keyed by bundle folder (relative to `content/`), as file names.
    public var bundleResources: [String: [String]]
    /// Non-Markdown files outside bundles, relative to `content/`; copied to the same path in the output.
    public var looseFiles: [String]
}
