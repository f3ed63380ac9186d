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
        "documentRequest": "Need this document in an accessible format (large print, accessible PDF, plain text)? Write to",
        "searchTitle": "Search",
        "searchLabel": "Search the site",
        "searchButton": "Search",
        "searchLoading": "Searching…",
        "searchNone": "No pages found.",
        "searchOne": "1 page found.",
        "searchMany": "{n} pages found.",
        "searchAnyWord": "No page has every word; these have some of them.",
        "searchMore": "More results",
        "searchError": "Search is not available right now. Please browse the sections below.",
        "searchBrowse": "Browse the site",
        "searchNoScript": "Search needs JavaScript. You can browse the sections and topics below.",
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
            "documentRequest": "Нуждаете се от документа в достъпен формат (едър шрифт, достъпен PDF, обикновен текст)? Пишете на",
            "searchTitle": "Търсене",
            "searchLabel": "Търсене в сайта",
            "searchButton": "Търси",
            "searchLoading": "Търсене…",
            "searchNone": "Няма намерени страници.",
            "searchOne": "Намерена е 1 страница.",
            "searchMany": "Намерени са {n} страници.",
            "searchAnyWord": "Никоя страница няма всички думи; тези имат някои от тях.",
            "searchMore": "Още резултати",
            "searchError": "Търсенето не е достъпно в момента. Разгледайте разделите по-долу.",
            "searchBrowse": "Разгледайте сайта",
            "searchNoScript": "Търсенето изисква JavaScript. Можете да разгледате разделите и темите по-долу.",
        ],
    ]

    /// The built-in strings for a language, English where it has none.
    static func table(_ language: String) -> [String: String] {
        tables[language] ?? english
    }
}
