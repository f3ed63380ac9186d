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
        if holds(descriptor, bytes) {
            if let published, publishedHolds(published, bytes) { return .unchanged }
            return futimens(descriptor, nil) == 0 ? .touched : .failed(errno)
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failed(errno) }
        let oldSize = Int(info.st_size)
        if let code = writeAll(descriptor, bytes) { return .failed(code) }
        if oldSize > bytes.count, ftruncate(descriptor, off_t(bytes.count)) != 0 { return .failed(errno) }
        return .written
    }

    /// Writes `bytes` from the start of the file open at `descriptor`; the `errno` of a failure, `nil` when all were
    /// written.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let count = pwrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset, off_t(offset))
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if count == 0 { return EIO }
            offset += count
        }
        return nil
    }

    /// Whether the file at `path` exists with exactly `bytes`.
    private static func publishedHolds(_ path: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return holds(descriptor, bytes)
    }

    /// Whether the file's bytes are exactly `bytes`: it is read for one byte more than that, so a longer or shorter
    /// file shows itself without a `stat` (two system calls fewer for every file of a rebuild).
    private static func holds(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let wanted = bytes.count + 1
        let chunk = min(64 * 1024, wanted)
        return withUnsafeTemporaryAllocation(byteCount: chunk, alignment: 16) { buffer in
            var offset = 0
            while offset < wanted {
                let asked = min(chunk, wanted - offset)
                let count = pread(descriptor, buffer.baseAddress!, asked, off_t(offset))
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                guard offset + count <= bytes.count, memcmp(buffer.baseAddress!, bytes.baseAddress! + offset, count) == 0
                else { return false }
                offset += count
                if count < asked { break }  // a regular file reads short only at its end
            }
            return offset == bytes.count
        }
    }
}
