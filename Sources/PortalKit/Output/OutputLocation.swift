import Foundation

/// Guards against output folders whose replacement would destroy something: the source root, content,
/// themes, the file system root, the home folder, or any folder that contains the source.
enum OutputLocation {
    static func check(output: URL, source: URL) -> Diagnostic? {
        let out = output.standardizedFileURL.resolvingSymlinksInPath().path
        let src = source.standardizedFileURL.resolvingSymlinksInPath().path
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.resolvingSymlinksInPath().path
        let protected = [src, src + "/content", src + "/themes", src + "/templates", src + "/static", "/", home]
        if protected.contains(out) || src.hasPrefix(out + "/") {
            return Diagnostic(
                path: out, message: "refusing to use \(out) as the output folder: building replaces its whole contents",
                hint: "Choose a folder of its own, e.g. --output public.")
        }
        return nil
    }
}
