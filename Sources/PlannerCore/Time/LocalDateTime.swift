import Foundation

/// A wall-clock date and time with no zone ("09:00 on 3 December"), the unit in which
/// recurrences are expanded before being pinned to a zone.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var date: LocalDate
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(date: LocalDate, hour: Int, minute: Int, second: Int = 0) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Seconds since 1970-01-01T00:00 of this wall-clock reading (as if it were UTC).
    public var secondsSinceEpoch: Int {
        date.dayNumber * 86400 + hour * 3600 + minute * 60 + second
    }

    public init(secondsSinceEpoch s: Int) {
        let days = s >= 0 ? s / 86400 : (s - 86399) / 86400
        let rest = s - days * 86400
        self.init(date: LocalDate(dayNumber: days), hour: rest / 3600, minute: (rest % 3600) / 60, second: rest % 60)
    }

    /// The wall-clock reading of `instant` in `zone` (offsets from the zone's table).
    public init(_ instant: Date, in zone: TimeZone) {
        let t = Int(floor(instant.timeIntervalSince1970))
        self.init(secondsSinceEpoch: t + ZoneOffsets.of(zone).secondsFromGMT(at: t))
    }

    /// The instant this wall-clock reading denotes in `zone`. A time that does not exist
    /// (spring-forward gap) is moved forward by the gap's length, as RFC 5545 §3.3.5 says;
    /// an ambiguous one (autumn fold) is the first of the two instants.
    public func instant(in zone: TimeZone) -> Date {
        let local = secondsSinceEpoch
        let table = ZoneOffsets.of(zone)
        // Offsets that could apply around this reading: the one a day before and after.
        let a = table.secondsFromGMT(at: local - 86400), b = table.secondsFromGMT(at: local),
            c = table.secondsFromGMT(at: local + 86400)
        var first: Int?
        for off in [a, b, c] where table.secondsFromGMT(at: local - off) == off {
            first = min(first ?? Int.max, local - off)
        }
        if let first { return Date(timeIntervalSince1970: TimeInterval(first)) }
        // In a gap: interpret with the offset before the gap, which lands after it.
        return Date(timeIntervalSince1970: TimeInterval(local - min(a, b, c)))
    }

    /// The basic ISO 8601 form RFC 5545 writes: `20261203T090000` (`Z` appended by the
    /// caller for UTC); the ICS writer and RRULE's UNTIL both use it.
    public var basicFormat: String {
        if let text = Digits.dateTime(self, dateSeparator: "", timeSeparator: "") { return text }
        return date.description.replacingOccurrences(of: "-", with: "") + String(format: "T%02d%02d%02d", hour, minute, second)
    }

    public var description: String {
        Digits.dateTime(self, dateSeparator: "-", timeSeparator: ":")
            ?? date.description + "T" + (Digits.twoDigits([hour, minute, second], separator: ":")
                ?? String(format: "%02d:%02d:%02d", hour, minute, second))
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        a.secondsSinceEpoch < b.secondsSinceEpoch
    }
}
