/// Where one page of a paginated list stands: its number, the total, and links to the others (templates see
/// it as ``PagerContext``).
struct Pager {
    let number: Int
    let total: Int
    /// The list's first-page URL.
    let baseURL: String
    let site: Site

    /// How many pages a list has (at least one).
    static func pageCount(of list: Page, size: Int) -> Int {
        max(1, (list.items.count + size - 1) / size)
    }

    func url(_ number: Int) -> String {
        site.config.href(Permalinks.paginated(baseURL, page: number))
    }
}
