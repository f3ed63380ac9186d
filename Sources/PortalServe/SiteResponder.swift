import Foundation
import Hummingbird
import PortalKit
import ServiceLifecycle

/// Answers requests from the folder of the last good build: clean URLs, Content-Type with charset, HEAD,
/// ETag and If-None-Match, the site's 404 page with status 404, and the live-reload script and events.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let server: DevServer

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let raw = request.uri.path
        if raw == LiveReloadScript.eventsPath { return events() }
        if raw == LiveReloadScript.path {
            return file(Data(LiveReloadScript.source.utf8), type: "text/javascript; charset=utf-8", status: .ok, request: request)
        }
        guard case .file(let path) = RequestPath.resolve(raw) else {
            return Response(status: .badRequest, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "400 bad request\n")))
        }
        guard let root = server.servedFolder else { return problemsPage(request) }
        let relative = path.hasSuffix("/") ? String(path.dropFirst()) + "index.html" : String(path.dropFirst())
        if let bytes = server.overlaid(relative) {
            return file(Data(bytes), type: ContentTypes.of((relative as NSString).lastPathComponent), status: .ok, request: request)
        }
        var target = root.appendingPathComponent(String(path.dropFirst()))
        var isFolder: ObjCBool = false
        let manager = FileManager.default
        if manager.fileExists(atPath: target.path, isDirectory: &isFolder), isFolder.boolValue {
            guard path.hasSuffix("/") else {
                // From the path as requested (still percent-encoded), with its query.
                let query = request.uri.query.map { "?" + $0 } ?? ""
                return Response(status: .movedPermanently, headers: [.location: raw + "/" + query])
            }
            target = target.appendingPathComponent("index.html")
        }
        guard RequestPath.isInside(target, root: root), let data = manager.contents(atPath: target.path) else {
            let notFound = root.appendingPathComponent("404.html")
            let body = manager.contents(atPath: notFound.path) ?? Data("404 not found\n".utf8)
            return file(body, type: "text/html; charset=utf-8", status: .notFound, request: request)
        }
        return file(data, type: ContentTypes.of(target.lastPathComponent), status: .ok, request: request)
    }

    /// A file's response; HTML gets the live-reload script, every file an ETag.
    private func file(_ data: Data, type: String, status: HTTPResponse.Status, request: Request) -> Response {
        var bytes = data
        if type.hasPrefix("text/html") { bytes = Self.withLiveReload(data) }
        let etag = "\"\(ContentHash.hex(ContentHash.of(bytes)))\""
        var headers: HTTPFields = [.contentType: type, .eTag: etag, .cacheControl: "no-cache"]
        headers[.contentLength] = String(bytes.count)
        if status == .ok, let asked = request.headers[.ifNoneMatch], Self.matches(asked, etag: etag) {
            return Response(status: .notModified, headers: headers)
        }
        let body: ResponseBody = request.method == .head ? .init() : .init(byteBuffer: ByteBuffer(bytes: bytes))
        return Response(status: status, headers: headers, body: body)
    }

    /// Whether an `If-None-Match` value (a list, entity tags weak or strong, or `*`) names `etag`.
    static func matches(_ header: String, etag: String) -> Bool {
        header.split(separator: ",").contains { item in
            var tag = item.trimmingCharacters(in: .whitespaces)
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == "*" || tag == etag
        }
    }

    /// The page with the script before `</body>` (or at the end when there is none).
    static func withLiveReload(_ html: Data) -> Data {
        let tag = Data(LiveReloadScript.tag.utf8)
        if let range = html.range(of: Data("</body>".utf8), options: .backwards) {
            var result = html
            result.replaceSubrange(range.lowerBound..<range.lowerBound, with: tag)
            return result
        }
        return html + tag
    }

    private func events() -> Response {
        let stream = server.hub.subscribe()
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"],
            body: ResponseBody { writer in
                // Open pages keep this stream open; it ends when the server stops, or Ctrl-C would wait on them.
                for try await message in stream.cancelOnGracefulShutdown() { try await writer.write(ByteBuffer(string: message)) }
                try await writer.finish(nil)
            })
    }

    /// Before the first good build: the problems, on a page that recovers by itself.
    private func problemsPage(_ request: Request) -> Response {
        let items = server.lastProblems.map { "<li><code>\(XMLText.escape($0.location))</code> \(XMLText.escape($0.message))</li>" }
        let html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body>"
            + "<main><h1>The site could not be built</h1><ul>\(items.joined())</ul><p>Fix the file and this page reloads by itself.</p></main></body></html>"
        return file(Data(html.utf8), type: "text/html; charset=utf-8", status: .internalServerError, request: request)
    }
}
