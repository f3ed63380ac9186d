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
    static func make(_ text: String) -> String? {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        var word: [UInt32] = []
        func emit(_ byte: UInt8) {
            if pendingHyphen && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            slug.append(byte)
        }
        func flushWord() {
            guard !word.isEmpty else { return }
            defer { word.removeAll(keepingCapacity: true) }
            if word == bulgaria { return "bulgaria".utf8.forEach(emit) }
            let finalIA = word.count >= 2 && word[word.count - 2] == i && word[word.count - 1] == ya
            for letter in word[..<(finalIA ? word.count - 2 : word.count)] {
                if letter < 0x80 { emit(UInt8(letter)) } else { latin[Int(letter) - 0x430].forEach(emit) }
            }
            if finalIA { "ia".utf8.forEach(emit) }
        }
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
                flushWord()
                emit(UInt8(value))
            case 0..<0x80:
                flushWord()
                pendingHyphen = true
            case 0x430...0x45F where !latin[Int(value) - 0x430].isEmpty:
                word.append(value)
            default:
                return nil
            }
        }
        flushWord()
        return String(decoding: slug, as: UTF8.self)
    }
}
