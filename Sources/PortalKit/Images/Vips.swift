import CVips
import Foundation

/// The calls portal makes into libvips (through the wrappers in Sources/CVips/shim.h), with libvips's error
/// text turned into Swift errors.
enum Vips {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Starts libvips once per process.
    static let started: Bool = portal_vips_start() == 0

    static var canSaveAVIF: Bool { started && portal_vips_can_save_avif() != 0 }

    /// Width, height (as shown, after the EXIF orientation) of an image file, reading only its header.
    static func header(_ file: URL) throws -> (width: Int, height: Int) {
        guard started else { throw Failure(description: "libvips could not be loaded or started (Debian: apt-get install libvips42)") }
        guard let image = portal_vips_header(file.path) else { throw lastError("not an image libvips can read", file: file) }
        defer { portal_vips_unref(image) }
        let width = Int(portal_vips_width(image))
        let height = Int(portal_vips_height(image))
        // Orientations 5–8 turn the picture a quarter: its shown width is the stored height.
        return portal_vips_orientation(image) >= 5 ? (height, width) : (width, height)
    }

    /// A decoded image, upright, in memory; released when the value goes.
    final class Image {
        let pointer: UnsafeMutablePointer<VipsImage>
        init(_ pointer: UnsafeMutablePointer<VipsImage>) { self.pointer = pointer }
        deinit { portal_vips_unref(pointer) }

        var width: Int { Int(portal_vips_width(pointer)) }
        var height: Int { Int(portal_vips_height(pointer)) }

        /// Names of the metadata fields the image carries (tests read output back with this).
        var fields: [String] {
            guard let list = portal_vips_fields(pointer) else { return [] }
            defer { portal_vips_free_fields(list) }
            var names: [String] = []
            var index = 0
            while let name = list[index] {
                names.append(String(cString: name))
                index += 1
            }
            return names
        }
    }

    /// Decodes `file` completely (a truncated or corrupt file fails here), turned upright.
    static func decode(_ file: URL) throws -> Image {
        guard started else { throw Failure(description: "libvips could not be loaded or started (Debian: apt-get install libvips42)") }
        guard let pointer = portal_vips_decode_upright(file.path) else { throw lastError("the image cannot be decoded", file: file) }
        return Image(pointer)
    }

    /// Writes `image` at `width` pixels wide in `format` to `file`, with all metadata stripped.
    static func save(_ image: Image, width: Int, format: ImageFormat, quality: Int, to file: URL) throws {
        guard let scaled = portal_vips_resize(image.pointer, Int32(width)) else { throw lastError("cannot resize") }
        defer { portal_vips_unref(scaled) }
        guard let resized = portal_vips_without_metadata(scaled) else { throw lastError("cannot strip metadata") }
        defer { portal_vips_unref(resized) }
        let status: Int32
        switch format {
        case .webp: status = portal_vips_save_webp(resized, file.path, Int32(quality))
        case .avif: status = portal_vips_save_avif(resized, file.path, Int32(quality))
        case .jpeg: status = portal_vips_save_jpeg(resized, file.path, Int32(quality))
        case .png: status = portal_vips_save_png(resized, file.path)
        }
        if status != 0 { throw lastError("cannot write \(format.rawValue)") }
    }

    /// libvips's first error line (`jpegload: premature end of JPEG image`), else `what`.
    private static func lastError(_ what: String, file: URL? = nil) -> Failure {
        let text = String(cString: portal_vips_error_buffer()).trimmingCharacters(in: .whitespacesAndNewlines)
        portal_vips_error_clear()
        var detail = text.split(separator: "\n").first.map(String.init) ?? ""
        if detail.contains("is not a known file format") { return Failure(description: "not an image format libvips knows") }
        // The message names the file by its absolute path, which the editor's message already says better.
        if let file { detail = detail.replacingOccurrences(of: "\"\(file.path)\"", with: "the file").replacingOccurrences(of: file.path, with: "the file") }
        return Failure(description: detail.isEmpty ? what : detail)
    }
}
