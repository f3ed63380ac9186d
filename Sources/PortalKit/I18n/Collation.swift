import Foundation

/// Alphabetical order for readers of one language: Bulgarian А…Я, with leading quotes ignored.
public struct Collation: Sendable {
    let locale: Locale

    public init(language: String) {
        self.locale = Locale(identifier: language)
    }

    /// Whether `a` sorts before `b`.
    public func less(_ a: String, _ b: String) -> Bool {
        let left = Collation.sortKey(a), right = Collation.sortKey(b)
        let order = left.compare(
            right, options: [.caseInsensitive], range: left.startIndex..<left.endIndex, locale: locale)
        if order == .orderedSame { return a < b }
        return order == .orderedAscending
    }

    /// Sorts values by a key in this language's order.
    public func sorted<T>(_ items: [T], by key: (T) -> String) -> [T] {
        items.sorted { less(key($0), key($1)) }
    }

    /// The text without the opening quotes and spaces that should not affect order („Марина“ sorts under М).
    static func sortKey(_ text: String) -> String {
        let ignored: Set<Character> = ["\"", "'", "„", "“", "”", "«", "»", "‘", "’", "(", " "]
        return String(text.drop { ignored.contains($0) })
    }
}
