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
        var kept: Kept
    }

    /// Where a kept render is.
    enum Kept {
        /// In memory (`portal serve`), with the answers as values.
        indirect case memory(
            RenderedMarkdown, resolutions: [(url: String, answer: LinkResolution)],
            labels: [(url: String, answer: DocumentLink.Label?)])
        /// On disk (``CacheBlobs``), with the answers as the bytes the cache file holds: a build keeps thousands of
        /// these, and as values they were 16 MB of the peak at 10,000 page pairs.
        case disk(CacheBlobs.Location, answers: EncodedAnswers)
    }

    /// The answers of a render in the cache file's form: resolutions, then labels (``write(resolutions:labels:)``).
    struct EncodedAnswers {
        /// The bytes they are in (the whole index of the cache file read, shared, or their own).
        var bytes: [UInt8]
        var start: Int
        var count: Int
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var seen: Set<String> = []
    /// Bodies taken from the cache and bodies rendered, in the last build.
    public private(set) var reused = 0
    public private(set) var rendered = 0
    /// Whether the last build forgot renders it did not use.
    private var forgot = false
    /// Each language's UI strings and their hash (``stringsHash(_:)``), as the last page of that language had them.
    private var stringsHashes: [String: (strings: [String: String], hash: UInt64)] = [:]

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
        let key = key(body: body, environment: environment, allowHTML: allowHTML)
        let kept = lock.withLock { () -> Entry? in
            seen.insert(path)
            return entries[path]
        }
        if let kept, kept.key == key, answersHold(kept.kept, in: environment), let result = result(of: kept.kept) {
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
        var entry: Entry?
        if recorder.cacheable, let blobs {
            // Kept on disk only without problems, so their warnings come again.
            var writer = CacheWriter()
            result.write(to: &writer)
            if result.problems.isEmpty, let location = blobs.spool(writer.bytes) {
                let answers = Self.write(resolutions: recorder.resolutions, labels: recorder.labels)
                entry = Entry(key: key, kept: .disk(location, answers: EncodedAnswers(bytes: answers, start: 0, count: answers.count)))
            }
        } else if recorder.cacheable {
            entry = Entry(key: key, kept: .memory(result, resolutions: recorder.resolutions, labels: recorder.labels))
        }
        lock.withLock {
            rendered += 1
            entries[path] = entry
        }
        return result
    }

    /// A hash of what a render depends on besides the site's answers: the body, the language, the UI strings (their
    /// ``stringsHash(_:)``) and whether raw HTML is allowed. FNV-1a, with the body's length, the same in every process.
    private static func key(body: String, environment: MarkdownEnvironment, allowHTML: Bool, strings: UInt64) -> UInt64 {
        var body = body
        var hash = body.withUTF8 { ContentHash.of($0) }
        for part in [String(body.utf8.count), environment.language, allowHTML ? "html" : "safe", String(strings)] {
            hash = feed(part, into: hash)
        }
        return hash
    }

    /// FNV-1a continued over a zero byte and `text`.
    private static func feed(_ text: String, into hash: UInt64) -> UInt64 {
        ContentHash.of(text.utf8, seed: ContentHash.of(CollectionOfOne(0), seed: hash))
    }

    /// A hash of UI strings, whatever the order of their keys.
    private static func stringsHash(_ strings: [String: String]) -> UInt64 {
        var hash = ContentHash.of([])
        for (key, text) in strings.sorted(by: { $0.key < $1.key }) { hash = feed(text, into: feed(key, into: hash)) }
        return hash
    }

    /// The key of a body, with its language's UI strings hashed once while they stay the same: hashed again for every
    /// page, they were most of the key's cost, about 1.5 % of a cached rebuild's CPU (`perf record`).
    private func key(body: String, environment: MarkdownEnvironment, allowHTML: Bool) -> UInt64 {
        let language = environment.language
        let strings = lock.withLock { () -> UInt64? in
            guard let known = stringsHashes[language], known.strings == environment.strings else { return nil }
            return known.hash
        } ?? {
            let hash = Self.stringsHash(environment.strings)
            lock.withLock { stringsHashes[language] = (environment.strings, hash) }
            return hash
        }()
        return Self.key(body: body, environment: environment, allowHTML: allowHTML, strings: strings)
    }

    /// Whether saving would change what was saved: a body was rendered, or a kept render was forgotten.
    var changed: Bool { lock.withLock { rendered > 0 || forgot } }

    /// Whether the site gives the answers a kept render was made with.
    private func answersHold(_ kept: Kept, in environment: MarkdownEnvironment) -> Bool {
        switch kept {
        case .memory(_, let resolutions, let labels):
            return resolutions.allSatisfy { environment.resolve($0.url) == $0.answer }
                && labels.allSatisfy { environment.document?($0.url) == $0.answer }
        case .disk(_, let answers):
            var reader = CacheReader(answers.bytes, at: answers.start)
            do throws(CacheReader.Malformed) {
                for _ in 0..<(try reader.count()) {
                    let url = try reader.string()
                    guard environment.resolve(url) == (try LinkResolution(from: &reader)) else { return false }
                }
                for _ in 0..<(try reader.count()) {
                    let url = try reader.string()
                    let label = try reader.optional { reader throws(CacheReader.Malformed) in try DocumentLink.Label(from: &reader) }
                    guard environment.document?(url) == label else { return false }
                }
                return reader.index == answers.start + answers.count
            } catch {
                return false
            }
        }
    }

    /// A kept render, read from disk for a cache kept there; `nil` when it cannot be read.
    private func result(of kept: Kept) -> RenderedMarkdown? {
        switch kept {
        case .memory(let result, _, _): return result
        case .disk(let location, _):
            guard let bytes = blobs?.read(location) else { return nil }
            var reader = CacheReader(bytes)
            guard let result = try? RenderedMarkdown(from: &reader), reader.isAtEnd else { return nil }
            return result
        }
    }

    /// The answers of a render in the cache file's form.
    static func write(
        resolutions: [(url: String, answer: LinkResolution)], labels: [(url: String, answer: DocumentLink.Label?)]
    ) -> [UInt8] {
        var writer = CacheWriter()
        writer.int(resolutions.count)
        for (url, answer) in resolutions {
            writer.string(url)
            answer.write(to: &writer)
        }
        writer.int(labels.count)
        for (url, answer) in labels {
            writer.string(url)
            writer.optional(answer) { $1.write(to: &$0) }
        }
        return writer.bytes
    }

    /// Writes the kept renders of a cache kept on disk with where each will be, counting from `offset` (moved
    /// past them), and returns their present locations in that order.
    func write(to writer: inout CacheWriter, offset: inout Int) -> [CacheBlobs.Location] {
        let kept = lock.withLock {
            entries.compactMap { path, entry -> (String, UInt64, CacheBlobs.Location, EncodedAnswers)? in
                guard case .disk(let location, let answers) = entry.kept else { return nil }
                return (path, entry.key, location, answers)
            }
        }
        writer.int(kept.count)
        for (path, key, location, answers) in kept {
            writer.string(path)
            writer.uint64(key)
            writer.location(location, at: offset)
            offset += location.count
            writer.int(answers.count)
            writer.raw(answers.bytes[answers.start..<answers.start + answers.count])
        }
        return kept.map(\.2)
    }

    /// Reads what ``write(to:offset:)`` wrote from `index`; the renders stay in `blobs`' file, the answers in
    /// `index`.
    static func read(from reader: inout CacheReader, index: [UInt8], blobs: CacheBlobs) throws(CacheReader.Malformed)
        -> RenderedMarkdownCache
    {
        var entries: [String: Entry] = [:]
        let count = try reader.count()
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let path = try reader.string()
            let key = try reader.uint64()
            let location = try reader.location()
            let length = try reader.count()
            let answers = EncodedAnswers(bytes: index, start: reader.index, count: length)
            try reader.skip(length)
            entries[path] = Entry(key: key, kept: .disk(location, answers: answers))
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
