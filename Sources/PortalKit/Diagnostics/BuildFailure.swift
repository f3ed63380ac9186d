/// A build that could not produce a site: every error found, not only the first.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// Errors first, in a stable order (by path, then position).
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
