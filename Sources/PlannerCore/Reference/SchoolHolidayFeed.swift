import Foundation

/// Reads the ministry of Education's iCalendar feed of school holidays (the "Zone-C.ics"
/// published with the school calendar): each VEVENT is a period, DTSTART its first day off,
/// DTEND the day classes resume, SUMMARY its name ("Vacances de Noël - Zone C"). Events that
/// are not holidays ("Rentrée scolaire des élèves") and other zones are left out. A summer
/// start given without DTEND lasts until the end of August.
public enum SchoolHolidayFeed {
    public struct Result: Sendable, Equatable {
        public var periods: [SchoolHoliday]
        /// Periods of other zones, left out.
        public var otherZones: Int
    }

    public static func parse(_ data: Data, file: String, zone: String = SchoolHolidays.zone, lang: Language) throws -> Result {
        let calendars: [ICSComponent]
        do { calendars = try ICSParser.parse(data) } catch { throw error.plannerError(file: file) }
        var periods: [SchoolHoliday] = []
        var others = 0
        let c = Catalogue.Cluster.self
        for event in calendars.flatMap(\.children) where event.name == "VEVENT" {
            guard let summary = event.first("SUMMARY").map({ ICSValues.unescape($0.value).trimmingCharacters(in: .whitespaces) }),
                  !summary.isEmpty else {
                throw PlannerError.invalidFile(file: file, line: event.line, reason: c.feedMissing("SUMMARY")(lang))
            }
            let folded = summary.foldedForSearch
            if folded.hasPrefix("rentree") || folded.hasPrefix("debut de l'annee") { continue }
            var name = summary, eventZone = zone
            if let r = summary.range(of: #"\s*[-–]\s*zones?\s+([A-Za-z, ]+)$"#, options: [.regularExpression, .caseInsensitive]) {
                let zones = summary[r].split(whereSeparator: { !$0.isLetter }).dropFirst().map { $0.uppercased() }
                name = String(summary[..<r.lowerBound])
                if !zones.contains(zone.uppercased()) { others += 1; continue }
                eventZone = zone
            } else if let loc = event.first("LOCATION")?.value, loc.lowercased().hasPrefix("zone"), !loc.uppercased().hasSuffix(zone.uppercased()) {
                others += 1
                continue
            }
            guard let startProp = event.first("DTSTART") else {
                throw PlannerError.invalidFile(file: file, line: event.line, reason: c.feedMissing("DTSTART")(lang))
            }
            guard let first = day(startProp.value) else {
                throw PlannerError.invalidFile(file: file, line: startProp.line, reason: c.feedBadDate(startProp.value)(lang))
            }
            var resume: LocalDate
            if let endProp = event.first("DTEND") {
                guard let d = day(endProp.value) else {
                    throw PlannerError.invalidFile(file: file, line: endProp.line, reason: c.feedBadDate(endProp.value)(lang))
                }
                resume = d
            } else if folded.contains("ete") {
                resume = LocalDate(year: first.year, month: 9, day: 1)
            } else {
                resume = first.adding(days: 1)
            }
            if resume <= first {
                throw PlannerError.invalidFile(file: file, line: startProp.line, reason: c.feedEndBeforeStart(lang))
            }
            periods.append(SchoolHoliday(first: first, resume: resume, name: name, zone: eventZone))
        }
        if periods.isEmpty && others == 0 {
            throw PlannerError.invalidFile(file: file, line: calendars.first?.line ?? 1, reason: c.feedEmpty(lang))
        }
        return Result(periods: periods.sorted { $0.first < $1.first }, otherZones: others)
    }

    /// `20261219`, `20261219T000000`, `20261219T000000Z`: the date part.
    static func day(_ value: String) -> LocalDate? {
        let v = value.trimmingCharacters(in: .whitespaces)
        guard v.count >= 8 else { return nil }
        return ICSValues.date(String(v.prefix(8)))
    }
}
