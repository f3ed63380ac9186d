/// Language codes `portal init` accepts, each with the language's name in itself, as the language switch
/// shows it. ISO 639-1 codes of the languages of Europe and the most widely used others.
enum LanguageNames {
    static let native: [String: String] = [
        "ar": "العربية", "bg": "Български", "bs": "Bosanski", "ca": "Català", "cs": "Čeština", "cy": "Cymraeg",
        "da": "Dansk", "de": "Deutsch", "el": "Ελληνικά", "en": "English", "es": "Español", "et": "Eesti",
        "eu": "Euskara", "fa": "فارسی", "fi": "Suomi", "fr": "Français", "ga": "Gaeilge", "gl": "Galego",
        "he": "עברית", "hi": "हिन्दी", "hr": "Hrvatski", "hu": "Magyar", "hy": "Հայերեն", "is": "Íslenska",
        "it": "Italiano", "ja": "日本語", "ka": "ქართული", "ko": "한국어", "lb": "Lëtzebuergesch", "lt": "Lietuvių",
        "lv": "Latviešu", "mk": "Македонски", "mt": "Malti", "nb": "Norsk bokmål", "nl": "Nederlands", "no": "Norsk",
        "pl": "Polski", "pt": "Português", "ro": "Română", "ru": "Русский", "sk": "Slovenčina", "sl": "Slovenščina",
        "sq": "Shqip", "sr": "Српски", "sv": "Svenska", "tr": "Türkçe", "uk": "Українська", "ur": "اردو",
        "zh": "中文",
    ]
}
