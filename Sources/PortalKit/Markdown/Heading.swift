/// A heading of a rendered document, for tables of contents and anchor checks.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var text: String
    /// The `id` attribute written on the heading.
    public var id: String
}
