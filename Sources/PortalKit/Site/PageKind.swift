/// What an output page is; templates are looked up by kind.
public enum PageKind: String, Sendable {
    /// A content page (news item, project, plain page).
    case page
    /// A section's list (`/novini/`).
    case section
    /// A language's home page (`/`, `/en/`).
    case home
    /// The list of a taxonomy's terms (`/etiketi/`).
    case taxonomy
    /// The list of pages with one term (`/etiketi/co-resp/`).
    case term
    /// A year archive of a dated section (`/novini/2024/`).
    case archive
    /// The "not found" page (`/404.html`).
    case notFound = "404"
    /// A language's search page (`/tarsene/`, `/en/search/`).
    case search

    /// The Boolean templates test for this kind: `isPage`, `isSection`, …, `isNotFound`.
    public var templateFlag: String {
        switch self {
        case .page: return "isPage"
        case .section: return "isSection"
        case .home: return "isHome"
        case .taxonomy: return "isTaxonomy"
        case .term: return "isTerm"
        case .archive: return "isArchive"
        case .notFound: return "isNotFound"
        case .search: return "isSearch"
        }
    }
}
