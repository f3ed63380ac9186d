import Mustache

/// A page as a list item, as templates see it (`{{#pager.items}}{{title}}{{/pager.items}}`): the values of
/// ``ContextBuilder``'s summary, described once per build and shared by every list that shows the page.
///
/// Being one shared object, it carries its ``ContextFingerprint`` (when a render cache asks for one), so a
/// section whose pages list a thousand others is fingerprinted from a thousand numbers, not a thousand
/// dictionaries.
final class SummaryValue: MustacheParent, @unchecked Sendable {
    let values: [String: Any]
    let fingerprint: Int?

    init(_ values: [String: Any], fingerprinted: Bool) {
        self.values = values
        fingerprint = fingerprinted ? ContextFingerprint.of(values) : nil
    }

    func child(named name: String) -> Any? {
        values[name]
    }
}
