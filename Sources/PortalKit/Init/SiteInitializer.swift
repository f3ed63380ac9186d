import Foundation

/// `portal init`: a new site, bilingual or more, that builds at once into valid, accessible pages.
///
/// Everything is written into a hidden folder beside the target and moved into place in one rename, so a
/// failure leaves nothing half-written.
public enum SiteInitializer {
    /// What to create.
    public struct Request: Sendable {
        /// Language codes in order; the first is the default language, served at the root.
        public var languages: [String]
        /// The site's title in every language; each language's own starter title when `nil`.
        public var title: String?
        public var baseURL: String

        public init(languages: [String] = ["bg", "en"], title: String? = nil, baseURL: String = "https://example.org/") {
            self.languages = languages
            self.title = title
            self.baseURL = baseURL
        }
    }

    /// Creates the site in `folder` and returns the files written, relative to it.
    /// Throws a ``Diagnostic`` for bad input; nothing is written then.
    public static func create(at folder: URL, _ request: Request) throws -> [String] {
        try validate(folder: folder, request)
        let files = files(for: request)
        let manager = FileManager.default
        let parent = folder.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).init-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: staging)
        do {
            for (path, text) in files {
                let url = staging.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            if manager.fileExists(atPath: folder.path) { try manager.removeItem(at: folder) }  // an empty folder
            try manager.moveItem(at: staging, to: folder)
        } catch {
            try? manager.removeItem(at: staging)
            throw Diagnostic(path: folder.path, message: "cannot create the site: \(error)")
        }
        return files.map(\.path)
    }

    static func validate(folder: URL, _ request: Request) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw Diagnostic(path: folder.path, message: "\(folder.path) is a file, not a folder",
                    hint: "Give the name of a new folder for the site.")
            }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            guard contents.isEmpty else {
                throw Diagnostic(path: folder.path, message: "\(folder.path) already exists and is not empty; nothing was written",
                    hint: "Give the name of a new or empty folder.")
            }
        }
        guard !request.languages.isEmpty else {
            throw Diagnostic(path: "--languages", message: "no language given", hint: "Write e.g. --languages bg,en.")
        }
        var seen: Set<String> = []
        for code in request.languages {
            guard LanguageNames.native[code] != nil else {
                throw Diagnostic(path: "--languages", message: "unknown language code '\(code)'",
                    hint: "Use two-letter ISO 639-1 codes: \(LanguageNames.native.keys.sorted().joined(separator: ", ")).")
            }
            guard seen.insert(code).inserted else {
                throw Diagnostic(path: "--languages", message: "the language '\(code)' is given twice",
                    hint: "List each language once; the first is the default.")
            }
        }
        guard request.baseURL.hasPrefix("https://") || request.baseURL.hasPrefix("http://") else {
            throw Diagnostic(path: "--base-url", message: "the base URL must start with https:// or http://: '\(request.baseURL)'")
        }
    }

    /// Every file of the new site, in a fixed order.
    static func files(for request: Request) -> [(path: String, text: String)] {
        var files: [(String, String)] = [
            ("site.yaml", siteYAML(request)),
            // The built site, the work folder each build writes into before it takes public/'s place, and the encoded
            // images are made anew from the sources: none belongs in git.
            (".gitignore", "/public/\n/.public.build/\n/.portal-cache/\n"),
        ]
        let today = ContentDate(Date()).isoDay
        for code in request.languages {
            let text = StarterContent.forLanguage(code)
            let title = request.title ?? text.siteTitle
            files.append(("content/_index.\(code).md", page(title: title, body: text.home)))
            files.append(("content/about.\(code).md", page(title: text.aboutTitle, slug: text.aboutSlug, body: text.about)))
            files.append(("content/news/_index.\(code).md", page(title: text.newsTitle, slug: text.newsSlug, body: "")))
            files.append((
                "content/news/first-news.\(code).md",
                page(title: text.itemTitle, extra: "date: \(today)\ntags: [\(YAMLText.quoted(text.exampleTag))]\n", body: text.item)))
        }
        for (path, text) in DefaultTheme.files { files.append(("themes/default/" + path, text)) }
        for code in request.languages where code != "bg" && code != "en" {
            files.append(("themes/default/i18n/\(code).yaml", DefaultTheme.englishStrings.replacingOccurrences(
                of: "# UI strings of the default theme, English.", with: "# UI strings of the default theme for '\(code)': English, to translate.")))
        }
        return files
    }

    private static func page(title: String, slug: String? = nil, extra: String = "", body: String) -> String {
        var text = "---\ntitle: \(YAMLText.quoted(title))\n"
        if let slug { text += "slug: \(slug)\n" }
        text += extra + "---\n"
        return body.isEmpty ? text : text + body + "\n"
    }

    static func siteYAML(_ request: Request) -> String {
        let first = StarterContent.forLanguage(request.languages[0])
        var yaml = """
            # Written by portal init. Every key is described in portal's docs/content.md.
            baseURL: \(YAMLText.quoted(request.baseURL.hasSuffix("/") ? request.baseURL : request.baseURL + "/"))
            theme: default
            pageSize: 10
            author: {name: \(YAMLText.quoted(request.title ?? first.siteTitle))}
            archives: [news]
            languages:

            """
        for code in request.languages {
            let text = StarterContent.forLanguage(code)
            yaml += """
                  \(code):
                    name: \(YAMLText.quoted(LanguageNames.native[code] ?? code))
                    title: \(YAMLText.quoted(request.title ?? text.siteTitle))
                    menu:
                      - {name: \(YAMLText.quoted(text.menuHome)), page: /}
                      - {name: \(YAMLText.quoted(text.aboutTitle)), page: about}
                      - {name: \(YAMLText.quoted(text.newsTitle)), page: news}
                    footerMenu:
                      - {name: \(YAMLText.quoted(text.aboutTitle)), page: about}

                """
        }
        yaml += "taxonomies:\n  tags:\n"
        for code in request.languages {
            let text = StarterContent.forLanguage(code)
            yaml += "    \(code): {slug: \(text.tagsSlug), title: \(YAMLText.quoted(text.tagsTitle))}\n"
        }
        let terms = request.languages.map { "\($0): \(YAMLText.quoted(StarterContent.forLanguage($0).exampleTag))" }
        yaml += "    terms:\n      - {\(terms.joined(separator: ", "))}\n"
        return yaml
    }
}
