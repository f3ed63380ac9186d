import Foundation
import PortalKit
#if canImport(Glibc)
import Glibc
#endif

/// Notices changed, added and removed files under the site's sources (content, themes, static files,
/// shortcodes, UI strings, site.yaml) by comparing each file's size and modification time with the last look.
///
/// A whole look walks the folders with `readdir` and `lstat` (30 ms for the 2,000-pair corpus); it runs every
/// two seconds, when inotify's queue overflowed, or every 100 ms where inotify is not available. After an
/// inotify event only the entries it names are looked at (``look(at:updating:)``).
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

    /// Brings `stamps` up to date for the entries at these absolute paths only (files or folders that inotify
    /// named), without walking the rest; returns the folders found among them, which need watching.
    func look(at paths: Set<String>, updating stamps: inout [String: Stamp]) -> [String] {
        let prefix = root.path + "/"
        var folders: [String] = []
        for path in paths.sorted() where path.hasPrefix(prefix) {
            let relative = String(path.dropFirst(prefix.count))
            guard watched.contains(where: { relative == $0 || relative.hasPrefix($0 + "/") }) else { continue }
            // What was there (a file, or a folder's files) goes; what is there now comes.
            let below = relative + "/"
            stamps[relative] = nil
            if stamps.keys.contains(where: { $0.hasPrefix(below) }) {
                stamps = stamps.filter { !$0.key.hasPrefix(below) }
            }
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFDIR {
                let url = URL(fileURLWithPath: path)
                for (file, stamp) in FileTree.stamps(under: url) where !Self.isEditorScratch(file) { stamps[below + file] = stamp }
                folders += [path] + FileTree.folders(under: url).map { path + "/" + $0 }
            } else if !Self.isEditorScratch(relative), let stamp = FileTree.stamp(of: path) {
                stamps[relative] = stamp
            }
        }
        return folders
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

    /// Editors' swap, backup and temporary files, which are never part of the site (`.dat.nosync…` is the one
    /// Foundation's atomic writes make beside the file; seen alone, it made a save look like two changes).
    static func isEditorScratch(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasPrefix(".#") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name.hasSuffix(".tmp") || name == "4913" || (name.hasPrefix("#") && name.hasSuffix("#"))
            || name.hasPrefix(".goutputstream") || name.hasPrefix(".dat.nosync") || name == ".DS_Store"
    }
}
