import Foundation

/// Rendered Markdown kept between builds of one long-running process (`portal serve`), checked before use.
///
/// What a page's Markdown renders to depends on its body, its language, its UI strings and raw-HTML setting,
/// and on what the site answered while it rendered: how each link resolved and what each link to a document
/// says. A kept render records those answers; it is used again only when the body and settings are the same
/// and the site, asked the same questions again, gives the same answers (so a renamed or deleted target is
/// always seen). Bodies that ran a shortcode or published an image are rendered every time: their output
/// depends on more of the site, and publishing has effects.
public final class RenderedMarkdownCache: @unchecked Sendable {
    /// A render and the answers it was given.
    struct Entry {
        var key: Int
        var result: RenderedMarkdown
        var resolutions: [(url: String, answer: LinkResolution)]
        var labels: [(url: String, answer: DocumentLink.Label?)]
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var seen: Set<String> = []
    /// Bodies taken from the cache and bodies rendered, in the last build.
    public private(set) var reused = 0
    public private(set) var rendered = 0

    public init() {}

    func begin() {
        lock.withLock {
            reused = 0
            rendered = 0
            seen = []
        }
    }

    /// Ends a build: pages it did not render are forgotten.
    func finish() {
        lock.withLock { entries = entries.filter { seen.contains($0.key) } }
    }

    /// The rendered body of the page from `path`: kept when still valid, else rendered through `render` with
    /// an environment that records the site's answers.
    func render(
        path: String, body: String, environment: MarkdownEnvironment, allowHTML: Bool,
        render: (MarkdownEnvironment) -> RenderedMarkdown
    ) -> RenderedMarkdown {
        var hasher = Hasher()
        hasher.combineUTF8(body)
        hasher.combineUTF8(environment.language)
        for (key, text) in environment.strings.sorted(by: { $0.key < $1.key }) {
            hasher.combineUTF8(key)
            hasher.combineUTF8(text)
        }
        hasher.combine(allowHTML)
        let key = hasher.finalize()
        let kept = lock.withLock { () -> Entry? in
            seen.insert(path)
            return entries[path]
        }
        if let kept, kept.key == key,
            kept.resolutions.allSatisfy({ environment.resolve($0.url) == $0.answer }),
            kept.labels.allSatisfy({ environment.document?($0.url) == $0.answer })
        {
            lock.withLock { reused += 1 }
            return kept.result
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
        lock.withLock {
            rendered += 1
            entries[path] = recorder.cacheable
                ? Entry(key: key, result: result, resolutions: recorder.resolutions, labels: recorder.labels) : nil
        }
        return result
    }

    /// The answers one render got; one render runs on one thread.
    private final class Recorder {
        var resolutions: [(url: String, answer: LinkResolution)] = []
        var labels: [(url: String, answer: DocumentLink.Label?)] = []
        var cacheable = true
    }
}
