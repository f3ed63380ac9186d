import Foundation

/// The files and folders a work folder holds before a build writes into it, listed on another thread while the
/// build reads and assembles the site.
///
/// After an exchange the work folder holds the build before last, one folder per page: listing it is a `readdir`
/// of thousands of folders (about 0.05 s at 2,000 pairs) that ran alone on the clock before the exchange, while a
/// core sat idle in the serial stages. A path the listing meets that this build writes meanwhile is in the
/// writer's set of written paths before its file exists, so it is never pruned.
public final class FolderListing: @unchecked Sendable {
    private let listed = DispatchGroup()
    private var listing: (files: [String], folders: [String]) = ([], [])

    /// Starts listing `root` (a folder that does not exist lists nothing), then asks the kernel ahead for the files
    /// listed there and at the same paths under `published`, which the writer reads to leave unchanged files alone
    /// (``ReadAhead``).
    init(of root: String, published: String) {
        DispatchQueue.global().async(group: listed) { [self] in
            listing = DirectoryWalker.walk(root)
            ReadAhead(roots: [root, published], paths: listing.files).start()
        }
    }

    /// Files (and links) and folders below the root, as paths relative to it; waits for the listing.
    var result: (files: [String], folders: [String]) {
        listed.wait()
        return listing
    }
}
