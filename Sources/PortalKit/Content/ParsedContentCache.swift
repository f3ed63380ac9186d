import Foundation

/// Parsed content files kept between builds of one long-running process (`portal serve`): a file whose size,
/// times and inode are unchanged is not read or parsed again.
///
/// Only files that parsed without a diagnostic are kept, so every warning and error is reported again on every
/// build. A change to the languages or taxonomies (site.yaml), which shape how a file is read, empties it.
public final class ParsedContentCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (stamp: FileTree.Stamp, document: SourceDocument)] = [:]
    private var settings = ""
    /// Paths asked for in the current build; the others (deleted or renamed files) are dropped at its end.
    private var seen: Set<String> = []
    /// Files taken from the cache and files parsed, in the last build.
    public private(set) var reused = 0
    public private(set) var parsed = 0

    public init() {}

    /// Starts a build read with these settings: a different reading empties the cache.
    func begin(settings: String) {
        lock.withLock {
            if settings != self.settings { entries = [:] }
            self.settings = settings
            reused = 0
            parsed = 0
            seen = []
        }
    }

    /// Ends a build's reading: files it did not ask for are gone, and so are their documents.
    func finish() {
        lock.withLock { entries = entries.filter { seen.contains($0.key) } }
    }

    /// How many documents are kept.
    public var count: Int { lock.withLock { entries.count } }

    /// The document parsed from `path` when the file has not changed since.
    func document(at path: String, stamp: FileTree.Stamp) -> SourceDocument? {
        lock.withLock {
            seen.insert(path)
            guard let entry = entries[path], entry.stamp == stamp else { return nil }
            reused += 1
            return entry.document
        }
    }

    /// Keeps a document parsed without diagnostics (`nil` forgets the path).
    func store(_ document: SourceDocument?, at path: String, stamp: FileTree.Stamp?) {
        lock.withLock {
            seen.insert(path)
            parsed += 1
            if let document, let stamp { entries[path] = (stamp, document) } else { entries[path] = nil }
        }
    }
}
