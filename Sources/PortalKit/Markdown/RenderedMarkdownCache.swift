import Foundation

/// Rendered Markdown kept between builds of one long-running process (`portal serve`), checked before use.
///
/// What a page's Markdown renders to depends on its body, its language, its UI strings and raw-HTML setting,
/// and on what the site answered while it rendered: how each link resolved and what each link to a document
/// says. A kept render records those answers; it is used again only when the body and settings are the same
/// and the site, asked the same questions again, gives the same answers (so a renamed or deleted target is
/// always seen). Bodies that ran a shortcode or published an image are rendered every time: their output
/// depends on more of the site, and publishing has effects.
///
/// The key is a hash that is the same in every process, so `portal build` can keep the renders in `.portal-cache/`
/// (``BuildCache``) for the next build; renders with problems are not written there, so their warnings come again.
public final class RenderedMarkdownCache: @unchecked Sendable {
    /// A render and the answers it was given.
    struct Entry {
        var key: UInt64
        /// The render, in memory; `nil` for a cache kept on disk, where it is at `stored` (``CacheBlobs``).
        var result: RenderedMarkdown?
        var resolutions: [(url: String, answer: LinkResolution)]
        var labels: [(url: String, answer: DocumentLink.Label?)]
        var stored: CacheBlobs.Location? = nil
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var seen: Set<String> = []
    /// Bodies taken from the cache and bodies rendered, in the last build.
    public private(set) var reused = 0
    public private(set) var rendered = 0
    /// Whether the last build forgot renders it did not use.
    private var forgot = false

    /// Where kept renders are for a cache kept on disk; `nil` keeps them in memory.
    private let blobs: CacheBlobs?

    public init() {
        blobs = nil
    }

    init(entries: [String: Entry], blobs: CacheBlobs) {
        self.entries = entries
        self.blobs = blobs
    }

    func begin() {
        lock.withLock {
            reused = 0
            rendered = 0
            seen = []
        }
    }

    /// Ends a build: pages it did not render are forgotten.
    func finish() {
        lock.withLock {
            let before = entries.count
            entries = entries.filter { seen.contains($0.key) }
            forgot = entries.count != before
        }
    }

    /// The rendered body of the page from `path`: kept when still valid, else rendered through `render` with
    /// an environment that records the site's answers.
    func render(
        path: String, body: String, environment: MarkdownEnvironment, allowHTML: Bool,
        render: (MarkdownEnvironment) -> RenderedMarkdown
    ) -> RenderedMarkdown {
        let key = Self.key(body: body, environment: environment, allowHTML: allowHTML)
        let kept = lock.withLock { () -> Entry? in
            seen.insert(path)
            return entries[path]
        }
        if let kept, kept.key == key,
            kept.resolutions.allSatisfy({ environment.resolve($0.url) == $0.answer }),
            kept.labels.allSatisfy({ environment.document?($0.url) == $0.answer }),
            let result = result(of: kept)
        {
            lock.withLock { reused += 1 }
            return result
        }
        let recorder = Recorder()
        var recording = environment
        recording.resolve = { url in
            let answer = environment.resolve(url)
            recorder.resolutions.append((url, answer))
            return answer
        }
        if let document = environment.document {
            recording.document = { url in
                let answer = document(url)
                recorder.labels.append((url, answer))
                return answer
            }
        }
        if let shortcode = environment.shortcode {
            recording.shortcode = { tag, inner in
                recorder.cacheable = false
                return shortcode(tag, inner)
            }
        }
        if let image = environment.image {
            recording.image = { url, alt, first, line, column in
                recorder.cacheable = false
                return image(url, alt, first, line, column)
            }
        }
        let result = render(recording)
        var entry: Entry? = recorder.cacheable
            ? Entry(key: key, result: result, resolutions: recorder.resolutions, labels: recorder.labels) : nil
        if let blobs {
            // Kept on disk only without problems, so their warnings come again.
            var writer = CacheWriter()
            result.write(to: &writer)
            entry?.stored = result.problems.isEmpty ? blobs.spool(writer.bytes) : nil
            entry?.result = nil
            if entry?.stored == nil { entry = nil }
        }
        lock.withLock {
            rendered += 1
            entries[path] = entry
        }
        return result
    }

    /// A hash of what a render depends on besides the site's answers: the body, the language, the UI strings and
    /// whether raw HTML is allowed. FNV-1a, with the body's length, the same in every process.
    static func key(body: String, environment: MarkdownEnvironment, allowHTML: Bool) -> UInt64 {
        var body = body
        var hash = body.withUTF8 { ContentHash.of($0) }
        var parts = [String(body.utf8.count), environment.language, allowHTML ? "html" : "safe"]
        for (key, text) in environment.strings.sorted(by: { $0.key < $1.key }) { parts += [key, text] }
        for part in parts { hash = ContentHash.of(("\u{0}" + part).utf8, seed: hash) }
        return hash
    }

    /// Whether saving would change what was saved: a body was rendered, or a kept render was forgotten.
    var changed: Bool { lock.withLock { rendered > 0 || forgot } }

    /// A kept render, read from disk for a cache kept there; `nil` when it cannot be read.
    private func result(of entry: Entry) -> RenderedMarkdown? {
        if let result = entry.result { return result }
        guard let location = entry.stored, let bytes = blobs?.read(location) else { return nil }
        var reader = CacheReader(bytes)
        guard let result = try? RenderedMarkdown(from: &reader), reader.isAtEnd else { return nil }
        return result
    }

    /// Writes the kept renders of a cache kept on disk with where each will be, counting from `offset` (moved
    /// past them), and returns their present locations in that order.
    func write(to writer: inout CacheWriter, offset: inout Int) -> [CacheBlobs.Location] {
        let kept = lock.withLock { entries.compactMap { path, entry in entry.stored.map { (path, entry, $0) } } }
        writer.int(kept.count)
        for (path, entry, location) in kept {
            writer.string(path)
            writer.uint64(entry.key)
            writer.location(location, at: offset)
            offset += location.count
            writer.int(entry.resolutions.count)
            for (url, answer) in entry.resolutions {
                writer.string(url)
                answer.write(to: &writer)
            }
            writer.int(entry.labels.count)
            for (url, answer) in entry.labels {
                writer.string(url)
                writer.optional(answer) { $1.write(to: &$0) }
            }
        }
        return kept.map(\.2)
    }

    /// Reads what ``write(to:offset:)`` wrote; the renders stay in `blobs`' file.
    static func read(from reader: inout CacheReader, blobs: CacheBlobs) throws(CacheReader.Malformed) -> RenderedMarkdownCache {
        var entries: [String: Entry] = [:]
        let count = try reader.count()
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let path = try reader.string()
            let key = try reader.uint64()
            let location = try reader.location()
            let resolutions = try reader.list { reader throws(CacheReader.Malformed) in
                (url: try reader.string(), answer: try LinkResolution(from: &reader))
            }
            let labels = try reader.list { reader throws(CacheReader.Malformed) in
                (url: try reader.string(), answer: try reader.optional { reader throws(CacheReader.Malformed) in
                    try DocumentLink.Label(from: &reader)
                })
            }
            entries[path] = Entry(key: key, result: nil, resolutions: resolutions, labels: labels, stored: location)
        }
        return RenderedMarkdownCache(entries: entries, blobs: blobs)
    }

    /// The answers one render got; one render runs on one thread.
    private final class Recorder {
        var resolutions: [(url: String, answer: LinkResolution)] = []
        var labels: [(url: String, answer: DocumentLink.Label?)] = []
        var cacheable = true
    }
}
