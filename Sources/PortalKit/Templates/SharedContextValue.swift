import Mustache

/// Values that many pages' contexts share, built once per build: the `site` values and the `i18n` strings of a
/// language.
///
/// Being one shared object, it carries its ``ContextFingerprint`` (when a render cache asks for one), so the UI
/// strings are hashed once per language, not once per page.
final class SharedContextValue: MustacheParent, MustacheTransformable, @unchecked Sendable {
    let values: [String: Any]
    let fingerprint: Int?

    init(_ values: [String: Any], fingerprinted: Bool) {
        self.values = values
        fingerprint = fingerprinted ? ContextFingerprint.of(values) : nil
    }

    func child(named name: String) -> Any? {
        values[name]
    }

    /// The transforms of the dictionary it stands for (`count`, `empty`, `enumerated`, `sorted`).
    func transform(_ name: String) -> Any? {
        values.transform(name)
    }
}
