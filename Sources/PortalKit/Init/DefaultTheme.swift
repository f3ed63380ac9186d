/// The neutral theme `portal init` writes to `themes/default/`: the accessibility of the naso theme (skip link,
/// landmarks, one h1, visible focus, 44 px targets, AA contrast, reduced motion, forced colours, print) without
/// any organisation's name, logo or colours. Its files live here so an installed `portal` binary carries them.
enum DefaultTheme {
    /// Every file of the theme, by path under `themes/default/`.
    static var files: [(path: String, text: String)] {
        templates + [
            ("static/css/style.css", style), ("static/css/print.css", print), ("static/favicon.svg", favicon),
            ("i18n/bg.yaml", bulgarianStrings), ("i18n/en.yaml", englishStrings), ("README.md", readme),
        ]
    }

    static let favicon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1e4e8c"/><path d="M9 23V9h8a5 5 0 0 1 0 10h-8" stroke="#fff" stroke-width="3" fill="none"/></svg>

        """
}
