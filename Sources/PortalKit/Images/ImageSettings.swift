/// `images:` in site.yaml: how photos are resized and encoded (docs/images.md).
public struct ImageSettings: Sendable, Equatable {
    /// Widths in pixels each image is made in (never wider than the image itself).
    public var widths = [480, 800, 1200, 1600]
    /// Modern formats offered before the original format's fallback, in order of preference.
    public var formats: [ImageFormat] = [.avif, .webp]
    /// Quality of JPEG and WebP (1–100); AVIF uses ``avifQuality``.
    public var quality = 80
    public var avifQuality = 55
    /// Images with more pixels than this are refused, so a decompression bomb cannot exhaust memory.
    public var maxPixels = 60_000_000
    /// `portal check` warns about pages whose images weigh more than this at the smallest width, in KB.
    public var budgetKB = 400
    /// The `sizes` attribute: how wide the image is shown. The themes show content at most 44rem wide.
    public var sizes = "(min-width: 48rem) 44rem, 100vw"

    public init() {}

    /// What the encoded files depend on, for the cache key.
    var fingerprint: String {
        "v1 \(widths) \(formats.map(\.rawValue)) q\(quality) a\(avifQuality)"
    }
}

/// An encoded image format.
public enum ImageFormat: String, Sendable, CaseIterable {
    case avif, webp, jpeg, png

    var fileExtension: String { self == .jpeg ? "jpg" : rawValue }
    var mimeType: String { "image/" + rawValue }

    /// The format a source file keeps as the fallback every browser shows: PNG for PNG (transparency,
    /// drawings), JPEG for photos.
    static func fallback(forSource name: String) -> ImageFormat {
        name.lowercased().hasSuffix(".png") ? .png : .jpeg
    }

    /// Whether portal processes a file with this name: photos and bitmaps libvips reads; SVG (vector) and GIF
    /// (often animated) are published as they are.
    static func isProcessed(_ name: String) -> Bool {
        let lower = name.lowercased()
        return [".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".heic", ".avif"].contains { lower.hasSuffix($0) }
    }
}
