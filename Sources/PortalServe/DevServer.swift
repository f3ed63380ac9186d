import Foundation
import Hummingbird
import Logging
import PortalKit

/// `portal serve`: builds the site into a private temporary folder, serves it with Hummingbird, watches the
/// sources and rebuilds after each save, telling open pages through server-sent events.
///
/// A failed rebuild leaves the last good site in place (the build replaces its output only when it succeeds),
/// so readers of the preview never see a half-built site; the problems go to the terminal and to open pages.
public final class DevServer: @unchecked Sendable {
    public let options: ServeOptions
    let hub = EventHub()
    private let lock = NSLock()
    private let workFolder: URL
    private var built = false
    private var stopped = false
    /// Content files parsed by earlier rebuilds, reused while unchanged.
    private let contentCache = ParsedContentCache()
    private var problems: [(location: String, message: String, hint: String?)] = []
    /// Where pages link: the server's address, known once the port is.
    public private(set) var baseURL = ""
    /// The port listened on.
    public private(set) var port = 0
    /// Lines for the terminal (one per rebuild); standard output by default, written at once even into a pipe.
    public var say: @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) }

    public init(options: ServeOptions) {
        self.options = options
        self.workFolder = FileManager.default.temporaryDirectory
            .appendingPathComponent("portal-serve-\(getpid())-\(UUID().uuidString.prefix(8))")
    }

    /// The folder of the last good build, or `nil` before the first one.
    var servedFolder: URL? {
        lock.withLock { built ? workFolder.appendingPathComponent("site") : nil }
    }

    var lastProblems: [(location: String, message: String, hint: String?)] {
        lock.withLock { problems }
    }

    /// Builds, serves and watches until cancelled (or, with `handleSignals`, until Ctrl-C); `onReady` gets the
    /// address once the server listens. Removes its temporary folder when it stops.
    public func run(handleSignals: Bool = true, onReady: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        port = try PortFinder.free(host: options.host, from: options.port, say: say)
        baseURL = options.baseURL ?? "http://\(options.host.contains(":") ? "[\(options.host)]" : options.host):\(port)/"
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workFolder) }
        // The first look comes before the first build, so a save made while it runs is seen as a change.
        let firstLook = FileWatcher(root: options.sourceRoot).look()
        rebuild(changed: [])
        let watcher = Thread { [self] in watch(from: firstLook) }
        watcher.name = "portal watcher"
        watcher.start()
        defer { lock.withLock { stopped = true } }
        let app = Application(
            responder: SiteResponder(server: self),
            configuration: .init(address: .hostname(options.host, port: port), serverName: "portal"),
            onServerRunning: { [self] _ in
                say("serving \(baseURL) (Ctrl-C stops)")
                onReady(baseURL)
            },
            logger: {
                var logger = Logger(label: "portal.serve")
                logger.logLevel = .error
                return logger
            }())
        defer { hub.finishAll() }
        if handleSignals { try await app.runService() } else { try await app.run() }
    }

    /// Looks at the sources whenever inotify reports an event (and every two seconds regardless; every
    /// `pollMilliseconds` without inotify). A burst of changes (an editor's save writes, renames and deletes) is
    /// taken as one once a look 30 ms later finds nothing new. Runs on its own thread, as do the builds it starts.
    private func watch(from firstLook: [String: FileWatcher.Stamp]) {
        let watcher = FileWatcher(root: options.sourceRoot)
        let signal = ChangeSignal(folders: watcher.folders())
        var last = firstLook
        while !isStopped {
            _ = signal.wait(milliseconds: 2000, fallbackMilliseconds: options.pollMilliseconds)
            signal.watch(watcher.folders())  // folders made since: their files are found by the next look
            var now = watcher.look()
            var changed = FileWatcher.changes(from: last, to: now)
            guard !changed.isEmpty else { continue }
            while !isStopped {
                usleep(30_000)
                let settled = watcher.look()
                let more = FileWatcher.changes(from: now, to: settled)
                now = settled
                if more.isEmpty { break }
                changed = Array(Set(changed + more)).sorted()
            }
            last = now
            if !isStopped { rebuild(changed: changed) }
        }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// Stylesheets and scripts under a static folder are copied as they are: no page changes, the browser
    /// swaps stylesheets in place. Anything else rebuilds the site.
    func rebuild(changed: [String]) {
        let started = DispatchTime.now()
        let output = workFolder.appendingPathComponent("site")
        if built, !changed.isEmpty, let copied = copyStaticAssets(changed, into: output) {
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
            say("\(changed.joined(separator: ", ")) changed: copied, 0 pages rendered, \(Int(milliseconds)) ms")
            hub.send(copied.allSatisfy { $0.hasSuffix(".css") } ? "css" : "reload", data: "{}")
            return
        }
        var build = BuildOptions(
            sourceRoot: options.sourceRoot, outputRoot: output, baseURL: baseURL, includeDrafts: options.includeDrafts,
            includeFuture: options.includeFuture)
        build.now = Date()
        build.contentCache = contentCache
        let log = DiagnosticLog()
        let what = changed.isEmpty ? "first build" : changed.joined(separator: ", ") + " changed"
        do {
            let report = try Build.run(build, log: log)
            defer { report.site.releaseLinks() }  // or every rebuild would keep the last one's pages
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
            let pages = report.pagesPerLanguage.reduce(0) { $0 + $1.count }
            lock.withLock {
                built = true
                problems = []
            }
            for warning in report.warnings { say(warning.description) }
            say("\(what): \(pages) pages rendered in \(Int(milliseconds)) ms")
            var url = ""
            if options.navigate, let edited = changed.first(where: { $0.hasPrefix("content/") || $0.contains("/content/") }),
                let page = report.site.pages.first(where: { $0.document?.path.sourcePath == edited })
            {
                url = report.site.config.href(page.url)
            }
            hub.send("reload", data: url.isEmpty ? "{}" : "{\"url\":\(Self.json(url))}")
        } catch let failure as BuildFailure {
            let found = failure.diagnostics.map { ("\($0.path):\(max($0.line, 1)):\(max($0.column, 1))", $0.message, $0.hint) }
            lock.withLock { problems = found }
            for diagnostic in failure.diagnostics { say(diagnostic.description) }
            say("\(what): the build failed with \(found.count) error\(found.count == 1 ? "" : "s"); still serving the last good site")
            let items = found.map { item in
                "{\"location\":\(Self.json(item.0)),\"message\":\(Self.json(item.1))"
                    + (item.2.map { ",\"hint\":\(Self.json($0))" } ?? "") + "}"
            }
            hub.send("problems", data: "{\"problems\":[\(items.joined(separator: ","))]}")
        } catch {
            say("\(what): \(error)")
        }
    }

    /// Copies changed `.css` and `.js` files of a static folder into the served site; `nil` when anything else
    /// changed (or a file was removed), which needs a build.
    private func copyStaticAssets(_ changed: [String], into output: URL) -> [String]? {
        let theme = "themes/"
        var copies: [(URL, URL)] = []
        for path in changed {
            guard path.hasSuffix(".css") || path.hasSuffix(".js") else { return nil }
            let relative: String
            if path.hasPrefix("static/") {
                relative = String(path.dropFirst("static/".count))
            } else if path.hasPrefix(theme), let range = path.range(of: "/static/") {
                relative = String(path[range.upperBound...])
            } else {
                return nil
            }
            let source = options.sourceRoot.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: source.path) else { return nil }
            copies.append((source, output.appendingPathComponent(relative)))
        }
        for (source, target) in copies {
            guard let data = FileManager.default.contents(atPath: source.path), (try? data.write(to: target)) != nil else { return nil }
        }
        return changed
    }

    static func json(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        let array = String(decoding: data, as: UTF8.self)
        return String(array.dropFirst().dropLast())
    }
}
