/// UI strings the generator itself writes (footnotes, shortcodes), in the languages it knows; a theme's
/// `i18n/<lang>.yaml` overrides any of them, and other languages get the English ones.
enum BuiltinStrings {
    static let english: [String: String] = [
        "footnotes": "Notes",
        "footnoteBack": "Back to reference",
        "details": "Details",
        "downloadVideo": "Download the video",
        "captions": "Captions",
        "byteUnits": "B KB MB GB",
        "decimalSeparator": ".",
    ]

    static let tables: [String: [String: String]] = [
        "en": english,
        "bg": [
            "footnotes": "Бележки",
            "footnoteBack": "Обратно към текста, бележка",
            "details": "Подробности",
            "downloadVideo": "Изтеглете видеото",
            "captions": "Субтитри",
            "byteUnits": "Б КБ МБ ГБ",
            "decimalSeparator": ",",
        ],
    ]

    /// The built-in strings for a language, English where it has none.
    static func table(_ language: String) -> [String: String] {
        tables[language] ?? english
    }
}
