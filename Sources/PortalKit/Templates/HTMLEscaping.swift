import Mustache

/// HTML escaping for `{{value}}` in templates: the same five characters as Mustache's own HTML type
/// (`< > & " '`), escaped on UTF-8 bytes instead of Character by Character, which profiling showed
/// cost a tenth of a build. Every theme template starts with a pragma that selects it.
struct HTMLEscaping: MustacheContentType {
    static let name = "PORTAL_HTML"
    /// Prepended to each template's text (on its first line, so line numbers stay those of the file).
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    func escapeText(_ text: String) -> String {
        XMLText.escape(text)
    }

    /// Makes the content type known to Mustache; safe to call more than once.
    static func register() {
        MustacheContentTypes.register(HTMLEscaping(), named: name)
    }
}
