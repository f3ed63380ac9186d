import Foundation
@testable import PortalKit
import Testing

/// The output writer leaves files that already hold the right bytes alone, and rewrites the others exactly.
@Suite struct OutputWriterTests {
    /// Writes `files` (path → text) in one build into `root/public` and swaps it into place.
    private func build(_ root: URL, _ files: [String: String]) throws {
        let writer = try OutputWriter(outputRoot: root.appendingPathComponent("public"))
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            try writer.write(OutputFile(path: path, contents: text))
        }
        try writer.commit()
    }

    /// With the work folder listed while the build writes (``FolderListing``), the exchange still publishes exactly
    /// what the build wrote: files the listing may meet half-written stay, stale files and emptied folders go.
    @Test func aListingMadeDuringTheBuildPrunesOnlyStaleFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("portal-listing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let public_ = root.appendingPathComponent("public")
        let pages = (0..<200).map { "news/\($0)/index.html" }
        try build(root, Dictionary(uniqueKeysWithValues: (pages + ["gone/index.html"]).map { ($0, "old") }))
        try build(root, Dictionary(uniqueKeysWithValues: (pages + ["gone/index.html"]).map { ($0, "old") }))
        let writer = try OutputWriter(outputRoot: public_, previous: OutputWriter.listing(for: public_))
        for path in pages + ["new/index.html"] { try writer.write(OutputFile(path: path, contents: "new")) }
        try writer.commit()
        let (files, folders) = DirectoryWalker.walk(public_.path)
        #expect(Set(files) == Set(pages + ["new/index.html"]))
        #expect(!folders.contains("gone"))
        #expect(try String(contentsOf: public_.appendingPathComponent("news/7/index.html"), encoding: .utf8) == "new")
    }

    /// A build with no work folder yet (the first two builds, or CI's on a fresh clone) creates every file without
    /// looking for a copy to compare with; once the work folder holds the build before last, files are compared again.
    /// Each build publishes exactly what it wrote.
    @Test func aBuildIntoAnEmptyWorkFolderCreatesItsFilesAtOnce() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("portal-fresh-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let public_ = root.appendingPathComponent("public")
        func build(_ files: [String: String]) throws -> Int {
            let writer = try OutputWriter(outputRoot: public_, previous: OutputWriter.listing(for: public_))
            for (path, text) in files.sorted(by: { $0.key < $1.key }) {
                try writer.write(OutputFile(path: path, contents: text))
            }
            try writer.commit()
            let (written, _) = DirectoryWalker.walk(public_.path)
            #expect(Set(written) == Set(files.keys))
            for (path, text) in files {
                #expect(try String(contentsOf: public_.appendingPathComponent(path), encoding: .utf8) == text)
            }
            return writer.filesCreated
        }
        let site = [
            "index.html": "home", "news/a/index.html": "a", "news/b/index.html": "b", "en/news/a/index.html": "en",
        ]
        #expect(try build(site) == 4)
        // The first build's work folder became the output folder, so the second one starts from nothing too.
        #expect(try build(site) == 4)
        #expect(try build(site.merging(["news/a/index.html": "changed", "x/index.html": "new"]) { $1 }) == 0)
    }

    /// A page that becomes a file of the same name, and back: the work folder holds the build before last, so the
    /// writer meets a folder where a file goes and a file where a folder goes, and publishes exactly the new build.
    @Test func filesAndFoldersTakeEachOthersPlace() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("portal-swap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let public_ = root.appendingPathComponent("public")
        let asFolder = ["x/index.html": "a page", "x/y/index.html": "below"]
        let asFile = ["x": "a file", "y/index.html": "other"]
        for files in [asFolder, asFolder, asFile, asFile, asFolder, asFile, asFolder] {
            try build(root, files)
            let (written, _) = DirectoryWalker.walk(public_.path)
            #expect(Set(written) == Set(files.keys))
            for (path, text) in files {
                #expect(try String(contentsOf: public_.appendingPathComponent(path), encoding: .utf8) == text)
            }
        }
    }

    private func modified(_ url: URL) throws -> Date {
        try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as! Date
    }

    @Test func unchangedFilesAreNotRewrittenAndChangedOnesAreExact() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("portal-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let public_ = root.appendingPathComponent("public")
        let first = ["a/index.html": "same text", "b/index.html": "a longer text than later", "c/index.html": "short"]
        try build(root, first)
        // The second build writes into the first one's work folder: it has to see the same files there.
        try build(root, first)
        let stamp = Date(timeIntervalSince1970: 1_000_000_000)
        for path in first.keys {
            try FileManager.default.setAttributes(
                [.modificationDate: stamp], ofItemAtPath: root.appendingPathComponent(".public.build/\(path)").path)
        }
        try build(root, ["a/index.html": "same text", "b/index.html": "shorter", "c/index.html": "much longer now"])
        #expect(try modified(public_.appendingPathComponent("a/index.html")) == stamp)
        #expect(try modified(public_.appendingPathComponent("b/index.html")) != stamp)
        #expect(try String(contentsOf: public_.appendingPathComponent("a/index.html"), encoding: .utf8) == "same text")
        #expect(try String(contentsOf: public_.appendingPathComponent("b/index.html"), encoding: .utf8) == "shorter")
        #expect(try String(contentsOf: public_.appendingPathComponent("c/index.html"), encoding: .utf8) == "much longer now")
    }

    @Test func sameSizeDifferentBytesAreRewritten() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("portal-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try build(root, ["x.txt": "abcdef"])
        try build(root, ["x.txt": "abcdef"])
        try build(root, ["x.txt": "abcxyz"])
        let text = try String(contentsOf: root.appendingPathComponent("public/x.txt"), encoding: .utf8)
        #expect(text == "abcxyz")
    }

    /// A page that was A, then B, then A again is written back as A with a new time: the build in between had
    /// published B, and deploy tools that compare times must see the change.
    @Test func aPageChangedBackGetsANewTime() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("portal-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try build(root, ["x/index.html": "version A"])
        try build(root, ["x/index.html": "version B"])
        let published = root.appendingPathComponent("public/x/index.html")
        let stamp = Date(timeIntervalSince1970: 1_000_000_000)
        // The work folder holds build 1's A, dated long ago.
        try FileManager.default.setAttributes(
            [.modificationDate: stamp], ofItemAtPath: root.appendingPathComponent(".public.build/x/index.html").path)
        try build(root, ["x/index.html": "version A"])
        #expect(try String(contentsOf: published, encoding: .utf8) == "version A")
        #expect(try modified(published) > stamp)
    }
}
