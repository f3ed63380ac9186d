/// The default theme's UI strings. `portal init` writes English ones for any other language, to translate.
extension DefaultTheme {
    static let englishStrings = """
        # UI strings of the default theme, English. Keys are listed in themes/default/README.md.
        skipToContent: Skip to main content
        languageSwitch: Choose a language
        mainMenu: Main menu
        breadcrumbs: Breadcrumb
        home: Home
        noTranslation: This page has no translation; the link goes to the nearest page in that language
        contents: Contents
        tags: Tags
        tag: Tag
        relatedNews: Related news
        latestNews: Latest news
        allNews: All news
        page: page
        pagination: Pages
        previous: Previous
        next: Next
        nothingYet: Nothing has been published here yet.
        links: Links
        feedAtom: News feed (Atom)
        sitemap: Sitemap
        notFoundTitle: Page not found
        notFoundText: The page you are looking for does not exist or has moved.
        backHome: Go to the home page
        redirectNotice: This page has moved to

        """

    static let bulgarianStrings = """
        # UI strings of the default theme, Bulgarian. Keys are listed in themes/default/README.md.
        skipToContent: Към основното съдържание
        languageSwitch: Изберете език
        mainMenu: Основно меню
        breadcrumbs: Навигационна пътека
        home: Начало
        noTranslation: Тази страница няма превод; връзката води до най-близката страница на този език
        contents: Съдържание
        tags: Етикети
        tag: Етикет
        relatedNews: Свързани новини
        latestNews: Последни новини
        allNews: Всички новини
        page: страница
        pagination: Страници
        previous: Предишна
        next: Следваща
        nothingYet: Тук все още няма публикации.
        links: Връзки
        feedAtom: Абонамент за новините (Atom)
        sitemap: Карта на сайта
        notFoundTitle: Страницата не е намерена
        notFoundText: Страницата, която търсите, не съществува или е преместена.
        backHome: Към началната страница
        redirectNotice: Тази страница е преместена на

        """
}
