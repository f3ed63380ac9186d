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
    private let renderCache = RenderedPageCache()
    private let markdownCache = RenderedMarkdownCache()
    /// The last good build, kept to apply an edit of one page's body in place.
    private var live: LiveSite?
    /// The file whose in-place edit failed (the kept site is still the last good one): only it may be fixed in place.
    private var brokenInPlace: String?
    /// Files of the last whole build.
    private var fileCount = 0
    /// The files of an edit applied in place, served from memory while they are written into the folder.
    private var overlay: [String: [UInt8]] = [:]
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

    /// The bytes of an output file that an edit in place produced and that may not be in the folder yet.
    func overlaid(_ relative: String) -> [UInt8]? {
        lock.withLock { overlay[relative] }
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
        let firstWatcher = FileWatcher(root: options.sourceRoot, extra: readLayout().contentDirs)
        let firstLook = firstWatcher.look()
        rebuild(changed: [])
        let signal = ChangeSignal(folders: firstWatcher.folders())
        let watcherDone = DispatchSemaphore(value: 0)
        let watcher = Thread { [self] in
            watch(firstWatcher, from: firstLook, signal: signal)
            watcherDone.signal()
        }
        watcher.name = "portal watcher"
        watcher.start()
        // Stopping waits for the watcher (and a rebuild it may be running) before the folder is removed.
        defer {
            lock.withLock { stopped = true }
            signal.interrupt()
            watcherDone.wait()
            live?.release()
            live = nil
        }
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

    /// Looks at the entries inotify names whenever it reports events (and at every file every two seconds
    /// regardless; every `pollMilliseconds` without inotify). A burst of changes (an editor's save writes, renames
    /// and deletes) is taken as one once 5 ms pass without an event (30 ms without inotify, then a look finding
    /// nothing new). Runs on its own thread, as do the builds it starts.
    private func watch(_ first: FileWatcher, from firstLook: [String: FileWatcher.Stamp], signal: ChangeSignal) {
        var watcher = first
        var last = firstLook
        var nextPing = Date().addingTimeInterval(20)
        while !isStopped {
            let wake = signal.wait(milliseconds: 2000, fallbackMilliseconds: options.pollMilliseconds)
            if Date() > nextPing {  // tabs closed since let go of their streams
                hub.ping()
                nextPing = Date().addingTimeInterval(20)
            }
            let woke = DispatchTime.now()
            var now = last
            refresh(&now, after: wake, watcher: watcher, signal: signal)
            guard !FileWatcher.changes(from: last, to: now).isEmpty else {
                last = now
                continue
            }
            while !isStopped {
                let more = signal.settle(quietMilliseconds: 5, fallbackMilliseconds: 30)
                if more == .quiet { break }
                let before = now
                refresh(&now, after: more, watcher: watcher, signal: signal)
                if FileWatcher.changes(from: before, to: now).isEmpty { break }
            }
            // What differs once the burst is over: a temporary file written and renamed within it is not a change.
            let changed = FileWatcher.changes(from: last, to: now)
            last = now
            guard !changed.isEmpty else { continue }
            if options.timings {
                let milliseconds = (DispatchTime.now().uptimeNanoseconds - woke.uptimeNanoseconds) / 1_000_000
                say("noticed \(changed.count) change\(changed.count == 1 ? "" : "s") in \(milliseconds) ms")
            }
            if !isStopped { rebuild(changed: changed) }
            if changed.contains("site.yaml") {  // a language's content folder may have come or gone
                watcher = FileWatcher(root: options.sourceRoot, extra: readLayout().contentDirs)
                signal.watch(watcher.folders())
                last = watcher.look()
            }
        }
    }

    /// Brings the stamps up to date after a wake: only the entries inotify named, or every file (after a quiet
    /// spell, an overflow, or without inotify), watching the folders found.
    private func refresh(
        _ stamps: inout [String: FileWatcher.Stamp], after wake: ChangeSignal.Wake, watcher: FileWatcher, signal: ChangeSignal
    ) {
        switch wake {
        case .changed(let paths):
            signal.add(watcher.look(at: paths, updating: &stamps))
        case .quiet, .unknown:
            signal.watch(watcher.folders())  // folders made since: their files are found by this look
            stamps = watcher.look()
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
            say("\(changed.joined(separator: ", ")) changed: copied, 0 files rendered, \(Int(milliseconds)) ms")
            hub.send(copied.allSatisfy { $0.hasSuffix(".css") } ? "css" : "reload", data: "{}")
            return
        }
        if built, changed.count == 1, let live, lastProblems.isEmpty || brokenInPlace == changed[0],
            changed[0].hasSuffix(".md"), updateInPlace(changed[0], live: live, started: started)
        {
            return
        }
        live?.release()  // before the build: its pages are not needed while the next ones are made
        live = nil
        brokenInPlace = nil
        var build = BuildOptions(
            sourceRoot: options.sourceRoot, outputRoot: output, baseURL: baseURL, includeDrafts: options.includeDrafts,
            includeFuture: options.includeFuture)
        build.now = Date()
        build.contentCache = contentCache
        build.renderCache = renderCache
        build.markdownCache = markdownCache
        build.keepsLiveSite = true
        let log = DiagnosticLog()
        let what = changed.isEmpty ? "first build" : changed.joined(separator: ", ") + " changed"
        do {
            let report = try Build.run(build, log: log)
            live = report.live
            if live == nil { report.site.releaseLinks() }  // or every rebuild would keep the last one's pages
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
            let pages = report.pagesPerLanguage.reduce(0) { $0 + $1.count }
            lock.withLock {
                built = true
                problems = []
            }
            for warning in report.warnings { say(warning.description) }
            if options.timings {
                say(report.stages.map { "\($0.stage) \(Int($0.seconds * 1000)) ms" }.joined(separator: ", "))
            }
            let rendered = renderCache.rendered
            fileCount = rendered + renderCache.reused
            say("\(what): \(rendered) of \(rendered + renderCache.reused) files rendered (\(pages) pages) in \(Int(milliseconds)) ms")
            var url = ""
            if options.navigate, let edited = changed.first(where: { $0.hasPrefix("content/") || $0.contains("/content/") }),
                let page = report.site.pages.first(where: { $0.document?.path.sourcePath == edited })
            {
                url = report.site.config.href(page.url)
            }
            hub.send("reload", data: url.isEmpty ? "{}" : "{\"url\":\(Self.json(url))}")
        } catch let failure as BuildFailure {
            for diagnostic in failure.diagnostics { say(diagnostic.description) }
            report(failure.diagnostics.map { ("\($0.path):\(max($0.line, 1)):\(max($0.column, 1))", $0.message, $0.hint) }, what)
        } catch {
            say("\(what): \(error)")
            report([(options.sourceRoot.path, "\(error)", nil)], what)
        }
    }

    /// Applies an edit of one content file's body to the kept site and the served folder; `false` when it needs a
    /// whole build.
    private func updateInPlace(_ path: String, live: LiveSite, started: DispatchTime) -> Bool {
        let what = path + " changed"
        switch live.update(path) {
        case .updated(let edit):
            // Served from memory at once; open pages reload; then the files go into the folder.
            lock.withLock {
                problems = []
                overlay.merge(edit.files) { $1 }
            }
            brokenInPlace = nil
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
            let url = options.navigate ? live.site.config.href(edit.page.url) : ""
            hub.send("reload", data: url.isEmpty ? "{}" : "{\"url\":\(Self.json(url))}")
            var written = "?"
            do {
                written = String(try live.commit(edit).count)
            } catch {
                say("\(what): the served folder could not be updated (\(error)); the next change builds the whole site")
                self.live = nil
            }
            lock.withLock { for path in edit.files.keys { overlay[path] = nil } }
            for warning in edit.warnings { say(warning.description) }
            say("\(what): \(edit.rendered) of \(fileCount) files rendered in place, \(written) changed, served in \(Int(milliseconds)) ms")
            if options.timings { say(live.lastStages.map { "\($0.stage) \(Int($0.seconds * 1000)) ms" }.joined(separator: ", ")) }
            return true
        case .failed(let diagnostics):
            brokenInPlace = path
            for diagnostic in diagnostics { say(diagnostic.description) }
            report(diagnostics.map { ("\($0.path):\(max($0.line, 1)):\(max($0.column, 1))", $0.message, $0.hint) }, what)
            return true
        case .needsBuild(let reason):
            if options.timings { say("\(what): a whole build (\(reason))") }
            return false
        }
    }

    /// Keeps the problems of a failed build (for pages opened meanwhile) and shows them on open pages.
    private func report(_ found: [(location: String, message: String, hint: String?)], _ what: String) {
        lock.withLock { problems = found }
        say("\(what): the build failed with \(found.count) error\(found.count == 1 ? "" : "s"); still serving the last good site")
        let items = found.map { item in
            "{\"location\":\(Self.json(item.location)),\"message\":\(Self.json(item.message))"
                + (item.hint.map { ",\"hint\":\(Self.json($0))" } ?? "") + "}"
        }
        hub.send("problems", data: "{\"problems\":[\(items.joined(separator: ","))]}")
    }

    /// Copies changed `.css` and `.js` files of a static folder into the served site; `nil` when anything else
    /// changed (or a file was removed), which needs a build.
    ///
    /// Only where the build would publish that very file: the site's `static/`, or the active theme's when the
    /// site has no file of that name; and only while the site builds (otherwise the build must say what is wrong).
    private func copyStaticAssets(_ changed: [String], into output: URL) -> [String]? {
        guard lastProblems.isEmpty else { return nil }
        let themeStatic = "themes/\(readLayout().theme)/static/"
        let manager = FileManager.default
        var copies: [(URL, URL)] = []
        for path in changed {
            guard path.hasSuffix(".css") || path.hasSuffix(".js") else { return nil }
            let relative: String
            if path.hasPrefix("static/") {
                relative = String(path.dropFirst("static/".count))
            } else if path.hasPrefix(themeStatic) {
                relative = String(path.dropFirst(themeStatic.count))
                if manager.fileExists(atPath: options.sourceRoot.appendingPathComponent("static/" + relative).path) { return nil }
            } else {
                return nil
            }
            let source = options.sourceRoot.appendingPathComponent(path)
            let target = output.appendingPathComponent(relative)
            // Only over a file the last build copied there: never a new path, never a generated file.
            guard manager.fileExists(atPath: source.path), manager.fileExists(atPath: target.path) else { return nil }
            copies.append((source, target))
        }
        for (source, target) in copies {
            guard let data = manager.contents(atPath: source.path), (try? data.write(to: target, options: .atomic)) != nil else {
                return nil
            }
        }
        return changed
    }

    /// The active theme and the languages' own content folders, from site.yaml as it is now (defaults when it
    /// cannot be read: the build will say why).
    private func readLayout() -> (theme: String, contentDirs: [String]) {
        guard let config = try? SiteConfigLoader.load(sourceRoot: options.sourceRoot, log: DiagnosticLog()) else { return ("", []) }
        return (config.theme, config.languages.compactMap(\.contentDir))
    }

    static func json(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        let array = String(decoding: data, as: UTF8.self)
        return String(array.dropFirst().dropLast())
    }
}
