/// Media types of the documents sites link to, for `type` attributes.
enum DocumentTypes {
    static let byExtension: [String: String] = [
        "pdf": "application/pdf",
        "doc": "application/msword",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls": "application/vnd.ms-excel",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ppt": "application/vnd.ms-powerpoint",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "odt": "application/vnd.oasis.opendocument.text",
        "ods": "application/vnd.oasis.opendocument.spreadsheet",
        "odp": "application/vnd.oasis.opendocument.presentation",
        "rtf": "application/rtf",
        "txt": "text/plain",
        "csv": "text/csv",
        "zip": "application/zip",
        "epub": "application/epub+zip",
    ]

    static func mimeType(_ fileExtension: String) -> String {
        byExtension[fileExtension] ?? "application/octet-stream"
    }
}
