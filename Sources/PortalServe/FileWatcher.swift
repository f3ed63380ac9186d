import Foundation
import PortalKit
#if canImport(Glibc)
import Glibc
#endif

/// Notices changed, added and removed files under the site's sources (content, themes, static files,
/// shortcodes, UI strings, site.yaml) by comparing each file's size and modification time with the last look.
///
/// A look walks the folders with `readdir` and `lstat` (a few milliseconds for the 2,000-pair corpus); it runs
/// when inotify says something changed (``ChangeSignal``), or every 100 ms where inotify is not available.
struct FileWatcher {
    typealias Stamp = FileTree.Stamp

    let root: URL
    /// Folders and files every build reads, relative to the root.
    static let standard = ["site.yaml", "content", "themes", "static", "shortcodes", "i18n", "templates"]
    /// The standard ones and the site's own (a language's `contentDir` outside `content/`).
    let watched: [String]

    init(root: URL, extra: [String] = []) {
        self.root = root
        self.watched = Self.standard + extra.filter { !Self.standard.contains($0) && !$0.hasPrefix("content/") }
    }

    /// Every watched file's stamp (size, modification and change time, inode), without editors' scratch files.
    func look() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for entry in watched {
            let url = root.appendingPathComponent(entry)
            var status = stat()
            guard lstat(url.path, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFDIR {
                for (path, stamp) in FileTree.stamps(under: url) where !Self.isEditorScratch(path) {
                    stamps[entry + "/" + path] = stamp
                }
            } else if let stamp = FileTree.stamp(of: url.path) {
                stamps[entry] = stamp
            }
        }
        return stamps
    }

    /// The watched folders and every folder below them, as absolute paths (for inotify).
    func folders() -> [String] {
        watched.flatMap { entry -> [String] in
            let url = root.appendingPathComponent(entry)
            var status = stat()
            guard lstat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return [] }
            return [url.path] + FileTree.folders(under: url).map { url.path + "/" + $0 }
        } + [root.path]
    }

    /// Paths that differ between two looks: changed, added or removed.
    static func changes(from old: [String: Stamp], to new: [String: Stamp]) -> [String] {
        var changed = new.filter { old[$0.key] != $0.value }.map(\.key)
        changed += old.keys.filter { new[$0] == nil }
        return changed.sorted()
    }

    /// Editors' swap, backup and temporary files, which are never part of the site.
    static func isEditorScratch(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasPrefix(".#") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name.hasSuffix(".tmp") || name == "4913" || (name.hasPrefix("#") && name.hasSuffix("#"))
            || name.hasPrefix(".goutputstream") || name == ".DS_Store"
    }
}
