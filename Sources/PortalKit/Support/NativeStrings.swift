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
