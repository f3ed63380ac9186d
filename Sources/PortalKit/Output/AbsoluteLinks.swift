/// Makes the links and image sources in rendered HTML absolute, for feeds read outside the site.
enum AbsoluteLinks {
    /// `hostRoot` is the scheme and host (`https://example.org`); `pageURL` is the absolute URL of the page,
    /// against which relative references (bundle images, `#fragments`) resolve.
    static func rewrite(_ html: String, hostRoot: String, pageURL: String) -> String {
        guard html.containsBytes("href=\"") || html.containsBytes("src=\"") else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count + 256)
        var rest = Substring(html)
        while let attribute = nextAttribute(in: rest) {
            result += rest[..<attribute.valueStart]
            let value = rest[attribute.valueStart..<attribute.valueEnd]
            if value.hasPrefix("/") && !value.hasPrefix("//") {
                result += hostRoot
                result += value
            } else if value.isEmpty || value.contains(":") || value.hasPrefix("//") {
                result += value
            } else {
                result += pageURL
                result += value
            }
            rest = rest[attribute.valueEnd...]
        }
        result += rest
        return result
    }

    /// The value range of the next `href="…"` or `src="…"`.
    private static func nextAttribute(in text: Substring) -> (valueStart: String.Index, valueEnd: String.Index)? {
        let href = text.rangeOfBytes("href=\""), src = text.rangeOfBytes(" src=\"")
        let first: Range<String.Index>
        switch (href, src) {
        case (let a?, let b?): first = a.lowerBound < b.lowerBound ? a : b
        case (let a?, nil): first = a
        case (nil, let b?): first = b
        default: return nil
        }
        guard let close = text[first.upperBound...].firstIndex(of: "\"") else { return nil }
        return (first.upperBound, close)
    }
}
