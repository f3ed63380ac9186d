/// Escaping for XML and HTML text and attribute values.
public enum XMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops control characters XML 1.0 forbids.
    ///
    /// Works on UTF-8 bytes; text with nothing to escape is returned as it is.
    public static func escape(_ text: String) -> String {
        var bytesOf = text
        return bytesOf.withUTF8 { bytes in
            guard bytes.contains(where: { isMarkup($0) || mayBeForbidden($0) }) else { return text }
            return rewritten(bytes, growth: bytes.count / 8) { bytes, index in
                switch bytes[index] {
                case UInt8(ascii: "&"): return ("&amp;", 1)
                case UInt8(ascii: "<"): return ("&lt;", 1)
                case UInt8(ascii: ">"): return ("&gt;", 1)
                case UInt8(ascii: "\""): return ("&quot;", 1)
                case UInt8(ascii: "'"): return ("&#39;", 1)
                default: return nil
                }
            }
        }
    }

    /// The text as the inside of a CDATA section (`<![CDATA[…]]>`): every `]]>` split across two sections and
    /// the control characters XML 1.0 forbids dropped. Text with neither is returned as it is, sharing its storage.
    public static func cdata(_ text: String) -> String {
        var bytesOf = text
        return bytesOf.withUTF8 { bytes in
            guard bytes.contains(where: mayBeForbidden) || text.containsBytes("]]>") else { return text }
            return rewritten(bytes, growth: 16) { bytes, index in
                let closes = bytes[index] == UInt8(ascii: "]") && index + 2 < bytes.count
                    && bytes[index + 1] == UInt8(ascii: "]") && bytes[index + 2] == UInt8(ascii: ">")
                return closes ? ("]]]]><![CDATA[>", 3) : nil
            }
        }
    }

    /// `bytes` with the characters XML 1.0 forbids dropped (control characters but tab and line breaks, U+FFFE
    /// and U+FFFF), and `replacement`'s text written instead of the bytes it names (how many, from `index`).
    @inline(__always)
    private static func rewritten(
        _ bytes: UnsafeBufferPointer<UInt8>, growth: Int,
        replacement: (UnsafeBufferPointer<UInt8>, _ index: Int) -> (text: StaticString, length: Int)?
    ) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + growth)
        var index = 0
        while index < bytes.count {
            if let (text, length) = replacement(bytes, index) {
                output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
                index += length
                continue
            }
            let byte = bytes[index]
            switch byte {
            case 0x09, 0x0A, 0x0D: output.append(byte)
            case 0..<0x20: break
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                index += 2  // U+FFFE and U+FFFF are not XML characters
            default: output.append(byte)
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        default: return false
        }
    }

    /// A control character other than tab and line breaks, or the first byte of U+FFFE or U+FFFF.
    private static func mayBeForbidden(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0D: return false
        case 0..<0x20, 0xEF: return true
        default: return false
        }
    }
}
