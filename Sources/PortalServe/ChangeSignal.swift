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
    private let lock = NSLock()
    private var watchedFolders: Set<String> = []
    /// Whether inotify is in use (otherwise every wait is a timer).
    var usesInotify: Bool { descriptor >= 0 }

    init(folders: [String]) {
        #if canImport(Glibc)
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        #else
        descriptor = -1
        #endif
        watch(folders)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Adds folders created since (new sections, new bundles); watching one twice is harmless.
    func watch(_ folders: [String]) {
        #if canImport(Glibc)
        guard descriptor >= 0 else { return }
        let mask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE)
        lock.withLock {
            for folder in folders where !watchedFolders.contains(folder) {
                if inotify_add_watch(descriptor, folder, mask) >= 0 { watchedFolders.insert(folder) }
            }
        }
        #endif
    }

    /// Waits until inotify reports an event or `milliseconds` pass; returns whether there was an event. Without
    /// inotify it waits `fallbackMilliseconds` and says yes, so the caller looks.
    func wait(milliseconds: Int, fallbackMilliseconds: Int) -> Bool {
        guard descriptor >= 0 else {
            usleep(useconds_t(fallbackMilliseconds * 1000))
            return true
        }
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, Int32(milliseconds)) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        _ = read(descriptor, &buffer, buffer.count)  // drained: the look that follows finds what changed
        return true
    }
}
