/// Writes JSON values as text: strings escaped by RFC 8259, keys in the order given, two-space indentation.
///
/// Foundation's JSONSerialization took a seventh of a build on Linux; JSON Feed needs only strings, arrays
/// and objects, which this writes directly and deterministically, into a byte array (appending to a String
/// through its scalar view reallocated it at every escape: 4 s for a feed of 1 MB).
enum JSONText {
    indirect enum Value {
        case string(String)
        case array([Value])
        case object([(String, Value)])
    }

    static func write(_ value: Value) -> String {
        var output: [UInt8] = []
        append(value, to: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    private static func append(_ value: Value, to output: inout [UInt8], indent: Int) {
        switch value {
        case .string(let text):
            appendString(text, to: &output)
        case .array(let items):
            if items.isEmpty { output.append(contentsOf: "[]".utf8); return }
            output.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                appendSpaces(indent + 2, to: &output)
                append(item, to: &output, indent: indent + 2)
                output.append(contentsOf: (index + 1 < items.count ? ",\n" : "\n").utf8)
            }
            appendSpaces(indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty { output.append(contentsOf: "{}".utf8); return }
            output.append(contentsOf: "{\n".utf8)
            for (index, (key, item)) in pairs.enumerated() {
                appendSpaces(indent + 2, to: &output)
                appendString(key, to: &output)
                output.append(contentsOf: ": ".utf8)
                append(item, to: &output, indent: indent + 2)
                output.append(contentsOf: (index + 1 < pairs.count ? ",\n" : "\n").utf8)
            }
            appendSpaces(indent, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func appendSpaces(_ count: Int, to output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// A JSON string: `"` and `\` escaped, line breaks and tabs as `\n` `\r` `\t`, other control characters as
    /// `\u00XX`; every other byte (UTF-8 included) as it is.
    static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole: most of a feed is page HTML.
            var runStart = 0
            for (index, byte) in bytes.enumerated() {
                let short: UInt8?
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): short = byte
                case UInt8(ascii: "\n"): short = UInt8(ascii: "n")
                case UInt8(ascii: "\r"): short = UInt8(ascii: "r")
                case UInt8(ascii: "\t"): short = UInt8(ascii: "t")
                case 0..<0x20: short = nil
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                output.append(UInt8(ascii: "\\"))
                if let short {
                    output.append(short)
                } else {
                    let hex = "0123456789abcdef".utf8
                    output.append(contentsOf: "u00".utf8)
                    output.append(hex[hex.index(hex.startIndex, offsetBy: Int(byte >> 4))])
                    output.append(hex[hex.index(hex.startIndex, offsetBy: Int(byte & 0xF))])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
