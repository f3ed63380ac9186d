import Mustache

/// What templates see as `pager` on a page of a paginated list (docs/templates.md): `items` (this page's),
/// `number`, `total`, `many`, `first`, `hasPrev`/`prevURL`, `hasNext`/`nextURL` and `pages`.
///
/// `pages`, one entry for every page of the list, is made only when a template asks for it. Made for every
/// page it cost time and memory quadratic in a list's length: about 400,000 entries for the sections and tags of
/// the 10,000-pair benchmark corpus, whose theme never shows them.
struct PagerContext: MustacheParent {
    let pager: Pager
    let items: [PageListItem]

    func child(named name: String) -> Any? {
        let number = pager.number
        switch name {
        case "items": return items
        case "number": return number
        case "total": return pager.total
        case "many": return pager.total > 1
        case "first": return number == 1
        case "hasPrev" where number > 1: return true
        case "prevURL" where number > 1: return pager.url(number - 1)
        case "hasNext" where number < pager.total: return true
        case "nextURL" where number < pager.total: return pager.url(number + 1)
        case "pages": return pages
        default: return nil
        }
    }

    /// Every page of the list: `number`, `url`, `current`.
    var pages: [[String: Any]] {
        (1...pager.total).map { ["number": $0, "url": pager.url($0), "current": $0 == pager.number] }
    }
}
