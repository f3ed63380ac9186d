/// Where one page of a paginated list stands: its number, the total, and links to the others.
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

    /// Values for templates: `number`, `total`, `hasPrev`/`prevURL`, `hasNext`/`nextURL`, `pages`, `many`.
    var context: [String: Any] {
        var value: [String: Any] = [
            "number": number, "total": total, "many": total > 1, "first": number == 1,
            "pages": (1...total).map { ["number": $0, "url": url($0), "current": $0 == number] as [String: Any] },
        ]
        if number > 1 {
            value["hasPrev"] = true
            value["prevURL"] = url(number - 1)
        }
        if number < total {
            value["hasNext"] = true
            value["nextURL"] = url(number + 1)
        }
        return value
    }
}
