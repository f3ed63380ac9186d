/// An edit that ``LiveSite`` applied to the site in memory: the files it produced, to serve at once and then to
/// write with ``LiveSite/commit(_:)``.
public struct LiveEdit: @unchecked Sendable {
    /// The edited page.
    public let page: Page
    /// How many page files were rendered.
    public let rendered: Int
    public let warnings: [Diagnostic]
    /// Every file the edit produced, by output path (unchanged ones too).
    public let files: [String: [UInt8]]
    let patch: FolderPatch
}
