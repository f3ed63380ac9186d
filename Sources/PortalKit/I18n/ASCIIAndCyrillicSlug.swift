/// The slug of a text written only in ASCII and the Cyrillic letters of ``Transliteration/table``, made on
/// Unicode scalars: the same result as the general path of ``Slug/make(_:)`` (tested side by side), without
/// grapheme breaking, `lowercased()` or Foundation's folding, which made slugs 4 % of a corpus build.
enum ASCIIAndCyrillicSlug {
    /// The Latin bytes of each lowercase Cyrillic letter U+0430…U+045F, empty where the table has none.
    private static let latin: [[UInt8]] = (0x430...0x45F).map { value in
        let letter = Character(Unicode.Scalar(UInt32(value))!)
        return Array((Transliteration.table[letter] ?? "").utf8)
    }
    private static let bulgaria = Array("българия".unicodeScalars.map(\.value))
    private static let i = UInt32(0x438), ya = UInt32(0x44F)

    /// The slug, or `nil` when the text has any other character (then the general path decides).
    ///
    /// The state is passed `inout` to static functions rather than captured by nested ones: captured variables
    /// live in boxes whose every access the runtime checks for exclusivity (`swift_beginAccess`), which was half
    /// of a slug's time (`perf record`, 11,000 headings in the 2,000-pair corpus).
    static func make(_ text: String) -> String? {
        let latin = self.latin
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        var word: [UInt32] = []
        for scalar in text.unicodeScalars {
            var value = scalar.value
            switch value {
            case 0x41...0x5A: value += 0x20
            case 0x410...0x42F: value += 0x20
            case 0x400...0x40F: value += 0x50
            default: break
            }
            switch value {
            case 0x61...0x7A:
                word.append(value)
            case 0x30...0x39:
                flush(&word, latin, into: &slug, &pendingHyphen)
                emit(UInt8(value), into: &slug, &pendingHyphen)
            case 0..<0x80:
                flush(&word, latin, into: &slug, &pendingHyphen)
                pendingHyphen = true
            case 0x430...0x45F where !latin[Int(value) - 0x430].isEmpty:
                word.append(value)
            default:
                return nil
            }
        }
        flush(&word, latin, into: &slug, &pendingHyphen)
        return String(decoding: slug, as: UTF8.self)
    }

    /// Appends a byte, after the hyphen a separator left pending (never at the start).
    private static func emit(_ byte: UInt8, into slug: inout [UInt8], _ pendingHyphen: inout Bool) {
        if pendingHyphen && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
        pendingHyphen = false
        slug.append(byte)
    }

    /// Appends a word's Latin letters (`България` is `bulgaria`, a final `ия` is `ia`) and empties it.
    private static func flush(_ word: inout [UInt32], _ latin: [[UInt8]], into slug: inout [UInt8], _ pendingHyphen: inout Bool) {
        guard !word.isEmpty else { return }
        defer { word.removeAll(keepingCapacity: true) }
        if word == bulgaria {
            for byte in "bulgaria".utf8 { emit(byte, into: &slug, &pendingHyphen) }
            return
        }
        let finalIA = word.count >= 2 && word[word.count - 2] == i && word[word.count - 1] == ya
        for letter in word[..<(finalIA ? word.count - 2 : word.count)] {
            if letter < 0x80 {
                emit(UInt8(letter), into: &slug, &pendingHyphen)
            } else {
                for byte in latin[Int(letter) - 0x430] { emit(byte, into: &slug, &pendingHyphen) }
            }
        }
        if finalIA { for byte in "ia".utf8 { emit(byte, into: &slug, &pendingHyphen) } }
    }
}
