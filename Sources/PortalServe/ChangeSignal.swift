import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Wakes the watcher when something under the watched folders may have changed: inotify on Linux, so an idle
/// server costs nothing; elsewhere, or when inotify cannot be set up (its watch limit reached), a plain timer.
///
/// The events name the entries that changed, so a save is looked at without walking the whole site
/// (``Wake/changed(_:)``); when the kernel's queue overflowed, or without inotify, the caller looks at
/// everything (``Wake/unknown``). Either way what changed is worked out from the files' stamps, and the watcher
/// still looks at everything every few seconds.
final class ChangeSignal: @unchecked Sendable {
    /// What a wait found.
    enum Wake: Equatable {
        /// Nothing happened.
        case quiet
        /// These absolute paths (files or folders) had events.
        case changed(Set<String>)
        /// Something may have changed anywhere.
        case unknown

        /// Both wakes' findings together.
        func merged(with other: Wake) -> Wake {
            switch (self, other) {
            case (.unknown, _), (_, .unknown): return .unknown
            case (.quiet, let wake), (let wake, .quiet): return wake
            case (.changed(let a), .changed(let b)): return .changed(a.union(b))
            }
        }
    }

    private let descriptor: Int32
    /// A pipe written by ``interrupt()`` so a wait ends at once when the server stops.
    private let wakeup: Int32
    private let wakeupWriter: Int32
    private let lock = NSLock()
    private var watchedFolders: Set<String> = []
    /// The folder of each watch descriptor, to turn an event's name into a path.
    private var folderOfWatch: [Int32: String] = [:]
    private var exhausted = false
    /// Whether inotify is in use (otherwise every wait is a timer).
    var usesInotify: Bool { descriptor >= 0 }

    init(folders: [String]) {
        #if canImport(Glibc)
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        #else
        descriptor = -1
        #endif
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        }
        wakeup = ends[0]
        wakeupWriter = ends[1]
        watch(folders)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if wakeup >= 0 { close(wakeup) }
        if wakeupWriter >= 0 { close(wakeupWriter) }
    }

    /// Ends the current or next wait at once.
    func interrupt() {
        guard wakeupWriter >= 0 else { return }
        var one: UInt8 = 1
        _ = write(wakeupWriter, &one, 1)
    }

    /// Watches exactly these folders: new ones are added, those no longer listed (removed, or made again by a
    /// checkout, which needs a new watch) forgotten.
    func watch(_ folders: [String]) {
        lock.withLock {
            watchedFolders.formIntersection(folders)
            folderOfWatch = folderOfWatch.filter { watchedFolders.contains($0.value) }
        }
        add(folders)
    }

    /// Adds folders created since (new sections, new bundles); watching one twice is harmless.
    func add(_ folders: [String]) {
        #if canImport(Glibc)
        guard descriptor >= 0 else { return }
        let mask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE)
        lock.withLock {
            for folder in folders where !watchedFolders.contains(folder) {
                let watch = inotify_add_watch(descriptor, folder, mask)
                if watch >= 0 {
                    watchedFolders.insert(folder)
                    folderOfWatch[watch] = folder
                } else if errno == ENOSPC {
                    exhausted = true  // the system's watch limit: fall back to looking every few milliseconds
                }
            }
        }
        #endif
    }

    /// Collects events until `quietMilliseconds` pass without one (at most half a second, so a file written without
    /// pause still gets built); without inotify it waits `fallbackMilliseconds` and says ``Wake/unknown``.
    func settle(quietMilliseconds: Int, fallbackMilliseconds: Int) -> Wake {
        guard watching else {
            usleep(UInt32(fallbackMilliseconds * 1000))
            return .unknown
        }
        let deadline = DispatchTime.now().uptimeNanoseconds + 500_000_000
        var found = Wake.quiet
        while DispatchTime.now().uptimeNanoseconds < deadline {
            let wake = wait(milliseconds: quietMilliseconds, fallbackMilliseconds: fallbackMilliseconds)
            if wake == .quiet { break }
            found = found.merged(with: wake)
        }
        return found
    }

    private var watching: Bool { descriptor >= 0 && !lock.withLock { exhausted } }

    /// Waits until inotify reports events or `milliseconds` pass. Without inotify it waits `fallbackMilliseconds`
    /// and says ``Wake/unknown``, so the caller looks at everything.
    func wait(milliseconds: Int, fallbackMilliseconds: Int) -> Wake {
        var requests = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeup, events: Int16(POLLIN), revents: 0)]
        let watching = self.watching
        let ready = poll(&requests, nfds_t(requests.count), Int32(watching ? milliseconds : fallbackMilliseconds))
        guard watching else { return .unknown }  // no inotify (or not for every folder): look after every pause
        guard ready > 0 else { return .quiet }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var wake = Wake.quiet
        if requests[1].revents & Int16(POLLIN) != 0 {
            _ = read(wakeup, &buffer, 1)
            wake = .unknown
        }
        if requests[0].revents & Int16(POLLIN) != 0 {
            let count = read(descriptor, &buffer, buffer.count)
            wake = wake.merged(with: count > 0 ? events(in: buffer[..<count]) : .unknown)
        }
        return wake
    }

    /// The paths named by a read's events; ``Wake/unknown`` when the kernel dropped some (its queue overflowed).
    private func events(in bytes: ArraySlice<UInt8>) -> Wake {
        #if canImport(Glibc)
        var paths: Set<String> = []
        var offset = bytes.startIndex
        let header = 16  // struct inotify_event: wd, mask, cookie, len, then the name
        while offset + header <= bytes.endIndex {
            let (watch, mask, length) = bytes.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let at = offset - bytes.startIndex
                return (raw.loadUnaligned(fromByteOffset: at, as: Int32.self),
                    raw.loadUnaligned(fromByteOffset: at + 4, as: UInt32.self),
                    Int(raw.loadUnaligned(fromByteOffset: at + 12, as: UInt32.self)))
            }
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { return .unknown }
            let nameBytes = bytes[(offset + header)..<min(offset + header + length, bytes.endIndex)].prefix { $0 != 0 }
            offset += header + length
            if mask & UInt32(IN_IGNORED) != 0 {
                lock.withLock {
                    if let folder = folderOfWatch.removeValue(forKey: watch) { watchedFolders.remove(folder) }
                }
                continue
            }
            guard let folder = lock.withLock({ folderOfWatch[watch] }) else { return .unknown }
            paths.insert(nameBytes.isEmpty ? folder : folder + "/" + String(decoding: nameBytes, as: UTF8.self))
        }
        return .changed(paths)
        #else
        return .unknown
        #endif
    }
}
