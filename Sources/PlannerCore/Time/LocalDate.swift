// PlannerCore: the domain of the Digital113 planner (offices, cities, events held in one or
// more cities, series, people, recurrence, time zones), its SQLite store, calendar formats,
// conflict rules and the scheduler. It knows nothing of terminals: the executable draws it.
import Foundation

/// A calendar day with no time and no zone (proleptic Gregorian), as users type and read it.
/// Arithmetic goes through a day number (days since 1970-01-01), so it is exact and O(1).
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// A valid date or nil (`2026-02-30` is nil, never clamped).
    public static func valid(year: Int, month: Int, day: Int) -> LocalDate? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD` (or `YYYYMMDD`); nil for anything else or an impossible date.
    public init?(iso text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts: [Substring]
        if t.count == 8, t.allSatisfy(\.isASCII), t.allSatisfy(\.isNumber) {
            parts = [t.prefix(4), t.dropFirst(4).prefix(2), t.suffix(2)]
        } else {
            parts = t.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 else { return nil }
        }
        guard parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              let date = LocalDate.valid(year: y, month: m, day: d) else { return nil }
        self = date
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeap(year) ? 29 : 28
        default: return 0
        }
    }

    public static func daysIn(year: Int) -> Int { isLeap(year) ? 366 : 365 }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's days_from_civil.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// Day of the year, 1-based.
    public var ordinal: Int { dayNumber - LocalDate(year: year, month: 1, day: 1).dayNumber + 1 }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// Adds months, clamping the day to the month's length (for navigation, not recurrence).
    public func adding(months: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return LocalDate(year: y, month: m, day: min(day, LocalDate.daysIn(month: m, year: y)))
    }

    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    public var firstOfMonth: LocalDate { LocalDate(year: year, month: month, day: 1) }

    /// The Monday of this date's ISO week.
    public var mondayOfWeek: LocalDate { adding(days: 1 - weekday) }

    public var isoWeek: ISOWeek { ISOWeek(containing: self) }

    public var description: String {
        Digits.date(year, month, day, separator: "-") ?? String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    // MARK: Zones

    /// The instant of local midnight starting this day in `zone` (or the first instant of the
    /// day when midnight falls in a DST gap).
    public func startInstant(in zone: TimeZone) -> Date {
        LocalDateTime(date: self, hour: 0, minute: 0, second: 0).instant(in: zone)
    }

    /// The local calendar day of an instant in a zone.
    public init(_ instant: Date, in zone: TimeZone) {
        self = LocalDateTime(instant, in: zone).date
    }
}

extension LocalDate {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let d = LocalDate(iso: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "invalid date \(s)")
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
