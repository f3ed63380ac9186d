/// The text a reader sees in a piece of HTML: tags removed, the five escaped characters unescaped.
/// For summaries and heading ids of text that contains shortcode output.
enum HTMLText {
    static func plain(_ html: String) -> String {
        guard html.containsBytes("<") || html.containsBytes("&") else { return html }
        var text = ""
        var inTag = false
        for character in html {
            if inTag {
                if character == ">" { inTag = false }
            } else if character == "<" {
                inTag = true
            } else {
                text.append(character)
            }
        }
        guard text.containsBytes("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
