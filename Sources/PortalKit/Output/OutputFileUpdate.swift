import Foundation

/// Brings an open file to exactly the given bytes with as little work for the file system as it can.
///
/// A file that already holds those bytes (most files of a rebuild) is only read and compared: it is not
/// rewritten, so the kernel has nothing to write back. It keeps its modification time only when the published
/// build has the same bytes too; otherwise (the page was different in the build between) it is touched, so
/// deploy tools that compare times (`rsync -u`, `aws s3 sync`) and HTTP caches see it change. Otherwise the bytes
/// are written over the old ones and the file is cut to their length, never truncated to zero first: on ext4
/// truncating to zero and writing again makes `close` flush the file (`auto_da_alloc`), which with `fopen(…,
/// "wb")` cost about 12 % of a corpus build in open, truncate and close (`perf record`).
enum OutputFileUpdate {
    enum Outcome: Equatable {
        /// Nothing written; the time kept.
        case unchanged
        /// Nothing written, the time set to now.
        case touched
        case written
        case failed(Int32)
    }

    /// Updates the file open for reading and writing at `descriptor` to hold `bytes`; `published` is the same
    /// path in the published build, if there is one.
    static func update(_ descriptor: Int32, with bytes: UnsafeRawBufferPointer, published: String? = nil) -> Outcome {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failed(errno) }
        let oldSize = Int(info.st_size)
        if oldSize == bytes.count, holds(descriptor, bytes) {
            if let published, publishedHolds(published, bytes) { return .unchanged }
            return futimens(descriptor, nil) == 0 ? .touched : .failed(errno)
        }
        var offset = 0
        while offset < bytes.count {
            let count = pwrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset, off_t(offset))
            if count < 0 {
                if errno == EINTR { continue }
                return .failed(errno)
            }
            if count == 0 { return .failed(EIO) }
            offset += count
        }
        if oldSize > bytes.count, ftruncate(descriptor, off_t(bytes.count)) != 0 { return .failed(errno) }
        return .written
    }

    /// Whether the file at `path` exists with exactly `bytes`.
    private static func publishedHolds(_ path: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, Int(info.st_size) == bytes.count else { return false }
        return holds(descriptor, bytes)
    }

    /// Whether the file's bytes are `bytes` (its size is already known to match).
    private static func holds(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        if bytes.isEmpty { return true }
        let chunk = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: min(chunk, bytes.count), alignment: 16)
        defer { buffer.deallocate() }
        var offset = 0
        while offset < bytes.count {
            let count = pread(descriptor, buffer, min(chunk, bytes.count - offset), off_t(offset))
            if count < 0 && errno == EINTR { continue }
            guard count > 0, memcmp(buffer, bytes.baseAddress! + offset, count) == 0 else { return false }
            offset += count
        }
        return true
    }
}
