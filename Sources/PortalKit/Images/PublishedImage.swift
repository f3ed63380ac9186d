import Foundation

/// One source image as the site publishes it: the widths and formats it is made in, their file names (with
/// a content hash) beside the original's place, and its shown size.
public final class PublishedImage: @unchecked Sendable {
    /// The source file.
    public let source: URL
    /// Site-relative path of the original (`proekti/co-resp/photo.jpg`); the stripped original is written here.
    public let path: String
    /// Width and height as shown (after the EXIF orientation).
    public let width: Int
    public let height: Int
    /// Hash of the source bytes and the settings: part of every file name, and the cache key.
    public let hash: String
    /// The widths made, smallest first.
    public let widths: [Int]
    /// The modern formats made (in `<source>` elements), then the fallback every browser shows.
    public let formats: [ImageFormat]
    public let fallback: ImageFormat
    /// Bytes of each file once written, by file name (filled by ``ImageStore/writeAll(to:log:)``).
    var encodedBytes: [String: Int] = [:]

    init(
        source: URL, path: String, width: Int, height: Int, hash: String, settings: ImageSettings, formats: [ImageFormat],
        variants: Bool = true
    ) {
        self.source = source
        self.path = path
        self.width = width
        self.height = height
        self.hash = hash
        let made = settings.widths.filter { $0 < width }.sorted()
        self.widths = variants ? made + [min(width, settings.widths.max() ?? width)].filter { !made.contains($0) } : []
        self.formats = formats
        self.fallback = ImageFormat.fallback(forSource: source.lastPathComponent)
    }

    private var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    private var stem: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }

    /// `photo-1a2b3c4d5e-800.webp`
    func fileName(width: Int, format: ImageFormat) -> String {
        "\(stem)-\(hash.prefix(10))-\(width).\(format.fileExtension)"
    }

    /// Site-relative path of one file.
    func filePath(width: Int, format: ImageFormat) -> String {
        folder + fileName(width: width, format: format)
    }

    /// Every file made: (width, format, site-relative path).
    var files: [(width: Int, format: ImageFormat, path: String)] {
        (formats + [fallback]).flatMap { format in
            widths.map { (width: $0, format: format, path: filePath(width: $0, format: format)) }
        }
    }

    /// The original's stripped copy is written at its own path when browsers show its format.
    var writesOriginal: Bool {
        let lower = path.lowercased()
        return [".jpg", ".jpeg", ".png", ".webp"].contains { lower.hasSuffix($0) }
    }

    /// The height at one of the made widths, keeping the aspect ratio.
    func height(atWidth shown: Int) -> Int {
        max(1, Int((Double(height) * Double(shown) / Double(width)).rounded()))
    }

    /// The bytes a phone downloads: the smallest width in the first format offered.
    var phoneBytes: Int? {
        guard let smallest = widths.first else { return nil }
        return encodedBytes[fileName(width: smallest, format: formats.first ?? fallback)]
    }
}
