/// Bulgarian to Latin transliteration by the official system (Закон за транслитерацията, 2009).
///
/// Unlike generic tables (which often use Russian rules: "България" → "blgariya"), this follows the law:
/// щ→sht, ъ→a, ь→y, ю→yu, я→ya, ц→ts, ж→zh, х→h, й→y, "ия" at the end of a word → "ia",
/// and the country name България → Bulgaria.
public enum Transliteration {
    static let table: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
        // Letters of other Cyrillic alphabets that appear in names, by their usual Latin form.
        "ё": "yo", "э": "e", "ы": "y", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ј": "j", "љ": "lj", "њ": "nj",
        "ћ": "c", "ђ": "dj", "џ": "dz", "ѝ": "i",
    ]

    /// Transliterates Bulgarian text to lowercase Latin, leaving other characters unchanged.
    public static func latin(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var word: [Character] = []
        func flush() {
            guard !word.isEmpty else { return }
            output += latinWord(word)
            word.removeAll(keepingCapacity: true)
        }
        for character in text.lowercased() {
            if character.isLetter {
                word.append(character)
            } else {
                flush()
                output.append(character)
            }
        }
        flush()
        return output
    }

    /// One lowercase word: the country name and the word-final "ия" rule apply here.
    private static func latinWord(_ word: [Character]) -> String {
        if String(word) == "българия" { return "bulgaria" }
        var result = ""
        var end = word.count
        var suffix = ""
        if word.count >= 2, word[word.count - 2] == "и", word[word.count - 1] == "я" {
            end -= 2
            suffix = "ia"
        }
        for character in word[0..<end] {
            if let latin = table[character] {
                result += latin
            } else {
                result.append(character)
            }
        }
        return result + suffix
    }
}
