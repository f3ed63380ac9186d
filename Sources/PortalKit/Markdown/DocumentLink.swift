import CCmark
import Foundation

/// Links to documents (PDF, DOCX, ODT, XLSX …) say what they lead to: `Годишен отчет (PDF, 245 КБ)`, with the
/// media type, and `hreflang` plus the language's name when the file's name says it is in another language
/// (`report.en.pdf`, `report-en.pdf`, `report_en.pdf`).
struct DocumentLink {
    /// What a reader learns about the file behind a link.
    struct Label: Equatable {
        var mimeType: String
        /// `PDF, 245 КБ` or `PDF, 245 KB, English`.
        var meta: String
        var hreflang: String?
    }

    /// File endings that are documents, not pages or images.
    static let extensions: Set<String> = [
        "pdf", "doc", "docx", "odt", "ods", "odp", "xls", "xlsx", "ppt", "pptx", "rtf", "csv", "zip", "epub",
    ]

    let files: SourceFiles
    let config: SiteConfig

    /// The label of `url` on `page`, or `nil` when it is not a document of this site.
    func label(_ url: String, page: Page, strings: [String: String]) -> Label? {
        var path = url
        if let end = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<end]) }
        // Most links lead to pages: a link whose last dot is followed by no document ending is none, told without
        // asking Foundation for the path's extension (which cost 1 % of a corpus build's CPU, `perf record`).
        let ending = path.utf8.lastIndex(of: UInt8(ascii: ".")).map { path[path.utf8.index(after: $0)...] } ?? ""
        if !ending.utf8.contains(UInt8(ascii: "/")), !Self.extensions.contains(ending.lowercased()) { return nil }
        let fileExtension = (path as NSString).pathExtension.lowercased()
        guard Self.extensions.contains(fileExtension), let size = files.size(of: url, page: page) else { return nil }
        var meta = fileExtension.uppercased() + ", " + FileSize.format(size, strings: strings)
        var hreflang: String?
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        if let separator = stem.lastIndex(where: { $0 == "." || $0 == "-" || $0 == "_" }) {
            let code = String(stem[stem.index(after: separator)...]).lowercased()
            if code != page.language, let language = config.language(code) {
                hreflang = code
                meta += ", " + language.name
            }
        }
        return Label(mimeType: DocumentTypes.mimeType(fileExtension), meta: meta, hreflang: hreflang)
    }

    /// Replaces a link node by the same link with `type`, `hreflang` and the label after its text, inside it so
    /// the link's accessible name says where it leads.
    static func relabel(_ link: OpaquePointer, url: String, label: Label) {
        guard let replacement = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        let e = XMLText.escape
        var open = "<a href=\"\(e(url))\" type=\"\(label.mimeType)\""
        if let hreflang = label.hreflang { open += " hreflang=\"\(hreflang)\"" }
        if let title = cmark_node_get_title(link), title.pointee != 0 { open += " title=\"\(e(String(cString: title)))\"" }
        cmark_node_set_on_enter(replacement, open + ">")
        cmark_node_set_on_exit(replacement, " <span class=\"file-meta\">(\(e(label.meta)))</span></a>")
        while let child = cmark_node_first_child(link) {
            cmark_node_unlink(child)
            cmark_node_append_child(replacement, child)
        }
        cmark_node_replace(link, replacement)
        cmark_node_free(link)
    }
}
