import Foundation

/// The server-sent events open pages listen to: `reload` (with the edited page's URL), `css` (swap the
/// stylesheets without reloading), `problems` (the build failed: show them) and `ok` (fixed).
final class EventHub: @unchecked Sendable {
    private let lock = NSLock()
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    /// The last `problems` event while the site is broken, for pages opened meanwhile.
    private var current: String?

    /// A new listener's stream of events, formatted for `text/event-stream`.
    func subscribe() -> AsyncStream<String> {
        let id = UUID()
        return AsyncStream { continuation in
            lock.lock()
            listeners[id] = continuation
            let pending = current
            lock.unlock()
            continuation.yield(": portal live reload\n\n")
            if let pending { continuation.yield(pending) }
            continuation.onTermination = { [weak self] _ in
                self?.lock.lock()
                self?.listeners[id] = nil
                self?.lock.unlock()
            }
        }
    }

    /// Sends `event` with `data` (one line of JSON) to every open page.
    func send(_ event: String, data: String) {
        let message = "event: \(event)\ndata: \(data)\n\n"
        lock.lock()
        if event == "problems" { current = message } else if event == "ok" || event == "reload" { current = nil }
        let all = Array(listeners.values)
        lock.unlock()
        for listener in all { listener.yield(message) }
    }

    /// A comment line pages ignore: writing it finds connections closed since, which then end their streams.
    func ping() {
        let all = lock.withLock { Array(listeners.values) }
        for listener in all { listener.yield(": ping\n\n") }
    }

    var listenerCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return listeners.count
    }

    func finishAll() {
        lock.lock()
        let all = Array(listeners.values)
        listeners = [:]
        lock.unlock()
        for listener in all { listener.finish() }
    }
}
