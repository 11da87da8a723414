import Foundation

/// An ISO 8601 week (`2026-W53`): weeks start on Monday, week 1 holds the year's first Thursday.
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var week: Int

    public init(year: Int, week: Int) {
        self.year = year
        self.week = week
    }

    public init(containing date: LocalDate) {
        let thursday = date.adding(days: 4 - date.weekday)
        year = thursday.year
        week = (thursday.ordinal - 1) / 7 + 1
    }

    /// Number of ISO weeks in a year (52 or 53).
    public static func weeksIn(year: Int) -> Int {
        ISOWeek(containing: LocalDate(year: year, month: 12, day: 28)).week
    }

    /// Parses `2026-W49` (or `2026W49`); nil when the week does not exist in that year.
    public init?(iso text: String) {
        let t = text.uppercased().replacingOccurrences(of: "-", with: "")
        guard t.count == 7, t.dropFirst(4).first == "W",
              let y = Int(t.prefix(4)), let w = Int(t.suffix(2)),
              w >= 1, w <= ISOWeek.weeksIn(year: y) else { return nil }
        self.init(year: y, week: w)
    }

    public var monday: LocalDate {
        let jan4 = LocalDate(year: year, month: 1, day: 4)
        return jan4.mondayOfWeek.adding(days: (week - 1) * 7)
    }

    public var sunday: LocalDate { monday.adding(days: 6) }

    public var days: [LocalDate] { (0..<7).map { monday.adding(days: $0) } }

    public var description: String { String(format: "%04d-W%02d", year, week) }

    public static func < (a: ISOWeek, b: ISOWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }
}
