import Foundation

/// A date as an editor wrote it in front matter: a day, optionally a time and a UTC offset.
///
/// The calendar day is kept exactly as written (never shifted by time zones), so a news item dated
/// `2024-03-01` shows "1 март 2024 г." everywhere. ``instant`` orders dates and feeds their timestamps;
/// a date without an offset is taken as UTC, so builds never depend on the machine's time zone.
public struct ContentDate: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// Offset from UTC in seconds, when the editor wrote one.
    public let utcOffset: Int?
    /// Whether a time of day was written.
    public let hasTime: Bool

    /// Parses `YYYY-MM-DD`, optionally followed by `T` or a space, `HH:MM[:SS[.fff]]` and `Z` or `±HH:MM`.
    /// Returns `nil` for anything else, including impossible days such as `2024-13-45` or `2023-02-29`.
    public init?(parsing text: String) {
        let scalars = Array(text.trimmedWhitespace.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count else { return nil }
            var value = 0
            for i in range {
                let c = scalars[i]
                guard c >= 48, c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        guard scalars.count >= 10, scalars[4] == 45, scalars[7] == 45,
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            (1...12).contains(month), day >= 1, day <= ContentDate.daysIn(month: month, year: year)
        else { return nil }
        var hour = 0, minute = 0, second = 0
        var offset: Int?
        var hasTime = false
        if scalars.count > 10 {
            guard scalars[10] == 84 || scalars[10] == 32 || scalars[10] == 116, scalars.count >= 16, scalars[13] == 58,
                let h = number(11..<13), let m = number(14..<16), h < 24, m < 60
            else { return nil }
            hour = h
            minute = m
            hasTime = true
            var i = 16
            if i < scalars.count, scalars[i] == 58 {
                guard let s = number(17..<19), s < 61 else { return nil }
                second = min(s, 59)
                i = 19
                if i < scalars.count, scalars[i] == 46 {
                    i += 1
                    while i < scalars.count, scalars[i] >= 48, scalars[i] <= 57 { i += 1 }
                }
            }
            if i < scalars.count, scalars[i] == 32 { i += 1 }
            if i < scalars.count {
                if scalars[i] == 90 || scalars[i] == 122 {
                    offset = 0
                    i += 1
                } else if scalars[i] == 43 || scalars[i] == 45 {
                    let sign = scalars[i] == 45 ? -1 : 1
                    guard let oh = number(i + 1..<i + 3) else { return nil }
                    var om = 0
                    var end = i + 3
                    if end < scalars.count, scalars[end] == 58 {
                        guard let value = number(end + 1..<end + 3) else { return nil }
                        om = value
                        end += 3
                    } else if let value = number(end..<end + 2) {
                        om = value
                        end += 2
                    }
                    offset = sign * (oh * 3600 + om * 60)
                    i = end
                }
                guard i == scalars.count else { return nil }
            }
        }
        self.init(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, utcOffset: offset,
            hasTime: hasTime)
    }

    /// Creates a date from its parts.
    public init(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, utcOffset: Int? = nil,
        hasTime: Bool = false
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffset = utcOffset
        self.hasTime = hasTime
    }

    /// The point in time, for ordering, feeds and draft/future checks.
    public var instant: Date {
        let days = ContentDate.daysFromEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - (utcOffset ?? 0)
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// `2024-03-01`, for `<time datetime>` and archive keys.
    public var isoDay: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// RFC 3339 timestamp for Atom and JSON Feed: the written time and offset, or midnight UTC.
    public var rfc3339: String {
        let time = "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        return "\(isoDay)T\(time)\(ContentDate.offsetText(utcOffset ?? 0, rfc822: false))"
    }

    /// RFC 822 timestamp for RSS 2.0, e.g. `Fri, 01 Mar 2024 00:00:00 +0000`.
    public var rfc822: String {
        let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
        let days = ContentDate.daysFromEpoch(year: year, month: month, day: day)
        let weekday = weekdays[((days % 7) + 7) % 7]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let time = "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        return "\(weekday), \(pad(day, 2)) \(months[month - 1]) \(year) \(time) "
            + ContentDate.offsetText(utcOffset ?? 0, rfc822: true)
    }

    public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool {
        lhs.instant < rhs.instant
    }

    /// The UTC calendar day of an instant (used for "now" given by a clock).
    public init(_ date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let (y, m, d) = ContentDate.civil(fromDays: days)
        let rest = seconds - days * 86_400
        self.init(
            year: y, month: m, day: d, hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60,
            utcOffset: 0, hasTime: true)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func offsetText(_ offset: Int, rfc822: Bool) -> String {
        if offset == 0 && !rfc822 { return "Z" }
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        let hours = pad(magnitude / 3600, 2), minutes = pad(magnitude % 3600 / 60, 2)
        return rfc822 ? "\(sign)\(hours)\(minutes)" : "\(sign)\(hours):\(minutes)"
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
