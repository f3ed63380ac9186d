@testable import PortalKit
import Testing

/// The official Bulgarian transliteration (Закон за транслитерацията, 2009) and slugs.
@Suite struct TransliterationTests {
    @Test(arguments: [
        ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"), ("ж", "zh"), ("з", "z"),
        ("и", "i"), ("й", "y"), ("к", "k"), ("л", "l"), ("м", "m"), ("н", "n"), ("о", "o"), ("п", "p"),
        ("р", "r"), ("с", "s"), ("т", "t"), ("у", "u"), ("ф", "f"), ("х", "h"), ("ц", "ts"), ("ч", "ch"),
        ("ш", "sh"), ("щ", "sht"), ("ъ", "a"), ("ь", "y"), ("ю", "yu"), ("я", "ya"),
    ])
    func eachLetter(_ cyrillic: String, _ latin: String) {
        #expect(Transliteration.latin(cyrillic) == latin)
        #expect(Transliteration.latin(cyrillic.uppercased()) == latin)
    }

    @Test func wordFinalIAIsIA() {
        #expect(Transliteration.latin("София") == "sofia")
        #expect(Transliteration.latin("Мария и Ия") == "maria i ia")
        #expect(Transliteration.latin("История на Иян") == "istoria na iyan")
    }

    @Test func countryName() {
        #expect(Transliteration.latin("България") == "bulgaria")
        #expect(Transliteration.latin("в БЪЛГАРИЯ") == "v bulgaria")
    }

    @Test(arguments: [
        ("Среща със Столична Община", "sreshta-sas-stolichna-obshtina"),
        ("София", "sofia"),
        ("Хасково и Кърджали", "haskovo-i-kardzhali"),
        ("България", "bulgaria"),
        ("Щастие, юноша, ябълка, цвете, жаба, йога, дъжд, актьор", "shtastie-yunosha-yabalka-tsvete-zhaba-yoga-dazhd-aktyor"),
        ("  --Zentrum für Sozialwirtschaft--  ", "zentrum-fur-sozialwirtschaft"),
        ("CO-RESP", "co-resp"),
        ("СПРЗСР 2023-2027 г.", "sprzsr-2023-2027-g"),
        ("„Марина“", "marina"),
        ("", ""),
    ])
    func slugs(_ text: String, _ slug: String) {
        #expect(Slug.make(text) == slug)
    }

    /// The scalar path for ASCII and Cyrillic text gives the general path's slug, and leaves other text to it.
    @Test(arguments: [
        "Среща със Столична Община", "София", "България", "в БЪЛГАРИЯ днес", "Ия", "ия2", "мария-ИЯ", "ЁЖ Ѝ ЙОД",
        "Щастие, юноша, ябълка", "CO-RESP 2023", "  --a--b  ", "abcия", "2024 г.", "Ђорђе Љубица Њ", "", "---",
        "x1y2", "Tab\tand\nnewline", "стр.12/б",
    ])
    func scalarPathAgreesWithGeneralPath(_ text: String) {
        let fast = ASCIIAndCyrillicSlug.make(text)
        #expect(fast != nil)
        #expect(fast == Slug.general(text))
    }

    @Test(arguments: ["Zentrum für", "„Марина“", "café", "Ѓорѓи", "emoji 🙂", "и\u{300}"])
    func otherTextTakesTheGeneralPath(_ text: String) {
        #expect(ASCIIAndCyrillicSlug.make(text) == nil)
        #expect(Slug.make(text) == Slug.general(text))
    }
}
