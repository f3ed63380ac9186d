import Foundation

/// Rendered pages kept between builds of one long-running process (`portal serve`): a page whose template
/// and context have the same ``ContextFingerprint`` as in the last build is not rendered again.
///
/// The fingerprint covers every value the template can see, so what a page shows of other pages (the language
/// switch, list items, related pages, menus) is covered too: an edit re-renders exactly the pages whose
/// context it changed. The fingerprint also covers the template and every template it uses, so a template
/// change re-renders the pages that use it.
public final class RenderedPageCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (fingerprint: Int, contents: String)] = [:]
    private var seen: Set<String> = []
    /// Files taken from the cache and files rendered, in the last build.
    public private(set) var reused = 0
    public private(set) var rendered = 0

    public init() {}

    /// Starts a build.
    func begin() {
        lock.withLock {
            reused = 0
            rendered = 0
            seen = []
        }
    }

    /// Ends a build: pages it did not produce (deleted, renamed, fewer list pages) are forgotten.
    func finish() {
        lock.withLock { entries = entries.filter { seen.contains($0.key) } }
    }

    /// The file at `path`: the kept bytes when `fingerprint` matches, else `render()`'s, which are kept.
    func contents(at path: String, fingerprint: Int?, render: () -> String) -> String {
        if let fingerprint, let kept = lock.withLock({ () -> String? in
            seen.insert(path)
            guard let entry = entries[path], entry.fingerprint == fingerprint else { return nil }
            reused += 1
            return entry.contents
        }) {
            return kept
        }
        let contents = render()
        lock.withLock {
            seen.insert(path)
            rendered += 1
            entries[path] = fingerprint.map { ($0, contents) }
        }
        return contents
    }
}
