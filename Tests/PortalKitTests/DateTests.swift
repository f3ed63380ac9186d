import Foundation
@testable import PortalKit
import Testing

/// Dates as editors write them and as readers read them.
@Suite struct DateTests {
    @Test func bulgarianLongAndShortWithPlainSpaces() throws {
        let date = try #require(ContentDate(parsing: "2026-11-22"))
        #expect(DateStyle.bulgarian.long(date) == "22 ноември 2026 г.")
        #expect(DateStyle.bulgarian.short(date) == "22.11.2026 г.")
        #expect(!DateStyle.bulgarian.long(date).contains("\u{202F}"))
        #expect(DateStyle.english.long(date) == "22 November 2026")
    }

    @Test(arguments: ["2024-13-45", "2023-02-29", "2024-00-10", "24-01-01", "2024-01-01T25:00", "2024-1-1", "yesterday"])
    func impossibleDatesAreRejected(_ text: String) {
        #expect(ContentDate(parsing: text) == nil)
    }

    @Test func timesAndOffsets() throws {
        let date = try #require(ContentDate(parsing: "2024-03-01T10:30:00+02:00"))
        #expect(date.rfc3339 == "2024-03-01T10:30:00+02:00")
        #expect(date.rfc822 == "Fri, 01 Mar 2024 10:30:00 +0200")
        #expect(date.instant == Date(timeIntervalSince1970: 1_709_281_800))
        #expect(ContentDate(parsing: "2024-02-29")?.rfc3339 == "2024-02-29T00:00:00Z")
        #expect(ContentDate(parsing: "2024-03-01 08:00Z")?.rfc3339 == "2024-03-01T08:00:00Z")
    }

    @Test func ordersByInstant() throws {
        let earlier = try #require(ContentDate(parsing: "2024-03-01T10:00:00+02:00"))
        let later = try #require(ContentDate(parsing: "2024-03-01T09:00:00Z"))
        #expect(earlier < later)
    }

    @Test func bulgarianCollation() {
        let collation = Collation(language: "bg")
        let sorted = collation.sorted(["Ябълка", "„Марина“", "Бор", "Ъгъл", "Агенция", "Шумен", "Юг"], by: { $0 })
        #expect(sorted == ["Агенция", "Бор", "„Марина“", "Шумен", "Ъгъл", "Юг", "Ябълка"])
    }
}
