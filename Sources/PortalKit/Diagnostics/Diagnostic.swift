/// One problem found in the site's input, located at a file, line and column.
///
/// Rendered as `path:line:col: error: message` (the form compilers use, so editors and IDEs jump to it),
/// followed by an indented hint when one helps the editor fix the problem.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    /// Path relative to the site's source folder, e.g. `content/news/x.bg.md`.
    public var path: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column; 0 when unknown.
    public var column: Int
    public var severity: Severity
    public var message: String
    /// What to do about it, in a sentence an editor can act on.
    public var hint: String?

    public init(
        path: String, line: Int = 0, column: Int = 0, severity: Severity = .error, message: String,
        hint: String? = nil
    ) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.hint = hint
    }

    /// Creates a warning.
    public static func warning(_ path: String, line: Int = 0, column: Int = 0, _ message: String, hint: String? = nil)
        -> Diagnostic
    {
        Diagnostic(path: path, line: line, column: column, severity: .warning, message: message, hint: hint)
    }

    public var description: String {
        let location = "\(path):\(max(line, 1)):\(max(column, 1))"
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}
