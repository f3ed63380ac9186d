import Foundation

/// The kept values of a cache saved in `.portal-cache/` (``BuildCache``), left on disk instead of in memory: in
/// the cache file they were read from, or, for values made by this build, in a spool file that is deleted as soon
/// as it is made (so it never outlives the process). A value is read back when a page needs it and copied into
/// the next cache file, so the cache never adds a site's HTML to a build's peak memory.
final class CacheBlobs: @unchecked Sendable {
    /// Where one value's bytes are.
    struct Location: Sendable, Equatable {
        var inSpool: Bool
        var offset: Int
        var count: Int
    }

    private let lock = NSLock()
    /// The cache file read at the start of the build, and where its values begin.
    private let kept: Int32
    private let keptBase: Int
    private let folder: URL
    private var spool: Int32 = -1
    private var spoolEnd = 0

    /// Values read from the open cache file `kept` (or `-1` for none), starting at `keptBase`; spool files go into
    /// `folder`.
    init(kept: Int32, keptBase: Int, folder: URL) {
        self.kept = kept
        self.keptBase = keptBase
        self.folder = folder
    }

    deinit {
        if kept >= 0 { close(kept) }
        if spool >= 0 { close(spool) }
    }

    /// The bytes at `location`, or `nil` when they cannot be read whole.
    func read(_ location: Location) -> [UInt8]? {
        let (descriptor, base) = source(of: location)
        guard descriptor >= 0 else { return nil }
        return Self.read(descriptor, count: location.count, at: base + location.offset)
    }

    /// `count` bytes at `offset` of the file open as `descriptor`, read into one array without a copy through
    /// `Data`; `nil` when they cannot be read whole.
    static func read(_ descriptor: Int32, count: Int, at offset: Int) -> [UInt8]? {
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, done in
            complete = read(descriptor, into: UnsafeMutableRawBufferPointer(buffer), at: offset)
            done = complete ? count : 0
        }
        return complete ? bytes : nil
    }

    /// Puts `bytes` into the spool; `nil` when the spool cannot be written (the value is then not kept).
    func spool(_ bytes: [UInt8]) -> Location? {
        lock.withLock {
            if spool < 0 {
                try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let path = folder.appendingPathComponent(".spool-\(getpid())").path
                spool = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
                if spool >= 0 { unlink(path) }
            }
            guard spool >= 0 else { return nil }
            let written = bytes.withUnsafeBytes { all in
                var done = 0
                while done < all.count {
                    let wrote = pwrite(spool, all.baseAddress! + done, all.count - done, off_t(spoolEnd + done))
                    if wrote <= 0 { return false }
                    done += wrote
                }
                return true
            }
            guard written else { return nil }
            defer { spoolEnd += bytes.count }
            return Location(inSpool: true, offset: spoolEnd, count: bytes.count)
        }
    }

    /// Appends the bytes at each location, in order, to the file open as `output`.
    func copy(_ locations: [Location], to output: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 1 << 18)
        var used = 0
        func flush() -> Bool {
            let done = buffer.withUnsafeBytes { BuildCache.write(output, UnsafeRawBufferPointer(rebasing: $0[..<used])) }
            used = 0
            return done
        }
        for location in locations {
            if location.count > buffer.count - used, !flush() { return false }
            if location.count > buffer.count { buffer = [UInt8](repeating: 0, count: location.count) }
            let (descriptor, base) = source(of: location)
            let complete = descriptor >= 0 && buffer.withUnsafeMutableBytes { all in
                Self.read(
                    descriptor, into: UnsafeMutableRawBufferPointer(rebasing: all[used..<used + location.count]),
                    at: base + location.offset)
            }
            guard complete else { return false }
            used += location.count
        }
        return flush()
    }

    private func source(of location: Location) -> (descriptor: Int32, base: Int) {
        lock.withLock { location.inSpool ? (spool, 0) : (kept, keptBase) }
    }

    private static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Bool {
        var done = 0
        while done < buffer.count {
            let got = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if got <= 0 { return false }
            done += got
        }
        return true
    }
}
