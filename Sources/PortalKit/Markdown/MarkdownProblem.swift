/// Something the Markdown stage found wrong in a body, at a line (and column where known) of that body.
public struct MarkdownProblem: Sendable, Equatable {
    public var severity: Diagnostic.Severity
    public var message: String
    public var hint: String?
    /// 1-based line of the body.
    public var line: Int
    /// 1-based column, 0 when unknown.
    public var column: Int
}
