import Foundation

/// Creates a new content file with its front matter filled in (`portal new`).
public enum NewPage {
    /// Writes `content/<section>/<slug>.<language>.md` with title, today's date and `draft: true`.
    ///
    /// Returns the path relative to the source root; throws when the file exists or the language is unknown.
    public static func create(
        sourceRoot: URL, config: SiteConfig, section: String, title: String, language: String?, now: Date = Date()
    ) throws -> String {
        let code = language ?? config.defaultLanguage.code
        guard config.language(code) != nil else {
            throw Diagnostic(
                path: SiteConfigLoader.fileName, message: "unknown language '\(code)'",
                hint: "The site's languages are \(config.languages.map(\.code).joined(separator: ", ")).")
        }
        let slug = Slug.make(title)
        guard !slug.isEmpty else { throw Diagnostic(path: "content", message: "the title gives an empty file name") }
        let folder = section.split(separator: "/").map { Slug.make(String($0)) }.filter { !$0.isEmpty }.joined(separator: "/")
        let relative = "content/" + (folder.isEmpty ? "" : folder + "/") + "\(slug).\(code).md"
        let url = sourceRoot.appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: url.path) {
            throw Diagnostic(path: relative, message: "\(relative) already exists; nothing was written",
                hint: "Choose another title or edit the existing file.")
        }
        let escaped = title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let text = "---\ntitle: \"\(escaped)\"\ndate: \(ContentDate(now).isoDay)\ndraft: true\n---\n\n"
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8)) else {
            throw Diagnostic(path: relative, message: "cannot create \(relative)")
        }
        return relative
    }
}
