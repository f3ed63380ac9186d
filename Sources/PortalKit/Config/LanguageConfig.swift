/// One language of the site, as `site.yaml` declares it.
public struct LanguageConfig: Sendable, Equatable {
    /// The language code, e.g. `bg`; used in file suffixes, `lang` attributes and hreflang.
    public var code: String
    /// The language's name in itself, e.g. "Български", shown in the language switch.
    public var name: String
    /// The site's title in this language.
    public var title: String
    /// A short description of the site in this language (meta description, feeds).
    public var description: String
    /// `""` for the default language (served at the root), `"/en"` for the others.
    public var urlPrefix: String
    /// The main menu in this language.
    public var menu: [MenuEntry]
    /// The footer menu in this language.
    public var footerMenu: [MenuEntry]
    /// Free values for templates in this language; they override the site's `params` key by key.
    public var params: [(key: String, value: ParamValue)]
    /// `rtl` for languages written right to left (Arabic, Hebrew, Persian, Urdu … or `direction: rtl`), else `ltr`.
    public var direction = "ltr"
    /// This language's own content folder relative to the source root (Hugo's `contentDir`, e.g. `content/en`),
    /// whose files need no language suffix; `nil` when its files live in `content/` with suffixes.
    public var contentDir: String?

    /// Languages written right to left, by code.
    static let rightToLeft: Set<String> = ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"]

    public static func == (lhs: LanguageConfig, rhs: LanguageConfig) -> Bool {
        lhs.code == rhs.code && lhs.name == rhs.name && lhs.title == rhs.title && lhs.urlPrefix == rhs.urlPrefix
            && lhs.menu == rhs.menu
    }
}
