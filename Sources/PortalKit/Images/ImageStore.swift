import Dispatch
import Foundation

/// A problem with an image a page uses, reported at the page's line.
struct ImageProblem: Error {
    var message: String
    var hint: String?
}

/// Every image the site publishes, each read once however many pages use it; then written in all its widths
/// and formats, on all cores, from the cache beside the source (`.portal-cache/images/`) when it was made before.
public final class ImageStore: @unchecked Sendable {
    let settings: ImageSettings
    /// The modern formats this libvips can write, of those the settings ask for; asked only once an image is
    /// published, so a site without images never loads libvips.
    var formats: [ImageFormat] { settings.formats.filter { $0 != .avif || Vips.canSaveAVIF } }
    let cacheRoot: URL
    private let lock = NSLock()
    private var images: [String: PublishedImage] = [:]
    private var problems: [String: ImageProblem] = [:]
    /// Where each image was first used, for messages about it: (file, line, column).
    private var firstUse: [String: (origin: String, line: Int, column: Int)] = [:]
    /// Images encoded by this build, and images taken from the cache.
    public private(set) var encodedCount = 0
    public private(set) var cachedCount = 0

    init(settings: ImageSettings, sourceRoot: URL) {
        self.settings = settings
        self.cacheRoot = sourceRoot.appendingPathComponent(".portal-cache/images")
    }

    /// The published image for the source `file` whose site path is `path` (`proekti/co-resp/photo.jpg`);
    /// reads the header only. `variants: false` publishes only the stripped original (bundle files no page shows).
    func publish(_ file: URL, path: String, variants: Bool = true, usedAt use: (origin: String, line: Int, column: Int))
        -> Result<PublishedImage, ImageProblem>
    {
        lock.lock()
        if firstUse[path] == nil { firstUse[path] = use }
        if let known = images[path], !variants || !known.widths.isEmpty {
            lock.unlock()
            return .success(known)
        }
        if let problem = problems[path] {
            lock.unlock()
            return .failure(problem)
        }
        lock.unlock()
        let result = read(file, path: path, variants: variants)
        lock.lock()
        defer { lock.unlock() }
        switch result {
        case .success(let image):
            if let known = images[path], known.widths.count >= image.widths.count { return .success(known) }
            images[path] = image
        case .failure(let problem):
            problems[path] = problem
        }
        return result
    }

    private func read(_ file: URL, path: String, variants: Bool) -> Result<PublishedImage, ImageProblem> {
        let size: (width: Int, height: Int)
        do {
            size = try Vips.header(file)
        } catch {
            return .failure(ImageProblem(
                message: "cannot read the image '\(path)': \(error)",
                hint: "Save it again as JPEG, PNG or WebP; a file renamed to .jpg or .png without converting it is not an image."))
        }
        if size.width * size.height > settings.maxPixels {
            return .failure(ImageProblem(
                message: "the image '\(path)' is \(size.width)×\(size.height) pixels, more than the limit of \(settings.maxPixels / 1_000_000) megapixels",
                hint: "Scale it down before adding it (1,600 pixels wide is plenty for the web), or raise images.maxPixels in site.yaml."))
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return .failure(ImageProblem(message: "cannot read the image '\(path)'"))
        }
        let hash = ContentHash.of(Array(settings.fingerprint.utf8) + [UInt8(variants ? 1 : 0)], seed: ContentHash.of(data))
        let image = PublishedImage(
            source: file, path: path, width: size.width, height: size.height, hash: ContentHash.hex(hash),
            settings: settings, formats: variants ? formats : [], variants: variants)
        return .success(image)
    }

    /// Whether the build publishes an image at this site path (so it is not copied as it is).
    func publishes(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return images[path] != nil
    }

    /// Whether the image at this path was already read, published or refused (its problem reported).
    func knows(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return images[path] != nil || problems[path] != nil
    }

    /// Writes every published image's files, encoding those the cache does not have. With `dryRun` (a build
    /// that already failed) nothing is encoded; the files are only named, for the link checks.
    func writeAll(to writer: OutputWriter, log: DiagnosticLog, dryRun: Bool) {
        let all = images.values.sorted { $0.path < $1.path }
        DispatchQueue.concurrentPerform(iterations: all.count) { index in
            let image = all[index]
            let targets = image.files.map { ($0.path, image.fileName(width: $0.width, format: $0.format)) }
                + (image.writesOriginal ? [(image.path, "original")] : [])
            if dryRun {
                for (path, _) in targets { try? writer.write(bytes: [], to: path) }
                return
            }
            do {
                let folder = try cachedFolder(for: image)
                for (path, name) in targets {
                    let file = folder.appendingPathComponent(name)
                    try writer.copy(from: file, to: path)
                    let bytes = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
                    lock.lock()
                    image.encodedBytes[name] = bytes
                    lock.unlock()
                }
            } catch {
                let use = lock.withLock { firstUse[image.path] } ?? (origin: image.path, line: 1, column: 1)
                log.error(use.origin, line: use.line, column: use.column, "image '\(image.path)': \(error)",
                    hint: "The file may be truncated or not an image; save it again from the original.")
            }
        }
    }

    /// The cache folder holding `image`'s files, made now when missing: decoded once, every width and format
    /// encoded from that, written under a temporary name and renamed, so an interrupted build leaves no half.
    private func cachedFolder(for image: PublishedImage) throws -> URL {
        let folder = cacheRoot.appendingPathComponent(image.hash)
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.path) {
            lock.withLock { cachedCount += 1 }
            return folder
        }
        let temporary = cacheRoot.appendingPathComponent(image.hash + ".partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try manager.createDirectory(at: temporary, withIntermediateDirectories: true)
        do {
            let decoded = try Vips.decode(image.source)
            for file in image.files {
                let quality = file.format == .avif ? settings.avifQuality : settings.quality
                try Vips.save(decoded, width: file.width, format: file.format, quality: quality,
                    to: temporary.appendingPathComponent(image.fileName(width: file.width, format: file.format)))
            }
            if image.writesOriginal {
                let lower = image.path.lowercased()
                let format: ImageFormat = lower.hasSuffix(".png") ? .png : lower.hasSuffix(".webp") ? .webp : .jpeg
                try Vips.save(decoded, width: decoded.width, format: format, quality: max(settings.quality, 85),
                    to: temporary.appendingPathComponent("original"))
            }
            if rename(temporary.path, folder.path) != 0 {
                try? manager.removeItem(at: temporary)  // another build made it meanwhile
            }
        } catch {
            try? manager.removeItem(at: temporary)
            throw error
        }
        lock.withLock { encodedCount += 1 }
        return folder
    }
}
