import Mustache

/// A page as a list item (`{{#pager.items}}{{title}}{{/pager.items}}`): one small object per page, whose values
/// ``PageDescriber`` reads from the page when a template asks for them.
///
/// Built in advance as dictionaries, the list items of the 2,000-pair benchmark corpus took 11 MB, a fifth of the
/// heap at its peak, for values the theme mostly never shows (docs/benchmarks.md).
final class PageListItem: MustacheParent, MustacheTransformable, @unchecked Sendable {
    let page: Page
    let describer: PageDescriber
    /// The hash of every value, when a render cache asks for one (``ContextFingerprint``): a list's fingerprint is
    /// then one number per item.
    let fingerprint: Int?

    init(_ page: Page, describer: PageDescriber, fingerprinted: Bool) {
        self.page = page
        self.describer = describer
        fingerprint = fingerprinted ? ContextFingerprint.of(describer.values(of: page)) : nil
    }

    func child(named name: String) -> Any? {
        describer.value(name, of: page)
    }

    /// The transforms of the dictionary of its values (`count`, `empty`, `enumerated`, `sorted`).
    func transform(_ name: String) -> Any? {
        describer.values(of: page).transform(name)
    }
}
