import Foundation
import PortalKit
@testable import PortalServe
import Testing

/// `portal serve` as an editor uses it: a real server on a free loopback port, real files edited on disk.
@Suite struct DevServerTests {
    static let files: [String: String] = [
        "site.yaml": "baseURL: https://example.org/\ntheme: t\nlanguages:\n  bg: {name: Български, title: Сайт}\n",
        "themes/t/templates/base.mustache": "<!DOCTYPE html>\n<html lang=\"{{lang}}\"><head><title>{{page.title}}</title><link rel=\"stylesheet\" href=\"/style.css\"></head><body>{{$main}}{{/main}}</body></html>\n",
        "themes/t/templates/page.mustache": "{{<base}}{{$main}}<h1>{{page.title}}</h1>{{{page.content}}}{{/main}}{{/base}}\n",
        "themes/t/templates/list.mustache": "{{<base}}{{$main}}<h1>{{page.title}}</h1>{{#pager.items}}<a class=\"item\" href=\"{{url}}\">{{title}}</a>\n{{/pager.items}}{{/main}}{{/base}}\n",
        "themes/t/templates/404.mustache": "{{<base}}{{$main}}<h1>Няма такава страница</h1>{{/main}}{{/base}}\n",
        "themes/t/static/style.css": "body { color: black; }\n",
        "content/news/_index.bg.md": "---\ntitle: Новини\n---\n",
        "content/news/parva.bg.md": "---\ntitle: Първа\ndate: 2024-03-01\n---\nНачален текст.\n",
    ]

