import Foundation

/// A request's path made safe to look up under the served folder, or the reason it is refused.
///
/// Percent-decoding happens once, here; a path that then has a `..` segment, a backslash, a NUL or is not
/// absolute is refused (400), so neither `/../x`, `/%2e%2e/x`, `/..%2fx` nor `/..%5cx` can leave the site.
enum RequestPath {
    enum Outcome: Equatable {
        case file(String)
        case refused
    }

    static func resolve(_ raw: String) -> Outcome {
        var path = raw
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<query]) }
        guard path.hasPrefix("/"), let decoded = path.removingPercentEncoding else { return .refused }
        if decoded.contains("\\") || decoded.contains("\0") || decoded.hasPrefix("//") { return .refused }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false)
        if segments.contains(where: { $0 == ".." }) { return .refused }
        return .file(decoded)
    }

    /// Whether `file` (after following symbolic links) is inside `root`.
    static func isInside(_ file: URL, root: URL) -> Bool {
        let real = file.resolvingSymlinksInPath().standardizedFileURL.path
        let base = root.resolvingSymlinksInPath().standardizedFileURL.path
        return real == base || real.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }
}
