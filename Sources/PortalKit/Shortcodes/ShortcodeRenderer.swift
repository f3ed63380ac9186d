import Foundation

/// Runs shortcodes for the pages of one site: finds the template, builds its context (`params`, `args`,
/// `inner`, `name`, `page`, `site`, `lang`, `i18n`) and computes the values the built-ins need.
/// Unchecked Sendable: its dictionaries are built once in `init` and only read afterwards.
struct ShortcodeRenderer: @unchecked Sendable {
    let site: Site
    let library: ShortcodeLibrary
    let sourceRoot: URL
    let themeName: String
    /// Where the files pages link to come from.
    let files: SourceFiles
    /// UI strings per language: the built-in ones under the theme's.
    let strings: [String: [String: String]]
    private let siteContexts: [String: [String: Any]]

    init(site: Site, theme: Theme, sourceRoot: URL) {
        self.site = site
        self.library = theme.shortcodes
        self.sourceRoot = sourceRoot
        self.themeName = theme.name
        self.files = SourceFiles(sourceRoot: sourceRoot, themeName: theme.name, basePath: site.config.basePath)
        var strings: [String: [String: String]] = [:]
        var contexts: [String: [String: Any]] = [:]
        for language in site.config.languages {
            strings[language.code] = BuiltinStrings.table(language.code).merging(theme.strings.table(language.code)) { $1 }
            var params: [String: Any] = [:]
            for (key, value) in site.config.params + language.params { params[key] = value.templateValue }
            contexts[language.code] = [
                "title": language.title, "baseURL": site.config.baseURL, "languageCode": language.code,
                "home": site.config.href(site.homes[language.code]?.url ?? "/"), "params": params,
            ]
        }
        self.strings = strings
        self.siteContexts = contexts
    }

    /// The UI strings of a language, built-in ones included.
    func strings(for language: String) -> [String: String] {
        strings[language] ?? BuiltinStrings.table(language)
    }

    /// Renders one call of a shortcode on `page`; `inner` is the HTML between its tags, when paired.
    func render(_ tag: ShortcodeTag, inner: ShortcodeInner?, page: Page) -> Result<ShortcodeOutput, ShortcodeProblem> {
        guard library.has(tag.name) else {
            return .failure(ShortcodeProblem(
                message: "unknown shortcode '\(tag.name)'",
                hint: "Add its template as shortcodes/\(tag.name).mustache (this site) or themes/\(themeName)/shortcodes/\(tag.name).mustache (the theme)."))
        }
        if inner == nil, tag.form != .selfClosing, library.usesInner.contains(tag.name) {
            let open = tag.delimiter == .angle ? "{{<" : "{{%"
            let close = tag.delimiter == .angle ? ">}}" : "%}}"
            return .failure(ShortcodeProblem(
                message: "the shortcode '\(tag.name)' is opened but never closed",
                hint: "Close it with \(open) /\(tag.name) \(close), or self-close it with \(open) \(tag.name) /\(close)."))
        }
        var params: [String: Any] = [:]
        for (key, value) in tag.params { params[key] = value }
        var context: [String: Any] = [
            "name": tag.name, "params": params, "args": tag.args, "lang": page.language,
            "i18n": strings(for: page.language), "site": siteContexts[page.language] ?? [:], "page": pageContext(page),
        ]
        if let inner {
            context["inner"] = inner.html
            if let markdown = inner.markdown { context["innerMarkdown"] = markdown }
        }
        var output = ShortcodeOutput(html: "")
        switch builtinValues(tag, page: page) {
        case .success(let values):
            for (key, value) in values.context { context[key] = value }
            output.links = values.links
            output.warnings = values.warnings
        case .failure(let problem):
            return .failure(problem)
        }
        output.html = library.render(tag.name, context: context)
        return .success(output)
    }

    private func pageContext(_ page: Page) -> [String: Any] {
        var params: [String: Any] = [:]
        for (key, param) in page.frontMatter.params { params[key] = param.templateValue }
        return [
            "title": page.title, "url": site.config.href(page.url), "permalink": site.config.absolute(page.url),
            "lang": page.language, "section": page.section, "kind": page.kind.rawValue, "params": params,
        ]
    }
}
