/// The values of the `id` attributes in a rendered page, for anchor checks.
enum HTMLIDs {
    static func collect(_ html: String) -> Set<String> {
        var ids: Set<String> = []
        var rest = Substring(html)
        while let found = rest.rangeOfBytes(" id=\"") {
            let value = rest[found.upperBound...]
            guard let end = value.firstIndex(of: "\"") else { break }
            ids.insert(String(value[..<end]))
            rest = value[end...]
        }
        return ids
    }
}
