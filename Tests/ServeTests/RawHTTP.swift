import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain-socket HTTP/1.1 client, so tests can send what a browser never would (`/../x`, broken request lines)
/// and read a server-sent event stream as it arrives.
final class RawHTTP {
    private let socketFD: Int32

    init(port: Int) throws {
        socketFD = try Self.connected(port: port)
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(socketFD, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(socketFD) }

    /// A socket connected to the port, closed here when the connection is refused (and only here: closing a
    /// number twice could close a file another thread has opened since).
    private static func connected(port: Int) throws -> Int32 {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(socketFD)
            throw CocoaError(.fileReadUnknown)
        }
        return socketFD
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socketFD, $0.baseAddress, $0.count, 0) }
    }

    /// Reads until `done` says the text so far is enough, the peer closes, or `seconds` pass.
    func read(for seconds: Double, until done: (String) -> Bool = { _ in false }) -> String {
        var data = Data()
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while Date() < deadline {
            let count = recv(socketFD, &buffer, buffer.count, 0)
            if count == 0 { break }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
                if done(String(decoding: data, as: UTF8.self)) { break }
            }
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct Reply {
        var status: Int
        var head: String
        var body: String
        func header(_ name: String) -> String? {
            head.split(separator: "\r\n").first { $0.lowercased().hasPrefix(name.lowercased() + ":") }
                .map { String($0.drop(while: { $0 != ":" }).dropFirst()).trimmingCharacters(in: .whitespaces) }
        }
    }

    /// Whether a reply has all its bytes: headers, then as many as Content-Length says (none for HEAD or 304).
    static func isComplete(_ text: String, method: String) -> Bool {
        guard let end = text.range(of: "\r\n\r\n") else { return false }
        let head = text[..<end.lowerBound]
        if method == "HEAD" || head.hasPrefix("HTTP/1.1 304") { return true }
        guard let line = head.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
            let length = Int(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces))
        else { return false }
        return text[end.upperBound...].utf8.count >= length
    }

    /// One request on a new connection; the reply once the server closes it (or after `seconds`).
    static func request(port: Int, _ path: String, method: String = "GET", headers: [String] = [], seconds: Double = 5) throws -> Reply {
        let connection = try RawHTTP(port: port)
        connection.send("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n")
        let text = connection.read(for: seconds, until: { Self.isComplete($0, method: method) })
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts.first ?? ""
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        return Reply(status: status, head: head, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }
}
