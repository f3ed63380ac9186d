/// Makes the links and image sources in rendered HTML absolute, for feeds read outside the site.
enum AbsoluteLinks {
    /// `hostRoot` is the scheme and host (`https://example.org`); `pageURL` is the absolute URL of the page,
    /// against which relative references (bundle images, `#fragments`) resolve.
    static func rewrite(_ html: String, hostRoot: String, pageURL: String) -> String {
        guard html.containsBytes("href=\"") || html.containsBytes("src=\"") else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count + 256)
        var rest = Substring(html)
        // The next `href="` and ` src="` are each searched for again only once passed, so a page with many
        // links costs one pass over its HTML (searching both from every link was quadratic: 5 s of feeds for
        // a site whose posts carry a megabyte of HTML each).
        var nextHref = rest.rangeOfBytes("href=\"")
        var nextSrc = rest.rangeOfBytes(" src=\"")
        while true {
            if let found = nextHref, found.lowerBound < rest.startIndex { nextHref = rest.rangeOfBytes("href=\"") }
            if let found = nextSrc, found.lowerBound < rest.startIndex { nextSrc = rest.rangeOfBytes(" src=\"") }
            let first: Range<String.Index>
            switch (nextHref, nextSrc) {
            case (let a?, let b?): first = a.lowerBound < b.lowerBound ? a : b
            case (let a?, nil): first = a
            case (nil, let b?): first = b
            default: result += rest; return result
            }
            guard let close = rest[first.upperBound...].firstIndex(of: "\"") else { break }
            result += rest[..<first.upperBound]
            let value = rest[first.upperBound..<close]
            if value.hasPrefix("/") && !value.hasPrefix("//") {
                result += hostRoot
                result += value
            } else if value.isEmpty || value.contains(":") || value.hasPrefix("//") {
                result += value
            } else {
                result += pageURL
                result += value
            }
            rest = rest[close...]
        }
        result += rest
        return result
    }
}
