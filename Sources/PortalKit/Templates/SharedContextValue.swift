import Mustache

/// Values that many pages' contexts share, built once per build: a page as a list item
/// (`{{#pager.items}}{{title}}{{/pager.items}}`), the `site` values and the `i18n` strings of a language.
///
/// Being one shared object, it carries its ``ContextFingerprint`` (when a render cache asks for one), so a
/// section whose pages list a thousand others is fingerprinted from a thousand numbers, not a thousand
/// dictionaries, and the UI strings are hashed once per language, not once per page.
final class SharedContextValue: MustacheParent, MustacheTransformable, @unchecked Sendable {
    let values: [String: Any]
    let fingerprint: Int?
    /// The page these values describe as a list item (`nil` for `site` and `i18n`), so a render can record
    /// which files show which pages (``ListingIndex``).
    let page: ObjectIdentifier?

    init(_ values: [String: Any], fingerprinted: Bool, page: Page? = nil) {
        self.values = values
        fingerprint = fingerprinted ? ContextFingerprint.of(values) : nil
        self.page = page.map(ObjectIdentifier.init)
    }

    func child(named name: String) -> Any? {
        values[name]
    }

    /// The transforms of the dictionary it stands for (`count`, `empty`, `enumerated`, `sorted`).
    func transform(_ name: String) -> Any? {
        values.transform(name)
    }
}
