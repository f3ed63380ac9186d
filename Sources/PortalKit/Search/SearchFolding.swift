import Foundation

/// The letter rules that let a reader find Bulgarian text however it is typed: Cyrillic, the official Latin
/// transliteration, or the informal Latin of phones without a Cyrillic keyboard (sht/st, ya/ia/q, yu/iu,
/// zh/j, ts/c, h/x), with a light suffix normalisation so "декларации" finds "декларация".
///
/// The client script (``SearchScript``) applies the same rules to queries, step for step; a change here is a
/// change there, and `SearchTermsTests` pins both sides' results.
enum SearchFolding {
    /// Cyrillic letters by their Latin form; ъ is left out, because readers type it as a, u or y
    /// (``cyrillicForms(_:)`` makes one form for each).
    static let latin: [Unicode.Scalar: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ь": "y", "ю": "yu", "я": "ya",
        "ё": "yo", "э": "e", "ы": "y", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ѝ": "i",
    ]

    /// The ways readers type ъ.
    static let hardSignForms = ["a", "u", "y"]

    /// Whether a word has a Cyrillic letter.
    static func isCyrillic(_ word: String) -> Bool {
        word.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
    }

    /// A lowercase Cyrillic word in Latin letters, once for each way of typing ъ (one form when it has none).
    static func cyrillicForms(_ word: String) -> [String] {
        let scalars = word.precomposedStringWithCanonicalMapping.unicodeScalars
        let hasHardSign = scalars.contains("ъ")
        return (hasHardSign ? hardSignForms : ["a"]).map { hardSign in
            var output = ""
            for scalar in scalars {
                if scalar == "ъ" {
                    output += hardSign
                } else if let latin = latin[scalar] {
                    output += latin
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
            return withoutMarks(output)
        }
    }

    /// Accents and other combining marks removed, in composed form: "café" → "cafe".
    static func withoutMarks(_ text: String) -> String {
        let decomposed = text.decomposedStringWithCanonicalMapping.unicodeScalars
        guard decomposed.contains(where: isMark) else { return text.precomposedStringWithCanonicalMapping }
        var output = ""
        output.unicodeScalars.append(contentsOf: decomposed.filter { !isMark($0) })
        return output.precomposedStringWithCanonicalMapping
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Latin spellings of one Bulgarian sound made equal: sht→st, zh→j, ts→c, x→h, q→ia, y→i, then any run
    /// of i as one i.
    static func fold(_ latin: String) -> String {
        var text = latin
        for (from, to) in [("sht", "st"), ("zh", "j"), ("ts", "c"), ("x", "h"), ("q", "ia"), ("y", "i")]
        where text.contains(from) {
            text = text.replacingOccurrences(of: from, with: to)
        }
        while text.contains("ii") { text = text.replacingOccurrences(of: "ii", with: "i") }
        return text
    }

    /// Bulgarian endings (articles, plurals, -ия/-ие) after ``fold(_:)``, longest first; one is removed when at
    /// least three letters stay.
    static let bulgarianEndings = [
        "iata", "iat", "ite", "ata", "ota", "oto", "ove", "eve", "ia", "ie", "at", "ta", "to", "te",
        "a", "e", "i", "o", "u",
    ]

    /// A folded Bulgarian word without its ending: "deklaracia" and "deklaraci" → "deklarac".
    static func bulgarianStem(_ folded: String) -> String {
        for ending in bulgarianEndings where folded.hasSuffix(ending) && folded.count - ending.count >= 3 {
            return String(folded.dropLast(ending.count))
        }
        return folded
    }

    /// A light English stem: plural -s/-es/-ies, -ing and -ed removed.
    static func englishStem(_ word: String) -> String {
        let count = word.count
        if count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if count > 4, word.hasSuffix("es"),
            ["s", "x", "z", "ch", "sh"].contains(where: { word.dropLast(2).hasSuffix($0) })
        {
            return String(word.dropLast(2))
        }
        if count > 3, word.hasSuffix("s"), !["ss", "us", "is"].contains(where: { word.hasSuffix($0) }) {
            return String(word.dropLast())
        }
        if count > 5, word.hasSuffix("ing") { return String(word.dropLast(3)) }
        if count > 4, word.hasSuffix("ed") { return String(word.dropLast(2)) }
        return word
    }
}
