import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks the files below a folder with `readdir`, as paths relative to it. Names starting with a dot are skipped
/// (with everything below them), and symbolic links are neither listed nor followed.
///
/// `FileManager`'s enumerator asks for each entry's full attributes, owner names included; on the 2,000-pair
/// corpus that made listing 3,700 files cost more than reading them, and made polling for changes a busy loop.
public enum FileTree {
    /// What a walk reports about a regular file.
    public struct Stamp: Equatable, Sendable {
        /// Size in bytes.
        public var size: Int
        /// Modification time in nanoseconds since 1970.
        public var modified: Int64
        /// Inode and change time, so a file replaced by another of the same size and time still differs.
        public var inode: UInt64
        public var changed: Int64
    }

    /// Regular files below `root`, sorted.
    public static func files(under root: URL) -> [String] {
        var result: [String] = []
        walk(root.path, prefix: "") { relative, _ in result.append(relative) }
        return result.sorted()
    }

    /// Every regular file below `root` with its stamp, keyed by its path relative to `root`.
    public static func stamps(under root: URL) -> [String: Stamp] {
        var result: [String: Stamp] = [:]
        walk(root.path, prefix: "", withStamps: true) { relative, stamp in result[relative] = stamp }
        return result
    }

    /// The stamp of one regular file, `nil` when it is missing or not a regular file.
    public static func stamp(of path: String) -> Stamp? {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return stamp(status)
    }

    /// Folders below `root` (not `root` itself), relative to it.
    public static func folders(under root: URL) -> [String] {
        var result: [String] = []
        walk(root.path, prefix: "", folders: { result.append($0) }) { _, _ in }
        return result
    }

    private static func walk(
        _ folder: String, prefix: String, withStamps: Bool = false, folders: ((String) -> Void)? = nil,
        _ visit: (String, Stamp?) -> Void
    ) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name.hasPrefix(".") { continue }
            let full = folder + "/" + name
            let relative = prefix + name
            var type = Int32(entry.pointee.d_type)
            var status = stat()
            let needsStatus = withStamps || type == Int32(DT_UNKNOWN)
            if needsStatus {
                guard lstat(full, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFREG: type = Int32(DT_REG)
                case S_IFDIR: type = Int32(DT_DIR)
                default: type = Int32(DT_UNKNOWN)
                }
            }
            if type == Int32(DT_DIR) {
                folders?(relative)
                walk(full, prefix: relative + "/", withStamps: withStamps, folders: folders, visit)
            } else if type == Int32(DT_REG) {
                visit(relative, needsStatus ? stamp(status) : nil)
            }
        }
    }

    private static func stamp(_ status: stat) -> Stamp {
        #if canImport(Darwin)
        let modified = Int64(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(status.st_mtimespec.tv_nsec)
        let changed = Int64(status.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(status.st_ctimespec.tv_nsec)
        #else
        let modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        let changed = Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec)
        #endif
        return Stamp(size: Int(status.st_size), modified: modified, inode: UInt64(status.st_ino), changed: changed)
    }
}
