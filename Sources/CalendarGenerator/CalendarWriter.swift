// Writes generated items as RFC 5545 text: one calendar file, or one file per event (a vdir,
// the way khal stores calendars). Lines are folded at 75 octets without splitting a UTF-8
// character; times are local with TZID=Europe/Paris and a VTIMEZONE.
import Foundation

extension CalendarGenerator {
    static let vtimezone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19810329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19961027T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    /// The whole calendar as one iCalendar text.
    public func ics() -> String {
        var out = ""
        out.reserveCapacity(count * 700)
        header(&out)
        for item in items() { vevent(item, into: &out) }
        out += "END:VCALENDAR\r\n"
        return out
    }

    /// Writes one `.ics` file per event into `folder` (created if needed).
    public func writeVdir(_ folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (i, item) in items().enumerated() {
            var out = ""
            header(&out)
            vevent(item, into: &out)
            out += "END:VCALENDAR\r\n"
            try Data(out.utf8).write(to: URL(fileURLWithPath: "\(folder)/event-\(i).ics"))
        }
    }

    func header(_ out: inout String) {
        out += "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Digital113//planner benchmark generator//FR\r\n"
        for line in Self.vtimezone { out += line + "\r\n" }
    }

    func vevent(_ item: Item, into out: inout String) {
        func line(_ s: String) { for part in fold(s) { out += part + "\r\n" } }
        line("BEGIN:VEVENT")
        line("UID:\(item.uid)")
        line("DTSTAMP:20250101T000000Z")
        line("LAST-MODIFIED:20250101T000000Z")
        if item.allDay {
            line("DTSTART;VALUE=DATE:\(item.start.compact)")
            line("DTEND;VALUE=DATE:\(Day(number: item.start.number + item.length).compact)")
        } else {
            line("DTSTART;TZID=Europe/Paris:\(localTime(item.start, item.minute))")
            line("DTEND;TZID=Europe/Paris:\(localTime(item.start, item.minute + item.length))")
        }
        line("SUMMARY:\(escape(item.title))")
        line("LOCATION:\(escape(item.location))")
        line("DESCRIPTION:\(escape(item.description))")
        if let rule = item.rule {
            var r: String
            switch rule {
            case .weekly(let interval, let days): r = "FREQ=WEEKLY;INTERVAL=\(interval);BYDAY=" + days.map { Self.dayNames[$0] }.joined(separator: ",")
            case .daily(let interval): r = "FREQ=DAILY;INTERVAL=\(interval)"
            case .monthlyDay(let d): r = "FREQ=MONTHLY;BYMONTHDAY=\(d)"
            case .monthlyNth(let n, let wd): r = "FREQ=MONTHLY;BYDAY=\(n)\(Self.dayNames[wd])"
            case .yearly: r = "FREQ=YEARLY"
            }
            switch item.end {
            case .never: break
            case .count(let c): r += ";COUNT=\(c)"
            case .until(let d): r += item.allDay ? ";UNTIL=\(d.compact)" : ";UNTIL=\(utcEndOfDay(d))"
            }
            line("RRULE:\(r)")
            if let x = item.exdate {
                line(item.allDay ? "EXDATE;VALUE=DATE:\(x.compact)" : "EXDATE;TZID=Europe/Paris:\(localTime(x, item.minute))")
            }
        }
        line("END:VEVENT")
    }

    static let dayNames = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    func localTime(_ d: Day, _ minutes: Int) -> String {
        String(format: "%@T%02d%02d00", d.compact, minutes / 60, minutes % 60)
    }

    /// 23:59:59 Paris time on day `d`, in UTC (UNTIL must be UTC with a zoned DTSTART).
    func utcEndOfDay(_ d: Day) -> String {
        let paris = TimeZone(identifier: "Europe/Paris")!
        let local = Double(d.number * 86400 + 86399)
        let offset = Double(paris.secondsFromGMT(for: Date(timeIntervalSince1970: local - 7200)))
        let utc = Date(timeIntervalSince1970: local - offset)
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return f.string(from: utc)
    }

    func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Content lines folded at 75 octets, never inside a UTF-8 character.
    func fold(_ s: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var octets = 0
        for ch in s {
            let n = String(ch).utf8.count
            if octets + n > (parts.isEmpty ? 75 : 74) {
                parts.append(current)
                current = ""
                octets = 0
            }
            current.append(ch)
            octets += n
        }
        parts.append(current)
        return parts.enumerated().map { $0.offset == 0 ? $0.element : " " + $0.element }
    }
}
