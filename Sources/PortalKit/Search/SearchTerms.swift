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
    /// `/[\p{L}\p{N}\p{M}]+/u`).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current).lowercased()) }
        return words
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
