import Foundation

/// Files for an already published folder, collected in memory and then applied all at once: each changed file
/// is replaced atomically (written beside it, then renamed over it), so a reader never sees half a file.
///
/// `portal serve` uses it after an edit it can apply in place (``LiveSite``): the few files the edit changes go
/// straight into the served folder, and files whose bytes are already there are not touched.
final class FolderPatch: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]] = [:]
    /// Folders the patch writes in full: their other files are removed when it is applied.
    private var replaced: [String] = []

    /// Every file held, by path.
    var contents: [String: [UInt8]] { lock.withLock { files } }

    func write(_ file: OutputFile) throws {
        try write(bytes: Array(file.contents.utf8), to: file.path)
    }

    func write(bytes: [UInt8], to path: String) throws {
        try OutputWriter.checkInside(path)
        try lock.withLock {
            if files[path] != nil { throw OutputError(message: "two outputs want the same file: \(path)") }
            files[path] = bytes
        }
    }

    /// Marks a folder (relative, ending in `/`) whose files this patch writes in full.
    func replaces(folder: String) {
        lock.withLock { replaced.append(folder) }
    }

    /// Writes every file whose bytes differ from the one in `folder`, and removes the files of replaced folders
    /// that the patch does not hold; returns the paths written and removed.
    func apply(to folder: URL) throws -> (written: [String], removed: [String]) {
        let root = folder.path
        let (files, replaced) = lock.withLock { (self.files, self.replaced) }
        var written: [String] = []
        var removed: [String] = []
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let target = root + "/" + path
            if let existing = FileManager.default.contents(atPath: target), existing.elementsEqual(bytes) { continue }
            let parent = (target as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            let temporary = parent + "/.portal-patch-\(getpid())-" + (path as NSString).lastPathComponent
            guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
                throw OutputError(message: "cannot write \(path)")
            }
            guard rename(temporary, target) == 0 else {
                let problem = String(cString: strerror(errno))
                unlink(temporary)
                throw OutputError(message: "cannot write \(path): \(problem)")
            }
            written.append(path)
        }
        for replacedFolder in replaced {
            for file in DirectoryWalker.walk(root + "/" + replacedFolder).files where files[replacedFolder + file] == nil {
                if unlink(root + "/" + replacedFolder + file) == 0 { removed.append(replacedFolder + file) }
            }
        }
        return (written, removed)
    }
}
