import Foundation
import Mustache

/// A theme: Mustache templates, static files and UI strings, with the site's own overrides applied.
///
/// Templates come from `themes/<name>/templates/` and then the site's `templates/` (which win);
/// a file `news/page.mustache` is the template `news/page`.
public struct Theme: Sendable {
    public let name: String
    let library: MustacheLibrary
    /// Names of all templates, e.g. `base`, `page`, `news/page`.
    public let templateNames: Set<String>
    /// Folders whose files are copied to the output root, in order (later ones win).
    public let staticFolders: [URL]
    /// UI strings per language.
    public let strings: StringTable
    /// Shortcode templates: built-ins, the theme's `shortcodes/`, the site's `shortcodes/`.
    public let shortcodes: ShortcodeLibrary
    /// Per template, a hash of its text and of every template it uses, directly or through others (partials,
    /// the parents it fills in): part of a kept render's fingerprint (``RenderedPageCache``), so a changed
    /// template renders again just the pages that use it.
    let templateFingerprints: [String: Int]

    /// Loads the theme named in the config; template syntax errors and missing partials go to `log`.
    public static func load(sourceRoot: URL, config: SiteConfig, log: DiagnosticLog) -> Theme? {
        let themeRoot = sourceRoot.appendingPathComponent("themes").appendingPathComponent(config.theme)
        var isFolder: ObjCBool = false
        let themeExists = FileManager.default.fileExists(atPath: themeRoot.path, isDirectory: &isFolder) && isFolder.boolValue
        let siteTemplates = sourceRoot.appendingPathComponent("templates")
        if !themeExists && !FileManager.default.fileExists(atPath: siteTemplates.path) {
            log.error(
                SiteConfigLoader.fileName, line: 1, column: 1, "theme '\(config.theme)' not found at themes/\(config.theme)/",
                hint: "Set 'theme:' in site.yaml to a folder under themes/.")
            return nil
        }
        var sources: [String: (text: String, path: String)] = [:]
        TemplateSources.read(
            [(themeRoot.appendingPathComponent("templates"), "themes/\(config.theme)/templates/"), (siteTemplates, "templates/")],
            into: &sources, log: log)
        let templates = TemplateSources.compile(sources, kind: "template", log: log)
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in PartialReferences.find(in: source.text) where sources[reference.name] == nil {
                log.error(
                    source.path, line: reference.line, column: reference.column,
                    "template '\(name)' uses '\(reference.name)', which does not exist",
                    hint: "Templates available: \(sources.keys.sorted().joined(separator: ", ")).")
            }
        }
        let strings = StringTable.load(
            folders: [themeRoot.appendingPathComponent("i18n"), sourceRoot.appendingPathComponent("i18n")],
            pathPrefixes: ["themes/\(config.theme)/i18n/", "i18n/"], config: config, log: log)
        let uses = sources.mapValues { Set(PartialReferences.find(in: $0.text).map(\.name)) }
        var fingerprints: [String: Int] = [:]
        for name in sources.keys {
            var reached: Set<String> = [name]
            var pending = [name]
            while let next = pending.popLast() {
                for used in uses[next] ?? [] where reached.insert(used).inserted { pending.append(used) }
            }
            var hasher = Hasher()
            for used in reached.sorted() {
                hasher.combineUTF8(used)
                hasher.combineUTF8(sources[used]?.text ?? "")
            }
            fingerprints[name] = hasher.finalize()
        }
        return Theme(
            name: config.theme, library: MustacheLibrary(templates: templates), templateNames: Set(templates.keys),
            staticFolders: [themeRoot.appendingPathComponent("static"), sourceRoot.appendingPathComponent("static")],
            strings: strings, shortcodes: ShortcodeLibrary.load(sourceRoot: sourceRoot, theme: config.theme, log: log),
            templateFingerprints: fingerprints)
    }

    /// The first existing template among `candidates`.
    public func template(_ candidates: [String]) -> String? {
        candidates.first { templateNames.contains($0) }
    }

    /// Renders `context` with the template `name`.
    func render(_ name: String, context: Any) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
