import Foundation

/// Turns the TZIDs found in calendars into zones: IANA names (also behind the prefixes some
/// programs add), Windows names as Outlook writes them, and otherwise the file's own
/// VTIMEZONE, matched against known zones by its offsets.
public enum ICSTimeZones {
    /// Windows zone names (CLDR windowsZones, territory 001) for the zones our users meet.
    static let windows: [String: String] = [
        "Romance Standard Time": "Europe/Paris",
        "W. Europe Standard Time": "Europe/Berlin",
        "Central Europe Standard Time": "Europe/Budapest",
        "Central European Standard Time": "Europe/Warsaw",
        "GMT Standard Time": "Europe/London",
        "Greenwich Standard Time": "Atlantic/Reykjavik",
        "E. Europe Standard Time": "Europe/Chisinau",
        "FLE Standard Time": "Europe/Kiev",
        "GTB Standard Time": "Europe/Bucharest",
        "Russian Standard Time": "Europe/Moscow",
        "Morocco Standard Time": "Africa/Casablanca",
        "W. Central Africa Standard Time": "Africa/Lagos",
        "South Africa Standard Time": "Africa/Johannesburg",
        "Eastern Standard Time": "America/New_York",
        "Central Standard Time": "America/Chicago",
        "Mountain Standard Time": "America/Denver",
        "Pacific Standard Time": "America/Los_Angeles",
        "Atlantic Standard Time": "America/Halifax",
        "E. South America Standard Time": "America/Sao_Paulo",
        "Canada Central Standard Time": "America/Regina",
        "US Mountain Standard Time": "America/Phoenix",
        "Hawaiian Standard Time": "Pacific/Honolulu",
        "Tokyo Standard Time": "Asia/Tokyo",
        "China Standard Time": "Asia/Shanghai",
        "India Standard Time": "Asia/Kolkata",
        "Singapore Standard Time": "Asia/Singapore",
        "Arabian Standard Time": "Asia/Dubai",
        "Israel Standard Time": "Asia/Jerusalem",
        "Korea Standard Time": "Asia/Seoul",
        "AUS Eastern Standard Time": "Australia/Sydney",
        "New Zealand Standard Time": "Pacific/Auckland",
        "Reunion Standard Time": "Indian/Reunion",
        "UTC": "UTC",
        "Coordinated Universal Time": "UTC",
    ]

    /// Zones tried when a file defines its own VTIMEZONE under an unknown name.
    static let candidates = ["Europe/Paris", "Europe/London", "Europe/Lisbon", "Europe/Helsinki", "Europe/Moscow",
                             "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
                             "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney", "Indian/Reunion", "UTC"]

    /// The zone for a TZID, using the file's VTIMEZONE components when the name is unknown.
    public static func zone(for tzid: String, definitions: [String: ICSComponent]) -> TimeZone? {
        let name = tzid.trimmingCharacters(in: .whitespaces)
        if let z = TimeZone(identifier: name), name.contains("/") || name == "UTC" || name == "GMT" { return z }
        if let mapped = windows[name], let z = TimeZone(identifier: mapped) { return z }
        // `/mozilla.org/20050126_1/Europe/Paris`, `/freeassociation.sourceforge.net/Tzfile/Europe/Paris`.
        let parts = name.split(separator: "/").map(String.init)
        for k in [3, 2] where parts.count >= k {
            if let z = TimeZone(identifier: parts.suffix(k).joined(separator: "/")) { return z }
        }
        if let def = definitions[name] { return fromDefinition(def) }
        return nil
    }

    /// Matches a VTIMEZONE's STANDARD/DAYLIGHT offsets (and the months of their changes)
    /// against known zones; falls back to its fixed standard offset.
    static func fromDefinition(_ c: ICSComponent) -> TimeZone? {
        var standard: Int?, daylight: Int?
        var months: [String: Int] = [:]
        for sub in c.children where sub.name == "STANDARD" || sub.name == "DAYLIGHT" {
            guard let to = sub.first("TZOFFSETTO").flatMap({ offset($0.value) }) else { continue }
            if sub.name == "STANDARD" { standard = to } else { daylight = to }
            if let start = sub.first("DTSTART").flatMap({ ICSValues.dateTime($0.value) }) { months[sub.name] = start.0.date.month }
            if let r = sub.first("RRULE")?.value, let rule = try? RecurrenceRule(parsing: r), let m = rule.byMonth.first { months[sub.name] = m }
        }
        guard let std = standard else { return nil }
        let probeWinter = LocalDate(year: 2026, month: 1, day: 15).startInstant(in: TimeZone(identifier: "UTC")!)
        let probeSummer = LocalDate(year: 2026, month: 7, day: 15).startInstant(in: TimeZone(identifier: "UTC")!)
        for id in candidates {
            guard let z = TimeZone(identifier: id) else { continue }
            let w = z.secondsFromGMT(for: probeWinter), s = z.secondsFromGMT(for: probeSummer)
            let (zStd, zDst) = (min(w, s), max(w, s))
            if let daylight {
                if zStd == std && zDst == daylight && w != s { return z }
            } else if w == s && w == std {
                return z
            }
        }
        _ = months
        return TimeZone(secondsFromGMT: std)
    }

    /// `+0100`, `-0500`, `+053000`.
    static func offset(_ s: String) -> Int? {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard t.count == 5 || t.count == 7, let sign = t.first, sign == "+" || sign == "-" else { return nil }
        let digits = Array(t.dropFirst())
        guard digits.allSatisfy(\.isNumber), let h = Int(String(digits[0...1])), let m = Int(String(digits[2...3])) else { return nil }
        let sec = digits.count == 6 ? Int(String(digits[4...5])) ?? 0 : 0
        return (sign == "-" ? -1 : 1) * (h * 3600 + m * 60 + sec)
    }

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
