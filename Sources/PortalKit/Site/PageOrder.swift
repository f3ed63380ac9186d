/// The order of lists: by weight when given (lightest first), then newest first, then by URL so ties are stable.
enum PageOrder {
    static func sorted(_ pages: [Page]) -> [Page] {
        pages.sorted(by: precedes)
    }

    static func precedes(_ a: Page, _ b: Page) -> Bool {
        let wa = a.weight ?? Int.max, wb = b.weight ?? Int.max
        if wa != wb { return wa < wb }
        switch (a.date, b.date) {
        case (let x?, let y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.url < b.url
        }
    }
}
