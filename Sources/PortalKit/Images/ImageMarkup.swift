/// The HTML of a published image: `<picture>` with a `<source>` per modern format and an `<img>` with the
/// fallback's `srcset`, the shown `width` and `height` (so the layout does not jump), lazy loading unless it is
/// the first image of a page.
enum ImageMarkup {
    static func picture(_ image: PublishedImage, alt: String, eager: Bool, sizes: String, href: (String) -> String) -> String {
        var html = "<picture>"
        for format in image.formats {
            html += "<source type=\"\(format.mimeType)\" srcset=\"\(srcset(image, format, href))\" sizes=\"\(escape(sizes))\">"
        }
        html += imgTag(image, alt: alt, eager: eager, sizes: sizes, href: href) + "</picture>"
        return html
    }

    /// The fallback file nearest 800 pixels wide: the `src` of browsers that read no `srcset`.
    static func fallbackURL(_ image: PublishedImage, href: (String) -> String) -> String? {
        guard let middle = image.widths.min(by: { abs($0 - 800) < abs($1 - 800) }) else { return nil }
        return href("/" + image.filePath(width: middle, format: image.fallback))
    }

    static func imgTag(_ image: PublishedImage, alt: String, eager: Bool, sizes: String, href: (String) -> String) -> String {
        let src = fallbackURL(image, href: href) ?? href("/" + image.path)
        let widest = image.widths.last ?? image.width
        return "<img src=\"\(src)\" srcset=\"\(srcset(image, image.fallback, href))\" sizes=\"\(escape(sizes))\" "
            + "width=\"\(widest)\" height=\"\(image.height(atWidth: widest))\" alt=\"\(escape(alt))\" decoding=\"async\""
            + (eager ? "" : " loading=\"lazy\"") + ">"
    }

    static func srcset(_ image: PublishedImage, _ format: ImageFormat, _ href: (String) -> String) -> String {
        image.widths.map { href("/" + image.filePath(width: $0, format: format)) + " \($0)w" }.joined(separator: ", ")
    }

    static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }
}
