/// A page bundle whose page is not rendered (`render: never`, `headless: true`) but whose files are published
/// where the page would have been, for the pages that use them.
public struct UnrenderedBundle: Sendable {
    /// The bundle folder, relative to the source root.
    public var folder: String
    /// The URL the page would have had; its files are copied below it.
    public var url: String
    /// File names relative to the bundle folder.
    public var resources: [String]
}
