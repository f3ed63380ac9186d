import Foundation
@testable import PortalKit
import Testing

/// Files that have left the page cache are noticed by a sample and asked for ahead of the reads that need them.
@Suite struct ReadAheadTests {
    /// Writes `count` files of 8 KB into a new folder, flushed to the disk so the kernel can drop their pages.
    private func makeFiles(_ count: Int) throws -> (URL, [String]) {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("portal-readahead-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let names = (0..<count).map { "page-\($0).html" }
        for name in names {
            let url = folder.appendingPathComponent(name)
            try Data(repeating: UInt8(ascii: "x"), count: 8192).write(to: url)
            let handle = try FileHandle(forUpdating: url)
            try handle.synchronize()
            try handle.close()
        }
        return (folder, names)
    }

    /// Drops the cached pages of a (flushed) file.
    private func evict(_ path: String) {
        let descriptor = open(path, O_RDONLY)
        _ = posix_fadvise(descriptor, 0, 0, Int32(POSIX_FADV_DONTNEED))
        close(descriptor)
    }

    /// Whether every page of the file is in the page cache, asked with `mincore`, which reads nothing (a read with
    /// `RWF_NOWAIT`, as ``ReadAhead/firstPageCached(_:)`` makes, starts the kernel's own read-ahead of the file).
    private func resident(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        let size = 8192
        guard let mapped = mmap(nil, size, PROT_READ, MAP_SHARED, descriptor, 0), mapped != MAP_FAILED
        else { return false }
        defer { munmap(mapped, size) }
        var pages = [UInt8](repeating: 0, count: size / 4096)
        guard mincore(mapped, size, &pages) == 0 else { return false }
        return pages.allSatisfy { $0 & 1 == 1 }
    }

    @Test func aFolderWhosePagesWereDroppedIsReadAgainAhead() async throws {
        let (folder, names) = try makeFiles(40)
        defer { try? FileManager.default.removeItem(at: folder) }
        let readAhead = ReadAhead(roots: [folder.path], paths: names)
        #expect(readAhead.sampleIsCached(), "files just written are in the page cache")
        for name in names { evict(folder.path + "/" + name) }
        // A file system that keeps everything in memory (tmpfs) cannot show this.
        guard !names.contains(where: { resident(folder.path + "/" + $0) }) else { return }
        // The sample stops at the first file it finds missing; reading a byte of it without waiting starts the
        // kernel's read-ahead of that file alone, and the others stay on the disk until asked for.
        #expect(!readAhead.sampleIsCached())
        #expect(!names.dropFirst().contains { resident(folder.path + "/" + $0) })

        readAhead.requestEvery(1, from: 0)
        var waited = 0
        while !names.allSatisfy({ resident(folder.path + "/" + $0) }), waited < 100 {
            try await Task.sleep(for: .milliseconds(50))
            waited += 1
        }
        #expect(names.allSatisfy { resident(folder.path + "/" + $0) })
    }

    /// A path missing under one root (a page the published build did not have) does not count as a cold file.
    @Test func aMissingFileCountsAsCached() throws {
        let (folder, names) = try makeFiles(3)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(ReadAhead.firstPageCached(folder.path + "/absent.html") == nil)
        #expect(ReadAhead(roots: [folder.path, folder.path + "/absent"], paths: names).sampleIsCached())
    }
}
