import Foundation

/// Front matter read by earlier builds, by the text it was read from, so a build reads with Yams only the front
/// matter that changed (`.portal-cache/`, ``BuildCache``).
///
/// The key is a hash of the YAML text, the line it starts on and the site's taxonomies: everything
/// ``FrontMatterParser`` reads besides the file's path, which only appears in messages. Only front matter read
/// without a warning or error is kept, so every problem is reported again on every build. The values stay on
/// disk (``CacheBlobs``) until a file asks for them.
public final class FrontMatterCache: @unchecked Sendable {
    private let lock = NSLock()
    private let blobs: CacheBlobs
    private var entries: [UInt64: CacheBlobs.Location]
    private var used: Set<UInt64> = []
    /// Whether this build read front matter the cache did not have.
    private var added = false
    /// Front matter taken from the cache by this build.
    private(set) var reused = 0

    init(entries: [UInt64: CacheBlobs.Location], blobs: CacheBlobs) {
        self.entries = entries
        self.blobs = blobs
    }

    /// The key of YAML `text` starting on line `firstLine`, read with these taxonomies.
    static func key(yaml text: String, firstLine: Int, taxonomies: [String]) -> UInt64 {
        var text = text
        var hash = text.withUTF8 { ContentHash.of($0) }
        hash = ContentHash.of(String(text.utf8.count).utf8, seed: hash)
        hash = ContentHash.of(String(firstLine).utf8, seed: hash)
        for taxonomy in taxonomies { hash = ContentHash.of(("|" + taxonomy).utf8, seed: hash) }
        return hash
    }

    /// The front matter kept for `key`, if any can be read.
    func matter(for key: UInt64) -> FrontMatter? {
        guard let location = lock.withLock({ entries[key] }), let bytes = blobs.read(location) else { return nil }
        var reader = CacheReader(bytes)
        guard let matter = try? FrontMatter(from: &reader), reader.isAtEnd else { return nil }
        lock.withLock {
            used.insert(key)
            reused += 1
        }
        return matter
    }

    func store(_ matter: FrontMatter, for key: UInt64) {
        var writer = CacheWriter()
        matter.write(to: &writer)
        guard let location = blobs.spool(writer.bytes) else { return }
        lock.withLock {
            entries[key] = location
            used.insert(key)
            added = true
        }
    }

    /// Whether saving would change the file: something was added, or something kept was not used.
    var changed: Bool { lock.withLock { added || used.count != entries.count } }

    /// Writes where the entries this build used will be, counting from `offset` (moved past them), and returns
    /// their present locations in that order.
    func write(to writer: inout CacheWriter, offset: inout Int) -> [CacheBlobs.Location] {
        let kept = lock.withLock { entries.filter { used.contains($0.key) } }
        writer.int(kept.count)
        for (key, location) in kept {
            writer.uint64(key)
            writer.location(location, at: offset)
            offset += location.count
        }
        return kept.map(\.value)
    }

    /// Reads what ``write(to:offset:)`` wrote; the values stay in `blobs`' file.
    static func read(from reader: inout CacheReader, blobs: CacheBlobs) throws(CacheReader.Malformed) -> FrontMatterCache {
        var entries: [UInt64: CacheBlobs.Location] = [:]
        let count = try reader.count()
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let key = try reader.uint64()
            entries[key] = try reader.location()
        }
        return FrontMatterCache(entries: entries, blobs: blobs)
    }
}
