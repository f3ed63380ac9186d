import Foundation

/// What `portal serve` was asked for.
public struct ServeOptions: Sendable {
    public var sourceRoot: URL
    public var host = "127.0.0.1"
    /// The port to listen on; when busy, the next free one (said in the terminal). 0 takes any free port.
    public var port = 1313
    public var includeDrafts = false
    public var includeFuture = false
    /// The address pages link to; by default the server's own.
    public var baseURL: String?
    /// After an edit, open tabs go to the page being edited.
    public var navigate = false
    /// Print each stage's time after every rebuild (`--timings`).
    public var timings = false
    /// How often the watcher looks at the files, in milliseconds.
    public var pollMilliseconds = 100

    public init(sourceRoot: URL) {
        self.sourceRoot = sourceRoot
    }
}
