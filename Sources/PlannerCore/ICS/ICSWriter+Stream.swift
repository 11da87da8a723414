import Foundation

/// Writing a calendar piece by piece (`export` of 100,000 events without holding the whole
/// text, or every event, in memory): the header with the VTIMEZONEs, then the events in
/// batches already sorted by (start, uid), then the footer. `write` is these three at once.
extension ICSWriter {
    /// The earliest local year of timed events per zone, which each VTIMEZONE starts from.
    public static func zoneYears(_ events: [Event]) -> [String: Int] {
        var zones: [String: Int] = [:]
        for e in events where e.timeZone != "UTC" && !e.allDay {
            let y = LocalDate(e.start, in: e.zone).year
            zones[e.timeZone] = min(zones[e.timeZone] ?? y, y)
        }
        return zones
    }

    public func header(zoneYears: [String: Int]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Digital113//planner//FR", "CALSCALE:GREGORIAN"]
        for (id, year) in zoneYears.sorted(by: { $0.key < $1.key }) {
            if let z = TimeZone(identifier: id) { lines += ICSTimeZones.vtimezone(z, year: year) }
        }
        return ICSWriter.text(lines)
    }

    /// Events (sorted by start, then uid) with their overrides.
    public func body(_ sorted: [Event]) -> String {
        var out = ""
        for e in sorted {
            var lines = vevent(e)
            for ov in e.overrides { lines += override(ov, of: e) }
            out += ICSWriter.text(lines)
        }
        return out
    }

    public static let footer = "END:VCALENDAR\r\n"

    static func text(_ lines: [String]) -> String {
        var out = ""
        for line in lines {
            if line.utf8.count <= 75 {
                out += line
                out += "\r\n"
            } else {
                for part in fold(line) { out += part; out += "\r\n" }
            }
        }
        return out
    }
}
