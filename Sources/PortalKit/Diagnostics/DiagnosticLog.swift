import Foundation

/// Collects diagnostics from every stage of a build, from any thread.
///
/// Stages report problems here and carry on, so one build reports all of an editor's mistakes at once.
public final class DiagnosticLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    public init() {}

    /// Records one diagnostic.
    public func report(_ diagnostic: Diagnostic) {
        lock.lock()
        items.append(diagnostic)
        lock.unlock()
    }

    /// Records an error at a location.
    public func error(_ path: String, line: Int = 0, column: Int = 0, _ message: String, hint: String? = nil) {
        report(Diagnostic(path: path, line: line, column: column, message: message, hint: hint))
    }

    /// Records a warning at a location.
    public func warning(_ path: String, line: Int = 0, column: Int = 0, _ message: String, hint: String? = nil) {
        report(.warning(path, line: line, column: column, message, hint: hint))
    }

    /// Everything reported so far, sorted by path and position so output is deterministic.
    public var all: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return items.sorted { a, b in
            (a.path, a.line, a.column, a.message) < (b.path, b.line, b.column, b.message)
        }
    }

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    public var hasErrors: Bool { !errors.isEmpty }

    /// Throws a ``BuildFailure`` with every error when any was reported.
    public func throwIfErrors() throws {
        let errors = self.errors
        if !errors.isEmpty { throw BuildFailure(errors) }
    }
}
