import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Wakes the watcher when something under the watched folders may have changed: inotify on Linux, so an idle
/// server costs nothing; elsewhere, or when inotify cannot be set up (its watch limit reached), a plain timer.
///
/// The events only say "look now"; which files changed is worked out by comparing two looks, so a missed or
/// merged event can never leave a stale page.
final class ChangeSignal: @unchecked Sendable {
    private let descriptor: Int32
    /// A pipe written by ``interrupt()`` so a wait ends at once when the server stops.
    private let wakeup: Int32
    private let wakeupWriter: Int32
    private let lock = NSLock()
    private var watchedFolders: Set<String> = []
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

    /// Adds folders created since (new sections, new bundles); watching one twice is harmless.
    func watch(_ folders: [String]) {
        #if canImport(Glibc)
        guard descriptor >= 0 else { return }
        let mask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE)
        lock.withLock {
            // A folder removed and made again (a checkout) needs a new watch: forget the ones that are gone.
            watchedFolders.formIntersection(folders)
            for folder in folders where !watchedFolders.contains(folder) {
                if inotify_add_watch(descriptor, folder, mask) >= 0 {
                    watchedFolders.insert(folder)
                } else if errno == ENOSPC {
                    exhausted = true  // the system's watch limit: fall back to looking every few milliseconds
                }
            }
        }
        #endif
    }

    /// Returns once `quietMilliseconds` pass without an event (at most half a second, so a file written without
    /// pause still gets built); without inotify it waits `fallbackMilliseconds`.
    func settle(quietMilliseconds: Int, fallbackMilliseconds: Int) {
        let watching = descriptor >= 0 && !lock.withLock { exhausted }
        guard watching else {
            usleep(UInt32(fallbackMilliseconds * 1000))
            return
        }
        let deadline = DispatchTime.now().uptimeNanoseconds + 500_000_000
        while wait(milliseconds: quietMilliseconds, fallbackMilliseconds: fallbackMilliseconds),
            DispatchTime.now().uptimeNanoseconds < deadline
        {}
    }

    /// Waits until inotify reports an event or `milliseconds` pass; returns whether there was an event. Without
    /// inotify it waits `fallbackMilliseconds` and says yes, so the caller looks.
    func wait(milliseconds: Int, fallbackMilliseconds: Int) -> Bool {
        var requests = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeup, events: Int16(POLLIN), revents: 0)]
        let watching = descriptor >= 0 && !lock.withLock { exhausted }
        let ready = poll(&requests, nfds_t(requests.count), Int32(watching ? milliseconds : fallbackMilliseconds))
        guard watching else { return true }  // no inotify (or not for every folder): look after every pause
        guard ready > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        // Drained: the look that follows finds what changed.
        if requests[0].revents & Int16(POLLIN) != 0 { _ = read(descriptor, &buffer, buffer.count) }
        if requests[1].revents & Int16(POLLIN) != 0 { _ = read(wakeup, &buffer, 1) }
        return true
    }
}
