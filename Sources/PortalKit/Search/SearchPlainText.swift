/// The text of rendered HTML as the search index stores it: tags become spaces (so list items and cells do
/// not run together), the escaped characters cmark writes are unescaped, runs of white space become one space.
enum SearchPlainText {
    static func of(_ html: String) -> String {
        var text = ""
        text.reserveCapacity(html.utf8.count)
        var inTag = false
        var lastWasSpace = true
        for character in html {
            if inTag {
                if character == ">" { inTag = false }
                continue
            }
            if character == "<" {
                inTag = true
            }
            if character == "<" || character.isWhitespace {
                if !lastWasSpace { text.append(" ") }
                lastWasSpace = true
            } else {
                text.append(character)
                lastWasSpace = false
            }
        }
        if text.hasSuffix(" ") { text.removeLast() }
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
    }
}
