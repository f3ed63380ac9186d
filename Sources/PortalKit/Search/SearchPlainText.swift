/// The text of rendered HTML as the search index stores it: tags become spaces (so list items and cells do
/// not run together), the escaped characters cmark writes are unescaped, runs of white space become one space.
///
/// Works on UTF-8 bytes: walking Characters took most of the search stage's 3 s on the 2,000-pair corpus.
enum SearchPlainText {
    private static let entities: [(name: [UInt8], text: UInt8)] = [
        ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&"),
    ].map { (Array($0.0.utf8), UInt8(ascii: $0.1)) }

    static func of(_ html: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(html.utf8.count)
        var inTag = false
        var pendingSpace = false
        let input = Array(html.utf8)
        var index = 0
        while index < input.count {
            var byte = input[index]
            index += 1
            if inTag {
                if byte == UInt8(ascii: ">") { inTag = false }
                continue
            }
            if byte == UInt8(ascii: "&"),
                let entity = entities.first(where: { input[(index - 1)...].starts(with: $0.name) })
            {
                index += entity.name.count - 1
                byte = entity.text
            } else if byte == UInt8(ascii: "<") {
                inTag = true
                pendingSpace = true
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                pendingSpace = true
            default:
                if pendingSpace && !output.isEmpty { output.append(UInt8(ascii: " ")) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
