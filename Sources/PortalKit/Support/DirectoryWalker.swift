import Foundation

/// Lists a folder tree with `readdir`, using the entry type it returns instead of a `stat` per entry:
/// many times faster than FileManager's enumerator on large output trees.
enum DirectoryWalker {
    /// Files (and links) and folders below `root`, as paths relative to it.
    static func walk(_ root: String) -> (files: [String], folders: [String]) {
        var files: [String] = []
        var folders: [String] = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let full = relative.isEmpty ? root : root + "/" + relative
            guard let directory = opendir(full) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) {
                    var info = stat()
                    if lstat(full + "/" + name, &info) == 0 {
                        type = (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
                    }
                }
                if type == UInt8(DT_DIR) {
                    folders.append(path)
                    pending.append(path)
                } else {
                    files.append(path)
                }
            }
        }
        return (files, folders)
    }
}
