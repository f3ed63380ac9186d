import Foundation

/// Words of a text and the index terms each stands for.
///
/// A Cyrillic word is indexed by its folded, stemmed Latin form (``SearchFolding``), so Cyrillic and Latin
/// queries meet in one term; any other word by its lowercase, accent-free English stem. Queries are turned
/// into terms by the client script with the same rules and matched as prefixes.
enum SearchTerms {
    /// Words too common to help, left out of the index and of queries (the client reads this list from the
    /// index's `meta.json`).
    static let stopWords: Set<String> = [
        "и", "на", "за", "в", "във", "с", "със", "от", "да", "се", "по", "че", "е", "са", "не", "до", "при", "като",
        "или", "към", "а", "но", "то", "ще", "би", "ли",
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "is", "are", "was", "were", "with", "by",
        "at", "as", "be", "it", "its", "this", "that", "from",
    ]

    /// The lowercase words of `text`: runs of letters, digits and combining marks (JavaScript's
    /// `/[\p{L}\p{N}\p{M}]+/u`, lowercased as `toLowerCase` does).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// Calls `visit` with each lowercase word of `text` as UTF-8 bytes, without making a String of it.
    ///
    /// On bytes, with ASCII and Cyrillic handled without a Unicode table lookup: the index reads every word
    /// of the site (3 million on the 2,000-pair corpus).
    static func forEachWord(in text: String, _ visit: ([UInt8]) -> Void) {
        var word: [UInt8] = []
        var needsLowercasing = false
        func finish() {
            guard !word.isEmpty else { return }
            if needsLowercasing {
                visit(Array(String(decoding: word, as: UTF8.self).lowercased().utf8))
            } else {
                visit(word)
            }
            word.removeAll(keepingCapacity: true)
            needsLowercasing = false
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x61...0x7A, 0x30...0x39: word.append(UInt8(value))
                case 0x41...0x5A: word.append(UInt8(value + 0x20))
                default: finish()
                }
            } else if (0x400...0x4FF).contains(value) && value != 0x482 {
                var lower = value
                if (0x410...0x42F).contains(value) {
                    lower = value + 0x20
                } else if (0x400...0x40F).contains(value) {
                    lower = value + 0x50
                } else if value >= 0x460 && value.isMultiple(of: 2) {
                    needsLowercasing = true  // the historic and non-Russian letters pair upper and lower case
                }
                appendUTF8(lower, to: &word)
            } else if isWordScalar(scalar) {
                if scalar.properties.changesWhenLowercased { needsLowercasing = true }
                appendUTF8(value, to: &word)
            } else {
                finish()
            }
        }
        finish()
    }

    private static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
        switch value {
        case ..<0x80:
            bytes.append(UInt8(value))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        case ..<0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (value >> 18)))
            bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// The index terms of one lowercase word (none for a stop word or a single letter).
    static func indexTerms(_ word: String) -> [String] {
        guard word.unicodeScalars.count >= 2, !stopWords.contains(word) else { return [] }
        var terms: [String] = []
        if SearchFolding.isCyrillic(word) {
            for form in SearchFolding.cyrillicForms(word) {
                let term = SearchFolding.bulgarianStem(SearchFolding.fold(form))
                if term.unicodeScalars.count >= 2, !terms.contains(term) { terms.append(term) }
            }
        } else {
            let term = SearchFolding.englishStem(SearchFolding.withoutMarks(word.precomposedStringWithCanonicalMapping))
            if term.unicodeScalars.count >= 2 { terms.append(term) }
        }
        return terms
    }

    /// The shard a term is stored in: its first two characters.
    static func shardKey(_ term: String) -> String {
        String(String.UnicodeScalarView(term.unicodeScalars.prefix(2)))
    }

    /// A shard key as a file name: a-z and 0-9 as they are, any other character as `_` and its hex code.
    static func fileName(_ key: String) -> String {
        var name = ""
        for scalar in key.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                name.unicodeScalars.append(scalar)
            } else {
                name += "_" + String(scalar.value, radix: 16)
            }
        }
        return name
    }
}
