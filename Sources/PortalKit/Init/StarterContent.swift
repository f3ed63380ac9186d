/// The pages `portal init` writes in each language: a home page, an about page and one news item, with
/// texts that say what to edit. Bulgarian and English are written out; other languages get the English text
/// to translate (the command says so).
struct StarterContent {
    var siteTitle: String
    var home: String
    var aboutTitle: String
    var aboutSlug: String?
    var about: String
    var newsTitle: String
    var newsSlug: String?
    var itemTitle: String
    var item: String
    var menuHome: String
    var tagsSlug: String
    var tagsTitle: String
    var exampleTag: String
    /// Whether the texts are in the language itself (false: English, to translate).
    var translated: Bool

    static func forLanguage(_ code: String) -> StarterContent {
        switch code {
        case "bg":
            return StarterContent(
                siteTitle: "Нов сайт",
                home: "Добре дошли! Това е началната страница. Текстът ѝ е във файла `content/_index.bg.md`.",
                aboutTitle: "За нас", aboutSlug: "za-nas",
                about: "Разкажете тук кои сте. Файлът е `content/about.bg.md`; преводът му е `content/about.en.md`.",
                newsTitle: "Новини", newsSlug: "novini", itemTitle: "Първа новина",
                item: "Сайтът е готов. Новините са в папката `content/news/`; вижте и страницата [За нас](/about.md).",
                menuHome: "Начало", tagsSlug: "etiketi", tagsTitle: "Етикети", exampleTag: "новини", translated: true)
        default:
            let english = StarterContent(
                siteTitle: "New site",
                home: "Welcome! This is the home page. Its text is in the file `content/_index.\(code).md`.",
                aboutTitle: "About", aboutSlug: nil,
                about: "Tell your readers who you are. This page is the file `content/about.\(code).md`.",
                newsTitle: "News", newsSlug: nil, itemTitle: "First news item",
                item: "The site is ready. News items live in `content/news/`; see also the [About](/about.md) page.",
                menuHome: "Home", tagsSlug: "tags", tagsTitle: "Tags", exampleTag: "news", translated: code == "en")
            return english
        }
    }
}
