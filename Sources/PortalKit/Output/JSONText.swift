/// Writes JSON values as text: strings escaped by RFC 8259, keys in the order given, two-space indentation.
///
/// Foundation's JSONSerialization took a seventh of a build on Linux; JSON Feed needs only strings, arrays
/// and objects, which this writes directly and deterministically.
enum JSONText {
    indirect enum Value {
        case string(String)
        case array([Value])
        case object([(String, Value)])
    }

    static func write(_ value: Value) -> String {
        var output = ""
        append(value, to: &output, indent: "")
        return output + "\n"
    }

    private static func append(_ value: Value, to output: inout String, indent: String) {
        switch value {
        case .string(let text):
            appendString(text, to: &output)
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            let inner = indent + "  "
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += inner
                append(item, to: &output, indent: inner)
                output += index + 1 < items.count ? ",\n" : "\n"
            }
            output += indent + "]"
        case .object(let pairs):
            if pairs.isEmpty { output += "{}"; return }
            let inner = indent + "  "
            output += "{\n"
            for (index, (key, item)) in pairs.enumerated() {
                output += inner
                appendString(key, to: &output)
                output += ": "
                append(item, to: &output, indent: inner)
                output += index + 1 < pairs.count ? ",\n" : "\n"
            }
            output += indent + "}"
        }
    }

    static func appendString(_ text: String, to output: inout String) {
        output += "\""
        var plainStart = text.unicodeScalars.startIndex
        var index = plainStart
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let escaped: String?
            switch scalar {
            case "\"": escaped = "\\\""
            case "\\": escaped = "\\\\"
            case "\n": escaped = "\\n"
            case "\r": escaped = "\\r"
            case "\t": escaped = "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    escaped = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escaped = nil
                }
            }
            if let escaped {
                output.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
                output += escaped
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        output.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        output += "\""
    }
}
