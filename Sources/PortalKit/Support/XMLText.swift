/// Escaping for XML and HTML text and attribute values.
public enum XMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops control characters XML 1.0 forbids.
    ///
    /// Works on UTF-8 bytes; text with nothing to escape is returned as it is.
    public static func escape(_ text: String) -> String {
        var bytesOf = text
        return bytesOf.withUTF8 { bytes in
            guard bytes.contains(where: needsWork) else { return text }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 8)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
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
    }

    /// The text as the inside of a CDATA section (`<![CDATA[…]]>`): every `]]>` split across two sections and
    /// the control characters XML 1.0 forbids dropped. Text with neither is returned as it is, sharing its storage.
    public static func cdata(_ text: String) -> String {
        var bytesOf = text
        return bytesOf.withUTF8 { bytes in
            guard bytes.contains(where: needsCDATAWork) || text.containsBytes("]]>") else { return text }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 16)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "]") where index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: "]")
                    && bytes[index + 2] == UInt8(ascii: ">"):
                    output.append(contentsOf: "]]]]><![CDATA[>".utf8)
                    index += 2
                case 0x09, 0x0A, 0x0D: output.append(byte)
                case 0..<0x20: break
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                    index += 2
                default: output.append(byte)
                }
                index += 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static func needsCDATAWork(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0D: return false
        case 0..<0x20, 0xEF: return true
        default: return false
        }
    }

    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        case 0x09, 0x0A, 0x0D: return false
        case 0..<0x20, 0xEF: return true
        default: return false
        }
    }
}
