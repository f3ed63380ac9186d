import Foundation
import Mustache

/// The shortcode templates of a build: the built-ins, the theme's `shortcodes/`, then the site's `shortcodes/`
/// (each later one wins), compiled once.
///
/// A shortcode `{{< name >}}` renders the template `name.mustache`; a template that uses `inner` must be
/// called with a closing tag (or self-closed), as Hugo requires of templates that use `.Inner`.
public struct ShortcodeLibrary: Sendable {
    let library: MustacheLibrary
    /// Every shortcode name, with the file its template came from (`built-in` for the built-ins).
    public let sources: [String: String]
    /// Shortcodes whose template reads `inner` (or `innerMarkdown`).
    let usesInner: Set<String>
    /// Shortcodes whose template reads `innerMarkdown`.
    let usesInnerMarkdown: Set<String>
    /// The folders where a site or theme may put shortcode templates, for messages.
    public let folders: [String]

    /// Loads the templates; syntax errors go to `log` with the template's path, line and column.
    static func load(sourceRoot: URL, theme: String, log: DiagnosticLog) -> ShortcodeLibrary {
        var texts: [String: (text: String, path: String)] = [:]
        for (name, text) in BuiltinShortcodes.templates { texts[name] = (text, "built-in") }
        let folders = ["themes/\(theme)/shortcodes/", "shortcodes/"]
        TemplateSources.read(folders.map { (sourceRoot.appendingPathComponent($0), $0) }, into: &texts, log: log)
        let templates = TemplateSources.compile(texts, kind: "shortcode template", log: log)
        return ShortcodeLibrary(
            library: MustacheLibrary(templates: templates), sources: texts.mapValues(\.path),
            usesInner: Set(texts.filter { reads("inner", $0.value.text) || reads("innerMarkdown", $0.value.text) }.keys),
            usesInnerMarkdown: Set(texts.filter { reads("innerMarkdown", $0.value.text) }.keys), folders: folders)
    }

    /// Whether a template has a Mustache tag for `name`: `{{name}}`, `{{{name}}}`, `{{#name}}`, `{{^name}}`, `{{& name}}`.
    static func reads(_ name: String, _ template: String) -> Bool {
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            var tag = rest[open.upperBound...].drop { $0 == "{" || $0 == " " }
            if let sigil = tag.first, "#^&".contains(sigil) { tag = tag.dropFirst().drop { $0 == " " } }
            if tag.hasPrefix(name) {
                let after = tag.dropFirst(name.count).drop { $0 == " " }
                if after.hasPrefix("}}") { return true }
            }
            rest = rest[open.upperBound...]
        }
        return false
    }

    /// Whether a shortcode of that name exists.
    func has(_ name: String) -> Bool { sources[name] != nil }

    /// Renders the shortcode `name` with its context.
    func render(_ name: String, context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
