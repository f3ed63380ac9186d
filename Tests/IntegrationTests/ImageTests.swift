import Foundation
@testable import PortalKit
import Testing

/// Images: every width and format, metadata stripped, markup that does not shift, a cache, and every bad input
/// reported at its line. The photo is ours: a generated 1200×800 picture carrying GPS and orientation 6 (shown
/// turned a quarter, 800×1200) in EXIF, as phones write them (Fixtures/README.md).
@Suite struct ImageTests {
    static let photo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/camera-photo.jpg")

    static let site = SearchTests.theme + """

        -- site.yaml --
        baseURL: https://example.org/
        theme: t
        languages:
          bg: {name: Български, title: Сайт}
        images:
          widths: [320, 640]
          formats: [avif, webp]
        -- content/news/_index.bg.md --
        ---
        title: Новини
        ---
        -- content/news/snimki/index.bg.md --
        ---
        title: Снимки от деня
        image: photo.jpg
        image_alt: Участници в дневния център
        ---
        Текст.

        ![Екипът на центъра](photo.jpg)

        {{< figure src="photo.jpg" alt="Още една снимка" >}}

        ![""](/images/line.png)
        """

    /// Writes the site with the photo in its bundle and a decorative PNG under static/, and builds it.
    static func build(_ files: String = site, extra: (URL) throws -> Void = { _ in }) throws -> TestSite {
        let root = try TestSite.write(files)
        let bundle = root.appendingPathComponent("content/news/snimki")
        try FileManager.default.createDirectory(at: bundle, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: photo, to: bundle.appendingPathComponent("photo.jpg"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("static/images"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: photo, to: bundle.appendingPathComponent("unused.jpg"))
        try Self.png(width: 40, height: 4).write(to: root.appendingPathComponent("static/images/line.png"))
        try extra(root)
        return try TestSite(root: root, report: nil, log: DiagnosticLog()).rebuild()
    }

    @Test func pagesShowPicturesInEveryWidthAndFormat() throws {
        let site = try Self.build()
        let html = try site.read("public/news/snimki/index.html")
        let hash = try #require(html.firstMatch(of: /photo-([0-9a-f]{10})-320\.webp/)?.1)
        let avif = Vips.canSaveAVIF
            ? "<source type=\"image/avif\" srcset=\"/news/snimki/photo-\(hash)-320.avif 320w, /news/snimki/photo-\(hash)-640.avif 640w\" sizes=\"(min-width: 48rem) 44rem, 100vw\">"
            : ""
        let picture = "<picture>\(avif)<source type=\"image/webp\" srcset=\"/news/snimki/photo-\(hash)-320.webp 320w, /news/snimki/photo-\(hash)-640.webp 640w\" sizes=\"(min-width: 48rem) 44rem, 100vw\">"
            + "<img src=\"/news/snimki/photo-\(hash)-640.jpg\" srcset=\"/news/snimki/photo-\(hash)-320.jpg 320w, /news/snimki/photo-\(hash)-640.jpg 640w\" sizes=\"(min-width: 48rem) 44rem, 100vw\" "
        // Shown turned upright: 640 wide is 960 high. Only the first image of the page loads at once.
        #expect(html.contains(picture + "width=\"640\" height=\"960\" alt=\"Екипът на центъра\" decoding=\"async\" loading=\"lazy\"></picture>"), "\(html)")
        #expect(html.contains("width=\"640\" height=\"960\" alt=\"Още една снимка\" decoding=\"async\" loading=\"lazy\"></picture></figure>"))
        #expect(html.contains(#"<img src="/images/line-"#) && html.contains(#"width="40" height="4" alt="" decoding="async" loading="lazy">"#))
        for width in [320, 640] {
            for format in ["webp", "jpg"] + (Vips.canSaveAVIF ? ["avif"] : []) {
                site.assertExists("public/news/snimki/photo-\(hash)-\(width).\(format)")
            }
        }
        site.assertMissing("public/news/snimki/photo-\(hash)-1200.jpg")  // never wider than the image
        #expect(site.report?.imagesEncoded == 3 && site.report?.imagesFromCache == 0)
    }

    @Test func theLeadImageLoadsFirstAndTemplatesGetItsSizes() throws {
        let theme = SearchTests.theme.replacingOccurrences(
            of: "{{<base}}{{$main}}<h1>{{page.title}}</h1>{{{page.content}}}",
            with: "{{<base}}{{$main}}<h1>{{page.title}}</h1>{{#page.image}}<div class=\"lead\" data-w=\"{{width}}\" data-h=\"{{height}}\">{{{picture}}}</div>{{/page.image}}{{{page.content}}}")
        let site = try Self.build(Self.site.replacingOccurrences(of: SearchTests.theme, with: theme))
        let html = try site.read("public/news/snimki/index.html")
        #expect(html.contains(#"<div class="lead" data-w="640" data-h="960"><picture>"#))
        #expect(html.contains(#"alt="Участници в дневния център" decoding="async"></picture></div>"#), "the lead image is not lazy")
    }

    @Test func nothingFromTheCameraIsPublished() throws {
        let site = try Self.build()
        let folder = site.root.appendingPathComponent("public/news/snimki")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix(".html") }
        #expect(files.contains("photo.jpg") && files.contains("unused.jpg"), "\(files)")
        for name in files {
            let image = try Vips.decode(folder.appendingPathComponent(name))
            let fields = image.fields
            // No GPS, camera or XMP data, no orientation left to apply: the pixels are upright.
            #expect(!fields.contains { $0.hasPrefix("exif-ifd3") || $0.hasPrefix("xmp") || $0.hasPrefix("iptc") }, "\(name): \(fields)")
            #expect(image.height > image.width, "\(name) is not upright")
            if !name.hasSuffix(".webp") {
                #expect(!fields.contains("exif-data") && !fields.contains("icc-profile-data"), "\(name): \(fields)")
            }
        }
        let original = try Data(contentsOf: folder.appendingPathComponent("photo.jpg"))
        #expect(original != (try Data(contentsOf: Self.photo)), "the camera's file was published as it came")
    }

    @Test func aSecondBuildEncodesNothing() throws {
        let first = try Self.build()
        let before = first.snapshot()
        let second = try first.rebuild()
        #expect(second.report?.imagesEncoded == 0 && second.report?.imagesFromCache == 3)
        #expect(second.snapshot() == before)
        #expect(FileManager.default.fileExists(atPath: first.root.appendingPathComponent(".portal-cache/images").path))
    }

    @Test func aChangedPhotoGetsNewNames() throws {
        let site = try Self.build()
        let html = try site.read("public/news/snimki/index.html")
        try Self.png(width: 700, height: 500).write(to: site.root.appendingPathComponent("content/news/snimki/photo.jpg"))
        let changed = try site.rebuild()
        let after = try changed.read("public/news/snimki/index.html")
        #expect(html.firstMatch(of: /photo-([0-9a-f]{10})-320/)?.1 != after.firstMatch(of: /photo-([0-9a-f]{10})-320/)?.1)
        #expect(changed.report?.imagesEncoded == 1)
    }

    @Test func heavyPagesAreReported() throws {
        let site = try Self.build(Self.site.replacingOccurrences(of: "formats: [avif, webp]", with: "formats: [webp]\n  budgetKB: 1"))
        #expect(site.log.warnings.contains { $0.message.contains("images weigh") && $0.path == "content/news/snimki/index.bg.md" })
    }

    @Test func badImagesAreErrorsAtTheirLine() throws {
        func failing(_ change: String, file: String? = nil, bytes: Data? = nil) throws -> String {
            let site = try Self.build()
            let before = site.snapshot()
            try site.write(change)
            if let file, let bytes { try bytes.write(to: site.root.appendingPathComponent(file)) }
            let errors = try site.rebuildExpectingError()
            #expect(site.snapshot() == before, "a failed build changed public/")
            return errors
        }
        let page = "-- content/news/drugi/index.bg.md --\n---\ntitle: Други\n---\nТекст.\n\n"
        let noAlt = try failing(page + "![](../snimki/photo.jpg)\n")
        #expect(noAlt.contains("content/news/drugi/index.bg.md:6:5: error: image '../snimki/photo.jpg' has no alt text"), "\(noAlt)")
        let missing = try failing(page + "![Снимка](missing.jpg)\n")
        #expect(missing.contains("content/news/drugi/index.bg.md:6:") && missing.contains("missing.jpg"), "\(missing)")
        let text = try failing(page + "![Снимка](fake.png)\n", file: "content/news/drugi/fake.png", bytes: Data("not an image".utf8))
        #expect(text.contains("content/news/drugi/index.bg.md:6:11: error: cannot read the image 'news/drugi/fake.png'"), "\(text)")
        let truncated = try Data(contentsOf: Self.photo).prefix(9000)
        let cut = try failing(page + "![Снимка](cut.jpg)\n", file: "content/news/drugi/cut.jpg", bytes: truncated)
        #expect(cut.contains("content/news/drugi/index.bg.md:6:11: error: image 'news/drugi/cut.jpg'"), "\(cut)")
        let bomb = try failing(page + "![Снимка](bomb.png)\n", file: "content/news/drugi/bomb.png", bytes: Self.png(width: 30000, height: 30000, headerOnly: true))
        #expect(bomb.contains("error: the image 'news/drugi/bomb.png' is 30000×30000 pixels, more than the limit"), "\(bomb)")
    }

    /// A grey PNG, written byte by byte (zlib stored blocks), or only its header for a decompression bomb.
    static func png(width: Int, height: Int, headerOnly: Bool = false) -> Data {
        func crc(_ bytes: [UInt8]) -> UInt32 {
            var c: UInt32 = 0xFFFF_FFFF
            for byte in bytes {
                c ^= UInt32(byte)
                for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            }
            return c ^ 0xFFFF_FFFF
        }
        func be(_ value: UInt32) -> [UInt8] { [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
        func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
            let typed = Array(type.utf8) + body
            return be(UInt32(body.count)) + typed + be(crc(typed))
        }
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        bytes += chunk("IHDR", be(UInt32(width)) + be(UInt32(height)) + [8, 0, 0, 0, 0])  // 8-bit grey
        if headerOnly {
            bytes += chunk("IDAT", [0x78, 0x01, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x01])  // no pixels
        } else {
            let raw = (0..<height).flatMap { _ in [UInt8(0)] + [UInt8](repeating: 128, count: width) }
            var zlib: [UInt8] = [0x78, 0x01]
            var offset = 0
            repeat {
                let block = Array(raw[offset..<min(offset + 65535, raw.count)])
                offset += block.count
                let length = UInt16(block.count)
                zlib += [offset >= raw.count ? 1 : 0, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)] + block
            } while offset < raw.count
            var a: UInt32 = 1, b: UInt32 = 0
            for byte in raw { a = (a + UInt32(byte)) % 65521; b = (b + a) % 65521 }
            zlib += be(b << 16 | a)
            bytes += chunk("IDAT", zlib)
        }
        bytes += chunk("IEND", [])
        return Data(bytes)
    }
}
