/// An entry of a menu: a label and either a literal URL or a content path that the build resolves.
public struct MenuEntry: Sendable, Equatable {
    public var name: String
    /// A URL as written (`/novini/`, `https://…`), used as it is.
    public var url: String?
    /// A content path without language suffix (`news`, `za-nas`, `projects/co-resp`): the build links the
    /// page or section in the menu's language, so one path serves every language.
    public var page: String?
    /// Where in site.yaml the entry was written, for errors.
    public var line: Int
}
