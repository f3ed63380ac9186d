import Foundation

/// What `portal build` keeps for the next build in `.portal-cache/content.bin` beside site.yaml: front matter
/// by its text (``FrontMatterCache``) and rendered Markdown by its body, checked against the site's answers
/// (``RenderedMarkdownCache``). A no-change rebuild then reads no YAML and renders no Markdown.
///
/// Everything kept is keyed by content, not by file times, so a fresh clone with the folder restored (CI's
/// cache) finds it too. A file written by another portal binary or another format, or damaged, is ignored and
/// replaced. The file is written only after a build that succeeded and changed it, through a temporary file
/// renamed into place, so a build that stops half-way or runs beside another never leaves a torn file.
final class BuildCache: Sendable {
    /// Raised whenever what is written changes shape.
    static let format = 2

    let frontMatter: FrontMatterCache
    let markdown: RenderedMarkdownCache
    private let blobs: CacheBlobs
    private let file: URL

    private init(file: URL, frontMatter: FrontMatterCache, markdown: RenderedMarkdownCache, blobs: CacheBlobs) {
        self.file = file
        self.frontMatter = frontMatter
        self.markdown = markdown
        self.blobs = blobs
    }

    /// The cache file of the site at `sourceRoot`.
    static func file(sourceRoot: URL) -> URL {
        sourceRoot.appendingPathComponent(".portal-cache/content.bin")
    }

    /// The cache kept for the site at `sourceRoot`, or an empty one when there is none that this binary wrote.
    ///
    /// The file is the length of its index (eight bytes), the index (the identity, then each front matter's and
    /// each render's key and place, and the site's answers each render was made with), then the values, read
    /// only when a file asks for one (``CacheBlobs``).
    static func load(sourceRoot: URL) -> BuildCache {
        let file = file(sourceRoot: sourceRoot)
        let folder = file.deletingLastPathComponent()
        let descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 {
            var status = stat()
            var length: UInt64 = 0
            if fstat(descriptor, &status) == 0, pread(descriptor, &length, 8, 0) == 8,
                UInt64(littleEndian: length) <= UInt64(status.st_size) - 8,
                let index = CacheBlobs.read(descriptor, count: Int(UInt64(littleEndian: length)), at: 8)
            {
                let blobs = CacheBlobs(kept: descriptor, keptBase: 8 + index.count, folder: folder)
                var reader = CacheReader(index)
                if let header = try? reader.string(), header == identity,
                    let frontMatter = try? FrontMatterCache.read(from: &reader, blobs: blobs),
                    let markdown = try? RenderedMarkdownCache.read(from: &reader, index: index, blobs: blobs), reader.isAtEnd
                {
                    return BuildCache(file: file, frontMatter: frontMatter, markdown: markdown, blobs: blobs)
                }
                // `blobs` closes the file.
            } else {
                close(descriptor)
            }
        }
        let blobs = CacheBlobs(kept: -1, keptBase: 0, folder: folder)
        return BuildCache(
            file: file, frontMatter: FrontMatterCache(entries: [:], blobs: blobs),
            markdown: RenderedMarkdownCache(entries: [:], blobs: blobs), blobs: blobs)
    }

    /// Writes the cache when this build changed it; a cache that cannot be written is only a slower next build.
    func saveIfChanged() {
        guard frontMatter.changed || markdown.changed else { return }
        var index = CacheWriter()
        index.string(Self.identity)
        var offset = 0
        let locations = frontMatter.write(to: &index, offset: &offset) + markdown.write(to: &index, offset: &offset)
        let folder = file.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".content.bin.\(getpid())").path
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let output = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard output >= 0 else { return }
        var length = UInt64(index.bytes.count).littleEndian
        let written = withUnsafeBytes(of: &length) { Self.write(output, $0) }
            && index.bytes.withUnsafeBytes { Self.write(output, $0) } && blobs.copy(locations, to: output)
        close(output)
        if !written || rename(temporary, file.path) != 0 { unlink(temporary) }
    }

    /// Writes all of `bytes` to the file open as `descriptor`.
    static func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var done = 0
        while done < bytes.count {
            let wrote = Foundation.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if wrote <= 0 { return false }
            done += wrote
        }
        return true
    }

    /// The format, portal's version and the size and time of the running binary: a cache written by any other
    /// binary (a newer portal, a rebuilt one) may hold what that binary made differently, so it is not used.
    static let identity: String = {
        var parts = ["portal-cache", String(format), PortalVersion.current]
        if let path = Bundle.main.executablePath {
            var status = stat()
            if stat(path, &status) == 0 {
                parts += [String(status.st_size), String(status.st_mtim.tv_sec), String(status.st_mtim.tv_nsec)]
            }
        }
        return parts.joined(separator: " ")
    }()
}
