import CPortalFS
import Foundation

/// Asks the kernel to start reading files the build is about to read when they are no longer in the page cache,
/// so they arrive from the disk together instead of one by one as each worker gets to them.
///
/// A build reads every source file and, in a rebuild, both earlier copies of every output file it compares with.
/// When those have left the page cache (a machine that reclaims idle file pages, the first build after a pause),
/// every read waited for the disk with only one read per core in flight: a 2,000-pair rebuild with none of its files
/// cached took 1.7-2.4 s instead of about 1.1 s, where Hugo, reading from many goroutines, lost about a tenth. A
/// background thread first reads one byte of a sample of the files without waiting (``portal_first_page_cached``);
/// when any is missing, a few threads open every file and ask for its pages (`POSIX_FADV_WILLNEED`, which returns
/// before the disk has answered), so the disk sees many requests at once. When the sample is cached nothing more
/// is done: asking for cached files costs three system calls each, about 5 % more CPU in a warm rebuild.
struct ReadAhead: Sendable {
    /// The folders the paths are relative to; each path is read in each of them.
    let roots: [String]
    /// The files, relative to each root, in the order the build reads them.
    let paths: [String]

    /// Files read without waiting to decide whether the set is cached: with a tenth of the files gone, all 32 are
    /// found cached once in 30 times.
    static let sampleSize = 32
    /// Threads that ask for files: opening a file whose inode is not cached waits for the disk, so one thread
    /// alone would hold a single request in flight again.
    static let threads = 4

    /// Starts checking, and reading ahead if needed, on a background thread; returns at once.
    func start() {
        guard !paths.isEmpty, !roots.isEmpty else { return }
        Self.detach { [self] in
            if sampleIsCached() { return }
            for first in 1..<Self.threads { Self.detach { requestEvery(Self.threads, from: first) } }
            requestEvery(Self.threads, from: 0)
        }
    }

    /// Whether every file of an even sample, taken in turn from each root, has its first page cached (or the
    /// system cannot tell).
    func sampleIsCached() -> Bool {
        let step = max(1, paths.count / Self.sampleSize)
        return stride(from: 0, to: paths.count, by: step).enumerated().allSatisfy { taken, index in
            Self.firstPageCached(roots[taken % roots.count] + "/" + paths[index]) != false
        }
    }

    /// Whether the first page of the file at `path` is in the page cache; `nil` when the file cannot be opened or
    /// the system cannot tell.
    static func firstPageCached(_ path: String) -> Bool? {
        switch portal_first_page_cached(path) {
        case 1: true
        case 0: false
        default: nil
        }
    }

    /// Asks for every `step`th file from `first` on, so each thread starts near the front of the list, where the
    /// workers start.
    func requestEvery(_ step: Int, from first: Int) {
        for index in stride(from: first, to: paths.count, by: step) {
            for root in roots { Self.request(root + "/" + paths[index]) }
        }
    }

    /// Asks for one file's pages; a file that cannot be opened is left to the read that follows to report.
    static func request(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = posix_fadvise(descriptor, 0, 0, Int32(POSIX_FADV_WILLNEED))
        close(descriptor)
    }

    private static func detach(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.qualityOfService = .utility
        thread.start()
    }
}
