import Foundation

/// The years the planner computes with: 1900 to 2200. Every date read from a file, typed by
/// a user or computed (an end, a recurrence) is checked against them, so that no arithmetic
/// can overflow and nothing stored is out of reach of export and import.
public enum SupportedDates {
    public static let years: ClosedRange<Int> = 1900...2200
    /// First instant supported: 1900-01-01T00:00Z minus a day (zones east of UTC).
    public static let earliest = Date(timeIntervalSince1970: TimeInterval(LocalDate(year: 1900, month: 1, day: 1).dayNumber * 86400 - 86400))
    /// Last instant supported: 2200-12-31T24:00Z plus a day (zones west of UTC).
    public static let latest = Date(timeIntervalSince1970: TimeInterval(LocalDate(year: 2201, month: 1, day: 1).dayNumber * 86400 + 86400))

    public static func contains(_ d: LocalDate) -> Bool { years.contains(d.year) }
    public static func contains(_ t: LocalDateTime) -> Bool { years.contains(t.date.year) }
    public static func contains(_ instant: Date) -> Bool {
        instant.timeIntervalSince1970.isFinite && instant >= earliest && instant <= latest
    }

    /// `start + seconds` when both stay within the supported range, else nil (never a trap).
    public static func adding(_ seconds: Int, to start: Int) -> Int? {
        let (sum, overflow) = start.addingReportingOverflow(seconds)
        guard !overflow, abs(sum) < 8_000_000_000 else { return nil }
        return sum
    }
}
