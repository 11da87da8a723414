import Foundation

/// Writes events as RFC 5545 text: CRLF lines folded at 75 octets (never inside a UTF-8
/// character), a VTIMEZONE for every zone used, local times with TZID, and the planner's own
/// fields as `X-PLANNER-*` properties next to the standard ones other programs show
/// (LOCATION with the city names, CATEGORIES with the kind). Output is deterministic, so
/// export → import → export is byte-identical.
public struct ICSWriter {
    public var cityName: (String) -> String
    /// People by id, so their names travel with the file (`X-PLANNER-PERSON`).
    public var person: (String) -> Person?

    public init(cityName: @escaping (String) -> String, person: @escaping (String) -> Person? = { _ in nil }) {
        self.cityName = cityName
        self.person = person
    }

    public func write(_ events: [Event]) -> String {
        let sorted = events.sorted { ($0.start, $0.uid) < ($1.start, $1.uid) }
        return header(zoneYears: ICSWriter.zoneYears(sorted)) + body(sorted) + ICSWriter.footer
    }

    /// `DTSTART;TZID=Europe/Paris:20261203T090000`, `DTSTART;VALUE=DATE:20261203` or UTC.
    func dateProperty(_ name: String, _ instant: Date, of e: Event) -> String {
        if e.allDay { return "\(name);VALUE=DATE:" + ICSValues.format(LocalDate(instant, in: e.zone)) }
        if e.timeZone == "UTC" { return "\(name):" + ICSValues.utc(instant) }
        return "\(name);TZID=\(e.timeZone):" + ICSValues.format(LocalDateTime(instant, in: e.zone))
    }

    func dateList(_ name: String, _ instants: [Date], of e: Event) -> [String] {
        instants.map { dateProperty(name, $0, of: e) }
    }

    func vevent(_ e: Event) -> [String] {
        var l = ["BEGIN:VEVENT", "UID:\(e.uid)", "DTSTAMP:" + ICSValues.utc(e.lastModified), "CREATED:" + ICSValues.utc(e.created),
                 "LAST-MODIFIED:" + ICSValues.utc(e.lastModified), "SEQUENCE:\(e.sequence)",
                 dateProperty("DTSTART", e.start, of: e), dateProperty("DTEND", e.end, of: e),
                 "SUMMARY:" + ICSValues.escape(e.title)]
        if !e.description.isEmpty { l.append("DESCRIPTION:" + ICSValues.escape(e.description)) }
        // LOCATION and CATEGORIES read from another program are written back as they were,
        // in their usual place, and named in X-PLANNER-VERBATIM so that a re-import keeps them.
        let foreignLocation = e.extraProperties.first { ICSWriter.isProperty($0, "LOCATION") }
        let foreignCategories = e.extraProperties.filter { ICSWriter.isProperty($0, "CATEGORIES") }
        l.append(foreignLocation?.removingControlCharacters ?? "LOCATION:" + ICSValues.escape(e.cities.map(cityName).joined(separator: ", ")))
        l += foreignCategories.isEmpty ? ["CATEGORIES:" + ICSValues.escape(e.kind.rawValue)] : foreignCategories.map(\.removingControlCharacters)
        if let r = e.rrule { l.append("RRULE:" + ICSWriter.rule(r, of: e)) }
        l += dateList("EXDATE", e.exdates, of: e)
        l += dateList("RDATE", e.rdates, of: e)
        l += [PlannerProperty.cities.line(e.cities.joined(separator: ",")), PlannerProperty.office.line(e.office.rawValue),
              PlannerProperty.kind.line(e.kind.rawValue), PlannerProperty.audience.line(e.audience.rawValue)]
        if let s = e.series { l.append(PlannerProperty.series.line(s)) }
        if !e.people.isEmpty { l.append(PlannerProperty.people.line(e.people.joined(separator: ","))) }
        for id in e.people {
            if let p = person(id) { l.append(PlannerProperty.person.line([p.id, p.name, p.home].map(ICSValues.escape).joined(separator: ","))) }
        }
        if e.big { l.append(PlannerProperty.big.line("TRUE")) }
        if case .unplaced(let candidates, let earliest, let latest, let days) = e.placement {
            // Not on the calendar yet: other programs show it as tentative, at its window start.
            l.append("STATUS:TENTATIVE")
            l.append(PlannerProperty.placement.line("unplaced;candidates=\(candidates.joined(separator: ","));window=\(earliest)/\(latest);days=\(days)"))
        }
        // Verbatim lines from an import; nested components (VALARM) go last, as RFC 5545 wants.
        let verbatim = (foreignLocation == nil ? [] : ["LOCATION"]) + (foreignCategories.isEmpty ? [] : ["CATEGORIES"])
        if !verbatim.isEmpty { l.append(PlannerProperty.verbatim.line(verbatim.joined(separator: ","))) }
        let (props, components) = ICSWriter.splitExtra(e.extraProperties.filter {
            !ICSWriter.isProperty($0, "LOCATION") && !ICSWriter.isProperty($0, "CATEGORIES")
        }.map(\.removingControlCharacters))
        l += props
        l += components
        l.append("END:VEVENT")
        return l
    }

