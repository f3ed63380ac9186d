/// Two front matters are equal when every key reads the same, params in the same order, and every key sits on
/// the same line: `portal serve` updates a page in place only when nothing but its Markdown body changed.
extension FrontMatter: Equatable {
    /// How many stored properties ``==`` compares; a test fails when FrontMatter gains one this does not know.
    static let comparedProperties = 22

    public static func == (lhs: FrontMatter, rhs: FrontMatter) -> Bool {
        lhs.title == rhs.title && lhs.date == rhs.date && lhs.lastmod == rhs.lastmod && lhs.expiryDate == rhs.expiryDate
            && lhs.draft == rhs.draft && lhs.summary == rhs.summary && lhs.terms == rhs.terms && lhs.slug == rhs.slug
            && lhs.translationKey == rhs.translationKey && lhs.aliases == rhs.aliases && lhs.weight == rhs.weight
            && lhs.image == rhs.image && lhs.imageAlt == rhs.imageAlt && lhs.project == rhs.project
            && lhs.layout == rhs.layout && lhs.featured == rhs.featured && lhs.menus == rhs.menus && lhs.build == rhs.build
            && lhs.hasSameParams(as: rhs) && lhs.unreadable == rhs.unreadable && lhs.writtenKeys == rhs.writtenKeys && lhs.lines == rhs.lines
    }

    /// Whether both have the same params, keys and values, in the same order.
    func hasSameParams(as other: FrontMatter) -> Bool {
        params.count == other.params.count && zip(params, other.params).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}
