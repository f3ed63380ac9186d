import Foundation

/// Temporary folders for the tests, all inside one folder of this test process that is removed when the process
/// exits: each `make test` left about a hundred site folders and built outputs behind in the system's temporary
/// folder.
enum TestFolders {
    /// `<temporary folder>/portal-tests-<process id>/`, made on first use.
    static let parent: URL = {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("portal-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestFolders.parent) }
        return parent
    }()

    /// A new path inside ``parent`` whose name starts with `prefix`; nothing is made there yet.
    static func make(_ prefix: String) -> URL {
        parent.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    }
}
