/// How a date is written for readers in one language.
///
/// Bulgarian and English are written from fixed month tables, so output never depends on the ICU data
/// of the build machine (Foundation's long style on Linux puts U+202F before "г."). Other languages get ISO days.
public struct DateStyle: Sendable {
    let months: [String]
    let longPattern: @Sendable (ContentDate, String) -> String
    let shortPattern: @Sendable (ContentDate) -> String

    /// The style for a language code such as `bg` or `en`.
    public static func forLanguage(_ code: String) -> DateStyle {
        switch code {
        case "bg": return .bulgarian
        case "en": return .english
        default:
            return DateStyle(months: [], longPattern: { date, _ in date.isoDay }, shortPattern: { $0.isoDay })
        }
    }

    /// "22 ноември 2026 г." and "22.11.2026 г." (plain spaces, as Bulgarian typography writes them).
    public static let bulgarian = DateStyle(
        months: [
            "януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
            "ноември", "декември",
        ],
        longPattern: { date, month in "\(date.day) \(month) \(date.year) г." },
        shortPattern: { date in "\(twoDigits(date.day)).\(twoDigits(date.month)).\(date.year) г." })

    /// "22 November 2026" and "22/11/2026".
    public static let english = DateStyle(
        months: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ],
        longPattern: { date, month in "\(date.day) \(month) \(date.year)" },
        shortPattern: { date in "\(twoDigits(date.day))/\(twoDigits(date.month))/\(date.year)" })

    /// The long form, e.g. "22 ноември 2026 г.".
    public func long(_ date: ContentDate) -> String {
        longPattern(date, months.isEmpty ? "" : months[date.month - 1])
    }

    /// The short form, e.g. "22.11.2026 г.".
    public func short(_ date: ContentDate) -> String {
        shortPattern(date)
    }
}

private func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
}