    func override(_ ov: OccurrenceOverride, of e: Event) -> [String] {
        // An occurrence changed to all-day (or back) is written with its own value type.
        var own = e
        own.allDay = ov.allDay ?? e.allDay
        var l = ["BEGIN:VEVENT", "UID:\(e.uid)", "DTSTAMP:" + ICSValues.utc(e.lastModified), "SEQUENCE:\(ov.sequence)",
                 dateProperty("RECURRENCE-ID", ov.recurrenceId, of: e), dateProperty("DTSTART", ov.start, of: own),
                 dateProperty("DTEND", ov.end, of: own), "SUMMARY:" + ICSValues.escape(ov.title ?? e.title)]
        let d = ov.description ?? e.description
        if !d.isEmpty { l.append("DESCRIPTION:" + ICSValues.escape(d)) }
        let cities = ov.cities ?? e.cities
        l.append("LOCATION:" + ICSValues.escape(cities.map(cityName).joined(separator: ", ")))
        if ov.cancelled { l.append("STATUS:CANCELLED") }
        l += [PlannerProperty.cities.line(cities.joined(separator: ",")), PlannerProperty.office.line(e.office.rawValue),
              PlannerProperty.kind.line(e.kind.rawValue)]
        let people = ov.people ?? e.people
        if !people.isEmpty { l.append(PlannerProperty.people.line(people.joined(separator: ","))) }
        l.append("END:VEVENT")
        return l
    }

    /// Whether a content line is the property `name` (`LOCATION:…` or `LOCATION;…`).
    static func isProperty(_ line: String, _ name: String) -> Bool {
        line.hasPrefix(name + ":") || line.hasPrefix(name + ";")
    }

    static func splitExtra(_ lines: [String]) -> ([String], [String]) {
        var props: [String] = [], components: [String] = []
        var depth = 0
        for line in lines {
            if line.uppercased().hasPrefix("BEGIN:") { depth += 1 }
            if depth > 0 { components.append(line) } else { props.append(line) }
            if line.uppercased().hasPrefix("END:") { depth = max(0, depth - 1) }
        }
        return (props, components)
    }

    /// Folds a content line at 75 octets; continuation lines start with one space, which
    /// counts toward their 75. A UTF-8 character is never split.
    public static func fold(_ line: String) -> [String] {
        guard line.utf8.count > 75 else { return [line] }
        let bytes = Array(line.utf8)
        var out: [String] = []
        var i = 0
        var limit = 75
        while i < bytes.count {
            var j = min(bytes.count, i + limit)
            // Back off to a character boundary: continuation bytes are 10xxxxxx.
            while j < bytes.count && j > i && (bytes[j] & 0xC0) == 0x80 { j -= 1 }
            let chunk = String(decoding: bytes[i..<j], as: UTF8.self)
            out.append(out.isEmpty ? chunk : " " + chunk)
            i = j
            limit = 74
        }
        return out
    }

    /// The rule with UNTIL of the same value type as DTSTART, as RFC 5545 requires (calcurse
    /// refuses anything else): a DATE for all-day events; for timed ones a UTC time, the end
    /// of the UNTIL day in the event's zone when the rule was typed with a date, so that the
    /// same occurrences are listed.
    static func rule(_ text: String, of e: Event) -> String {
        // Only a rule with UNTIL can change: the others are not parsed.
        guard text.uppercased().contains("UNTIL"),
              var r = try? RecurrenceRule(parsing: text), let until = r.until else { return text }
        let zone = e.zone
        switch (until, e.allDay) {
        case (.utc(let t), true): r.until = .date(LocalDate(t, in: zone))
        case (.floating(let t), true): r.until = .date(t.date)
        case (.date(let d), false):
            r.until = .utc(d.adding(days: 1).startInstant(in: zone).addingTimeInterval(-1))
        case (.floating(let t), false): r.until = .utc(t.instant(in: zone))
        default: return text
        }
        return r.rfc5545
    }
}