    static func makeSite() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("portal-serve-test-\(UUID().uuidString)")
        for (path, text) in files { try write(text, to: path, in: root) }
        return root
    }

    static func write(_ text: String, to path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Starts a server for `root` on a free port; returns once `/` answers with `status`.
    static func start(_ root: URL, answering status: Int, say: @escaping @Sendable (String) -> Void = { _ in }) async throws
        -> (DevServer, Task<Void, Error>)
    {
        var options = ServeOptions(sourceRoot: root)
        options.port = 0
        options.pollMilliseconds = 20
        let server = DevServer(options: options)
        server.say = say
        let running = Task { try await server.run(handleSignals: false) }
        // Generous: the first build shares the machine with the rest of the suite, whose builds run at the same time.
        let deadline = Date().addingTimeInterval(90)
        while server.port == 0 || (try? RawHTTP.request(port: server.port, "/", seconds: 1))?.status != status {
            if Date() > deadline {
                running.cancel()
                throw CancellationError()  // the server did not start
            }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        return (server, running)
    }

    /// Polls `path` until its body satisfies `check` (the rebuild after an edit), up to ten seconds.
    static func eventually(port: Int, _ path: String, _ check: (RawHTTP.Reply) -> Bool) throws -> RawHTTP.Reply {
        var reply = try RawHTTP.request(port: port, path)
        let deadline = Date().addingTimeInterval(10)
        while !check(reply), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            reply = try RawHTTP.request(port: port, path)
        }
        return reply
    }

    @Test func servesRebuildsReportsAndRecovers() async throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let lines = LineLog()
        let (server, running) = try await Self.start(root, answering: 200, say: { lines.append($0) })
        defer { running.cancel() }
        let port = server.port
        #expect(server.baseURL == "http://127.0.0.1:\(port)/")

        // A page: its text, the live-reload script, the charset, an ETag that answers 304.
        let page = try RawHTTP.request(port: port, "/news/parva/")
        #expect(page.status == 200 && page.body.contains("<h1>Първа</h1>") && page.body.contains("Начален текст."))
        #expect(page.body.contains("<script src=\"/__portal/live.js\" defer></script></body>"))
        #expect(page.header("content-type") == "text/html; charset=utf-8")
        let etag = try #require(page.header("etag"))
        #expect(try RawHTTP.request(port: port, "/news/parva/", headers: ["If-None-Match: \(etag)"]).status == 304)
        #expect(try RawHTTP.request(port: port, "/news/parva/", headers: ["If-None-Match: \"x\", W/\(etag)"]).status == 304)
        #expect(try RawHTTP.request(port: port, "/news/parva/", headers: ["If-None-Match: \"x\""]).status == 200)
        let moved = try RawHTTP.request(port: port, "/news/parva?x=1")
        #expect(moved.status == 301 && moved.header("location") == "/news/parva/?x=1", "\(moved.head)")
        #expect(try RawHTTP.request(port: port, "/style.css").header("content-type") == "text/css; charset=utf-8")
        // HEAD: the headers, no body.
        let head = try RawHTTP.request(port: port, "/news/parva/", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty && Int(head.header("content-length") ?? "") ?? 0 > 100)
        // The site's own 404 page, with status 404.
        let missing = try RawHTTP.request(port: port, "/nyama/")
        #expect(missing.status == 404 && missing.body.contains("Няма такава страница"))
        // Nothing outside the site, however the path is written; a broken request line is a 400, not a crash.
        for attack in ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
            "/..%5c..%5cetc%5cpasswd", "/news/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/%00"]
        {
            let reply = try RawHTTP.request(port: port, attack)
            #expect(reply.status == 400 && !reply.body.contains("root:"), "\(attack) → \(reply.status)")
        }
        let garbage = try RawHTTP(port: port)
        garbage.send("NONSENSE\r\n\r\n")
        _ = garbage.read(for: 1)
        #expect(try RawHTTP.request(port: port, "/news/parva/").status == 200, "the server survives a broken request")

        // An edit is served.
        let started = Date()
        try Self.write("---\ntitle: Първа\ndate: 2024-03-01\n---\nПроменен текст.\n", to: "content/news/parva.bg.md", in: root)
        let edited = try Self.eventually(port: port, "/news/parva/") { $0.body.contains("Променен текст.") }
        #expect(edited.body.contains("Променен текст."), "the edit was not served")
        #expect(Date().timeIntervalSince(started) < 10)

        // A broken file: the last good page is still served, and open pages are told what is wrong and where.
        let events = try RawHTTP(port: port)
        events.send("GET /__portal/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        #expect(events.read(for: 5, until: { $0.contains("portal live reload") }).contains("text/event-stream"))
        try Self.write("---\ntitle: [Първа\n---\nСчупено.\n", to: "content/news/parva.bg.md", in: root)
        let problem = events.read(for: 10, until: { $0.contains("event: problems") && $0.contains("]}\n\n") })
        #expect(problem.contains("event: problems") && problem.contains("\"location\":\"content/news/parva.bg.md:")
            && problem.contains("invalid YAML") && !problem.contains("no title"), "\(problem)")
        #expect(try RawHTTP.request(port: port, "/news/parva/").body.contains("Променен текст."))
        // Fixed: a reload, and the fixed page.
        try Self.write("---\ntitle: Първа\n---\nПоправен текст.\n", to: "content/news/parva.bg.md", in: root)
        #expect(events.read(for: 10, until: { $0.contains("event: reload") }).contains("event: reload"))
        #expect(try Self.eventually(port: port, "/news/parva/") { $0.body.contains("Поправен") }.body.contains("Поправен текст."))

        // A new page appears in its section's list; deleted, it leaves no page and no list entry behind.
        try Self.write("---\ntitle: Втора\ndate: 2024-04-01\n---\nОще.\n", to: "content/news/vtora.bg.md", in: root)
        #expect(try Self.eventually(port: port, "/news/") { $0.body.contains("Втора") }.body.contains(">Втора</a>"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/news/vtora.bg.md"))
        #expect(!(try Self.eventually(port: port, "/news/") { !$0.body.contains("Втора") }.body.contains("Втора")))
        #expect(try RawHTTP.request(port: port, "/news/vtora/").status == 404)

        // A stylesheet is copied without a build, and pages swap it in place.
        try Self.write("body { color: navy; }\n", to: "themes/t/static/style.css", in: root)
        #expect(events.read(for: 10, until: { $0.contains("event: css") }).contains("event: css"))
        #expect(try RawHTTP.request(port: port, "/style.css").body.contains("navy"))
        #expect(lines.all.contains { $0.contains("copied, 0 files rendered") }, "\(lines.all)")
        // An edit renders again only the files whose template context it changed, not the whole site.
        let edit = lines.all.first { $0.contains("content/news/parva.bg.md changed:") && $0.contains("files rendered") }
        let counts = (edit ?? "").split(separator: " ").compactMap { Int($0) }
        #expect(counts.count >= 2 && counts[0] > 0 && counts[0] < counts[1], "\(edit ?? "no line")")
        // A body-only edit is applied in place; a new page or a broken file needs the whole build.
        #expect(lines.all.contains { $0.hasPrefix("content/news/parva.bg.md changed:") && $0.contains("rendered in place") }, "\(lines.all)")
        #expect(lines.all.contains { $0.hasPrefix("content/news/vtora.bg.md changed:") && !$0.contains("in place") }, "\(lines.all)")

        // Editors' scratch files do not rebuild anything.
        let before = lines.all.count
        try Self.write("x", to: "content/news/.parva.bg.md.swp", in: root)
        try await Task.sleep(nanoseconds: 300_000_000)
        #expect(lines.all.count == before)

        // Stopping closes the port.
        running.cancel()
        _ = try? await running.value
        let deadline = Date().addingTimeInterval(10)
        while (try? RawHTTP(port: port)) != nil, Date() < deadline { try await Task.sleep(nanoseconds: 50_000_000) }
        #expect((try? RawHTTP(port: port)) == nil, "the server still listens after it was stopped")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path), "serve wrote into public/")
    }

    /// A site broken from the start: every path answers with its problems (500), and the site once it is fixed.
    @Test func firstBuildFailureShowsProblemsUntilFixed() async throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.write("---\ntitle: [Първа\n---\nТекст.\n", to: "content/news/parva.bg.md", in: root)
        let (server, running) = try await Self.start(root, answering: 500)
        defer { running.cancel() }
        let broken = try RawHTTP.request(port: server.port, "/news/parva/")
        #expect(broken.status == 500 && broken.body.contains("content/news/parva.bg.md:") && broken.body.contains("live.js"))
        try Self.write("---\ntitle: Първа\n---\nПоправено.\n", to: "content/news/parva.bg.md", in: root)
        let fixed = try Self.eventually(port: server.port, "/news/parva/") { $0.status == 200 }
        #expect(fixed.body.contains("Поправено."))
    }

    @Test func requestPathsCannotLeaveTheSite() {
        #expect(RequestPath.resolve("/news/parva/") == .file("/news/parva/"))
        #expect(RequestPath.resolve("/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8/?q=1") == .file("/новини/"))
        for attack in ["/../x", "/%2e%2e/x", "/..%2fx", "/a/..%5cx", "x", "//etc/passwd", "/%00", "/a%5cb", "/%zz"] {
            #expect(RequestPath.resolve(attack) == .refused, "\(attack)")
        }
    }

    @Test func portsOutsideTheRangeAreRefused() {
        for port in [-1, 65536, 70000] {
            #expect(throws: PortFinder.Busy.self) { try PortFinder.free(host: "127.0.0.1", from: port, say: { _ in }) }
        }
    }

    @Test func editorScratchFilesAreIgnored() {
        for name in ["content/.x.md.swp", "content/x.md~", "content/.#x.md", "content/4913", "content/#x.md#", "content/news/.dat.nosync2569.PKu38E"] {
            #expect(FileWatcher.isEditorScratch(name), "\(name)")
        }
        #expect(!FileWatcher.isEditorScratch("content/news/x.bg.md"))
    }
}

/// Lines the server printed, collected from any thread.
final class LineLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
