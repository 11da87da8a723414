import Foundation

/// The VTIMEZONE the writer puts before events in a zone: its transitions around a year as
/// yearly rules, so that other programs read local times without knowing the IANA name.
extension ICSTimeZones {
    /// A VTIMEZONE for `zone`, written from its transitions around `year` so other programs
    /// can read local times without knowing the IANA name.
    public static func vtimezone(_ zone: TimeZone, year: Int) -> [String] {
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(zone.identifier)"]
        let jan = LocalDate(year: year, month: 1, day: 1).startInstant(in: TimeZone(identifier: "UTC")!)
        var transitions: [Date] = []
        var cursor = jan
        while transitions.count < 2, let next = zone.nextDaylightSavingTimeTransition(after: cursor),
              next < LocalDate(year: year + 1, month: 1, day: 1).startInstant(in: TimeZone(identifier: "UTC")!) {
            transitions.append(next)
            cursor = next
        }
        func fmt(_ s: Int) -> String {
            let a = abs(s)
            return String(format: "%@%02d%02d", s < 0 ? "-" : "+", a / 3600, (a % 3600) / 60)
        }
        if transitions.count == 2 {
            for t in transitions {
                let before = zone.secondsFromGMT(for: t.addingTimeInterval(-1)), after = zone.secondsFromGMT(for: t)
                let local = LocalDateTime(secondsSinceEpoch: Int(t.timeIntervalSince1970) + before)
                let d = local.date
                let last = LocalDate.daysIn(month: d.month, year: d.year) - d.day < 7
                let ordinal = last ? "-1" : String((d.day - 1) / 7 + 1)
                let kind = after > before ? "DAYLIGHT" : "STANDARD"
                let first = LocalDateTime(date: firstWeekdayInstance(year: 1970, month: d.month, weekday: d.weekday, ordinal: last ? -1 : (d.day - 1) / 7 + 1),
                                          hour: local.hour, minute: local.minute, second: local.second)
                lines += ["BEGIN:\(kind)", "DTSTART:\(ICSValues.format(first))",
                          "RRULE:FREQ=YEARLY;BYMONTH=\(d.month);BYDAY=\(ordinal)\(RecurrenceRule.dayCodes[d.weekday - 1])"]
                lines += tzname(zone, t)
                lines += ["TZOFFSETFROM:\(fmt(before))", "TZOFFSETTO:\(fmt(after))", "END:\(kind)"]
            }
        } else {
            let off = zone.secondsFromGMT(for: jan)
            lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000"] + tzname(zone, jan)
                + ["TZOFFSETFROM:\(fmt(off))", "TZOFFSETTO:\(fmt(off))", "END:STANDARD"]
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    /// TZNAME when the system knows a real abbreviation (`CET`), not a made-up `GMT+1`.
    static func tzname(_ zone: TimeZone, _ at: Date) -> [String] {
        guard let a = zone.abbreviation(for: at), !a.hasPrefix("GMT"), !a.hasPrefix("UTC") || zone.identifier == "UTC" else { return [] }
        return ["TZNAME:\(a)"]
    }

    static func firstWeekdayInstance(year: Int, month: Int, weekday: Int, ordinal: Int) -> LocalDate {
        if ordinal > 0 {
            let first = LocalDate(year: year, month: month, day: 1)
            return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (ordinal - 1))
        }
        let last = LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))
        return last.adding(days: -((last.weekday - weekday + 7) % 7))
    }
}
