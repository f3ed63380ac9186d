import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds a port to listen on: the one asked for, else the next free one (and says so). Port 0 asks the system.
enum PortFinder {
    struct Busy: Error, CustomStringConvertible {
        let description: String
    }

    static func free(host: String, from port: Int, say: (String) -> Void) throws -> Int {
        guard (0...65535).contains(port) else { throw Busy(description: "--port \(port) is not a port: give 0 to 65535") }
        if port == 0 { return try bindable(host: host, port: 0) ?? 0 }
        for candidate in port...min(port + 19, 65535) {
            if let bound = try bindable(host: host, port: candidate) {
                if candidate != port { say("port \(port) is busy; using \(candidate)") }
                return bound
            }
        }
        throw Busy(description: "ports \(port)–\(min(port + 19, 65535)) on \(host) are all busy; choose another with --port")
    }

    /// The port if a socket can bind it now (the system's choice for 0), `nil` when it is taken.
    private static func bindable(host: String, port: Int) throws -> Int? {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw Busy(description: "cannot open a socket") }
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &address.sin_addr) == 1 else {
            return port  // not an IPv4 address: Hummingbird will say whether it can listen there
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { return nil }
        var bound = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &bound) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) }
        }
        return Int(UInt16(bigEndian: bound.sin_port))
    }
}
