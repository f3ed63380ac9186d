import Foundation

/// Makes the links and image sources in rendered HTML absolute, for feeds read outside the site.
enum AbsoluteLinks {
    nonisolated(unsafe) private static let attribute = try! NSRegularExpression(pattern: #"(href|src)="([^"]*)""#)

    /// `hostRoot` is the scheme and host (`https://example.org`); `pageURL` is the absolute URL of the page,
    /// against which relative references (bundle images) resolve.
    static func rewrite(_ html: String, hostRoot: String, pageURL: String) -> String {
        let ns = html as NSString
        var result = ""
        var last = 0
        for match in attribute.matches(in: html, range: NSRange(location: 0, length: ns.length)) {
            let valueRange = match.range(at: 2)
            let value = ns.substring(with: valueRange)
            let absolute: String
            if value.hasPrefix("/") && !value.hasPrefix("//") {
                absolute = hostRoot + value
            } else if value.isEmpty || value.contains(":") || value.hasPrefix("//") {
                absolute = value
            } else if value.hasPrefix("#") {
                absolute = pageURL + value
            } else {
                absolute = pageURL + value
            }
            result += ns.substring(with: NSRange(location: last, length: valueRange.location - last))
            result += absolute
            last = valueRange.location + valueRange.length
        }
        result += ns.substring(from: last)
        return result
    }
}
