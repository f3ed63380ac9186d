import Foundation

/// Reads values written by ``CacheWriter``, failing (`nil`) on bytes that end early or make no sense, so a
/// damaged or foreign cache file is ignored, never trusted.
struct CacheReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    /// Where the next value starts.
    private(set) var index: Int

    /// A reader of `bytes` from `index`.
    init(_ bytes: [UInt8], at index: Int = 0) {
        self.bytes = bytes
        self.index = index
    }

    /// Passes over `count` bytes.
    mutating func skip(_ count: Int) throws(Malformed) {
        guard count >= 0, count <= bytes.count - index else { throw Malformed() }
        index += count
    }

    var isAtEnd: Bool { index == bytes.count }

    mutating func int() throws(Malformed) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard index < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[index]
            index += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    mutating func uint64() throws(Malformed) -> UInt64 {
        guard index + 8 <= bytes.count else { throw Malformed() }
        var value: UInt64 = 0
        for offset in (0..<8).reversed() { value = value << 8 | UInt64(bytes[index + offset]) }
        index += 8
        return value
    }

    mutating func double() throws(Malformed) -> Double { Double(bitPattern: try uint64()) }

    mutating func bool() throws(Malformed) -> Bool {
        guard index < bytes.count, bytes[index] <= 1 else { throw Malformed() }
        index += 1
        return bytes[index - 1] == 1
    }

    mutating func string() throws(Malformed) -> String {
        let count = try int()
        guard count >= 0, count <= bytes.count - index else { throw Malformed() }
        let text = bytes.withUnsafeBufferPointer { all -> String? in
            let piece = UnsafeBufferPointer(rebasing: all[index..<index + count])
            if #available(macOS 15.0, *) { return String(validating: piece, as: UTF8.self) }
            return String(bytes: piece, encoding: .utf8)
        }
        guard let text else { throw Malformed() }
        index += count
        return text
    }

    mutating func optional<Value>(_ read: (inout CacheReader) throws(Malformed) -> Value) throws(Malformed) -> Value? {
        try bool() ? try read(&self) : nil
    }

    mutating func strings() throws(Malformed) -> [String] {
        try list { reader throws(Malformed) in try reader.string() }
    }

    /// A number of things that follow, each at least a byte long.
    mutating func count() throws(Malformed) -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - index else { throw Malformed() }
        return count
    }

    /// Where a value kept apart in the cache file is (``CacheWriter/location(_:at:)``).
    mutating func location() throws(Malformed) -> CacheBlobs.Location {
        let offset = try int(), count = try int()
        guard offset >= 0, count >= 0 else { throw Malformed() }
        return CacheBlobs.Location(inSpool: false, offset: offset, count: count)
    }

    /// A count, then that many values.
    mutating func list<Value>(_ read: (inout CacheReader) throws(Malformed) -> Value) throws(Malformed) -> [Value] {
        let count = try count()
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }
}
