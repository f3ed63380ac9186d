/// A taxonomy such as tags: its key in front matter, its URL segment and title in each language,
/// and which terms translate each other.
public struct TaxonomyConfig: Sendable, Equatable {
    /// The front-matter key, e.g. `tags`.
    public var key: String
    /// URL segment per language code, e.g. `["bg": "etiketi", "en": "tags"]`.
    public var segments: [String: String]
    /// The list's title per language code, e.g. `["bg": "Етикети", "en": "Tags"]`.
    public var titles: [String: String] = [:]
    /// Terms that are translations of each other, each as language code → term, e.g. `община` ↔ `municipality`.
    /// Terms written the same in every language (`CO-RESP`) are linked without an entry.
    public var translatedTerms: [[String: String]] = []

    /// The URL segment for a language, falling back to the key.
    public func segment(for language: String) -> String {
        segments[language] ?? key
    }

    /// The list's title for a language, falling back to the key.
    public func title(for language: String) -> String {
        titles[language] ?? key.prefix(1).uppercased() + key.dropFirst()
    }
}
