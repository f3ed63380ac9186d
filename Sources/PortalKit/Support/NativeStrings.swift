import Foundation

/// String searching and trimming on UTF-8 bytes, without Foundation's string methods (which go through
/// CoreFoundation on Linux and dominated the build's profile) or the generic, naive `firstRange(of:)`.
extension StringProtocol {
    /// Whether `needle` occurs, compared byte for byte.
    func containsBytes(_ needle: String) -> Bool {
        byteOffset(of: needle) != nil
    }

    /// The first occurrence of `needle`, compared byte for byte.
    func rangeOfBytes(_ needle: String) -> Range<String.Index>? {
        guard let offset = byteOffset(of: needle) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmedWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }

    private func byteOffset(of needle: String) -> Int? {
        var needle = needle
        let found: Int?? = utf8.withContiguousStorageIfAvailable { haystack in
            needle.withUTF8 { pattern -> Int? in
                guard let base = haystack.baseAddress, let key = pattern.baseAddress, pattern.count <= haystack.count else {
                    return pattern.isEmpty ? 0 : nil
                }
                var offset = 0
                let last = haystack.count - pattern.count
                while offset <= last {
                    guard let hit = memchr(base + offset, Int32(key.pointee), last - offset + 1) else { return nil }
                    let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + position, key, pattern.count) == 0 { return position }
                    offset = position + 1
                }
                return nil
            }
        }
        if let found { return found }
        return String(self).byteOffset(of: needle)
    }
}

extension String {
    /// Replaces every occurrence of each pattern, scanning the UTF-8 bytes once; patterns are tried in order at
    /// each position, so a longer pattern that shares a start with a shorter one must come first.
    func replacingBytes(_ replacements: [(String, String)]) -> String {
        let patterns = replacements.map { (Array($0.0.utf8), Array($0.1.utf8)) }
        var output: [UInt8] = []
        var bytes = Array(utf8)
        output.reserveCapacity(bytes.count + 256)
        bytes.withUnsafeMutableBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            scan: while index < count {
                let byte = buffer[index]
                for (pattern, replacement) in patterns where pattern[0] == byte && index + pattern.count <= count {
                    var matches = true
                    for offset in 1..<pattern.count where buffer[index + offset] != pattern[offset] {
                        matches = false
                        break
                    }
                    if matches {
                        output.append(contentsOf: replacement)
                        index += pattern.count
                        continue scan
                    }
                }
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
