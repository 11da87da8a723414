import Foundation

/// The VEVENT mapping: dates and zones, length, texts, rules and exceptions. A problem that
/// leaves the event unreadable (no start, a date outside 1900–2200, a rule with no clear
/// intent) throws and the walk skips that event; anything else is repaired and reported.
final class EventReader {
    let context: ICSImporter.Context
    let diagnostics: ICSDiagnostics
    /// The file's VTIMEZONE components by TZID, read into `VTimeZone`s only when a TZID
    /// names no known zone (most files never need them).
    let definitions: [String: ICSComponent]
    private var parsedDefinitions: [String: VTimeZone?] = [:]
    let floatingZone: TimeZone
    private var zones: [String: ICSTimeZones.Resolved] = [:]
    private var reportedZones = Set<String>()

    init(context: ICSImporter.Context, diagnostics: ICSDiagnostics, definitions: [String: ICSComponent], floatingZone: TimeZone) {
        self.context = context
        self.diagnostics = diagnostics
        self.definitions = definitions
        self.floatingZone = floatingZone
    }

    /// What one VEVENT gives.
    struct Read {
        var event: Event
        var recurrenceId: (instant: Date, day: LocalDate, isDate: Bool, thisAndFuture: Bool)?
        var cancelled: Bool
        var people: [Person]
        /// Series for the second and later RRULE lines (same start, the first instance removed).
        var extraSeries: [Event]
    }

    /// A DATE or DATE-TIME value as an instant, with whether it is a DATE and its zone.
    struct Time {
        var instant: Date
        var dateOnly: Bool
        var zone: TimeZone
        var local: LocalDateTime
        /// The file's VTIMEZONE when `zone` only approximates it.
        var approximated: VTimeZone?
    }

    func read(_ raw: ICSComponent) throws(ICSError) -> Read {
        let c = try sanitized(raw)
        let starts = c.all("DTSTART")
        guard let dtstart = starts.first else { throw ICSError(line: c.line, .missingStart) }
        if starts.count > 1 { try diagnostics.report(starts[1].line, .duplicateStart) }
        var start = try time(dtstart)
        var end = try self.end(c, start: start)
        if end < start.instant {
            // DTEND before DTSTART: the two were swapped (what other readers show).
            let written = start
            start.instant = end
            start.local = LocalDateTime(end, in: start.zone)
            end = written.instant
        }
        let text = { (name: String) in c.first(name).map { ICSValues.unescape($0.value) } }
        let uid = c.first("UID")?.value.trimmedWhitespace.nilIfEmpty ?? ICSImporter.derivedUID(c)
        var event = Event(uid: uid, title: text("SUMMARY") ?? "", description: text("DESCRIPTION") ?? "", start: start.instant, end: end,
                          allDay: start.dateOnly, timeZone: ICSImporter.storedZoneName(start.zone), cities: [], office: context.defaultOffice)
        // An empty title stays empty: the screens show a placeholder in the reader's language.
        if event.title.trimmedWhitespace.isEmpty { event.title = "" }
        event.cities = try cities(c, location: text("LOCATION"))
        var people: [Person] = []
        try ICSImporter.readPlannerProperties(c, into: &event, people: &people, diagnostics: diagnostics, context: context)
        var extraSeries: [Event] = []
        let rules = try ICSImporter.rules(c, diagnostics: diagnostics, validate: context.validateRule)
        if let first = rules.first {
            event.rrule = first.text
            // A start in the spring-forward gap moves only that instance (RFC 5545 §3.3.5):
            // later ones keep the wall-clock time written, so it is made explicit in the rule.
            event.rrule = ICSImporter.pinningTimeOfDay(first.text, written: start.local, stored: event, dateOnly: start.dateOnly)
        }
        if !rules.isEmpty, !start.dateOnly, let dtend = c.first("DTEND"), let e = try? time(dtend), e.zone == start.zone,
           LocalDateTime(start.instant, in: start.zone) != start.local {
            // A start in the gap: later occurrences last what the wall clock says (DTEND −
            // DTSTART as written); the first keeps its written end.
            let wall = TimeInterval(e.local.secondsSinceEpoch - start.local.secondsSinceEpoch)
            if wall >= 0, wall != event.duration {
                let firstEnd = event.end
                event.end = event.start.addingTimeInterval(wall)
                event.mergeOverride(OccurrenceOverride(recurrenceId: event.start, start: event.start, end: firstEnd))
            }
        }
        var dateExclusions: [LocalDate] = []
        for p in c.all("EXDATE") {
            for v in try times(p) {
                if v.dateOnly && !start.dateOnly { dateExclusions.append(v.local.date) } else { event.exdates.append(v.instant) }
            }
        }
        var periods: [(Date, Date)] = []
        for p in c.all("RDATE") {
            for (v, periodEnd) in try rdates(p, start: start) {
                event.rdates.append(v)
                if let periodEnd, periodEnd.timeIntervalSince(v) != event.duration { periods.append((v, periodEnd)) }
            }
        }
        event.exdates = Array(Set(event.exdates)).sorted()
        event.rdates = Array(Set(event.rdates)).sorted()
        ICSImporter.applyDateExclusions(dateExclusions, to: &event)
        // RDATE;VALUE=PERIOD with its own length: that instance lasts as the period says.
        for (s, e) in periods { event.mergeOverride(OccurrenceOverride(recurrenceId: s, start: s, end: e)) }
        for rule in rules.dropFirst() {
            if let extra = ICSImporter.companion(of: event, rule: rule.text, written: start.local) { extraSeries.append(extra) }
        }
        if let definition = start.approximated {
            // A zone of the file's own that no IANA zone matches: a finite series is listed
            // occurrence by occurrence, each converted with the file's rules.
            ICSImporter.materialize(&event, written: start.local, in: definition)
            for i in extraSeries.indices { ICSImporter.materialize(&extraSeries[i], written: definition.local(extraSeries[i].start), in: definition) }
        }
        try ICSImporter.readStamps(c, into: &event, diagnostics: diagnostics)
        event.extraProperties = ICSImporter.verbatim(c)
        var recurrenceId: Read.RecurrenceID?
        if let rid = c.first("RECURRENCE-ID") {
            let t = try time(rid)
            recurrenceId = (t.instant, t.local.date, t.dateOnly, rid.parameter("RANGE")?.uppercased() == "THISANDFUTURE")
        }
        for i in extraSeries.indices { extraSeries[i].sequence = event.sequence; extraSeries[i].lastModified = event.lastModified; extraSeries[i].created = event.created }
        return Read(event: event, recurrenceId: recurrenceId, cancelled: c.first("STATUS")?.value.uppercased() == "CANCELLED",
                    people: people, extraSeries: extraSeries)
    }

    /// Removes C0/C1 control characters (tab aside) from every value, reporting each property.
    func sanitized(_ c: ICSComponent) throws(ICSError) -> ICSComponent {
        var out = c
        for i in out.properties.indices {
            let v = out.properties[i].value
            let clean = v.removingControlCharacters
            if clean != v {
                try diagnostics.report(out.properties[i].line, .controlCharacters(out.properties[i].name))
                out.properties[i].value = clean
            }
        }
        return out
    }

    func zone(_ p: ICSProperty, year: Int) throws(ICSError) -> TimeZone {
        guard let tzid = p.parameter("TZID") else { return p.value.hasSuffix("Z") ? TimeZone(identifier: "UTC")! : floatingZone }
        return try resolved(tzid, year: year, line: p.line).zone
    }

    func resolved(_ tzid: String, year: Int, line: Int) throws(ICSError) -> ICSTimeZones.Resolved {
        let key = "\(tzid)|\(year)"
        let r = zones[key] ?? ICSTimeZones.resolve(tzid, year: year, definition: definition, fallback: floatingZone)
        zones[key] = r
        if r.unknown { try diagnostics.report(line, .unknownZone(tzid)) }
        if r.approximate && !reportedZones.contains(tzid) {
            reportedZones.insert(tzid)
            try diagnostics.report(line, .approximateZone(tzid, using: r.zone.identifier))
        }
        return r
    }

    func definition(_ tzid: String) -> VTimeZone? {
        if let done = parsedDefinitions[tzid] { return done }
        let z = definitions[tzid].flatMap(VTimeZone.init)
        parsedDefinitions[tzid] = z
        return z
    }

    /// A DATE or DATE-TIME property value.
    func time(_ p: ICSProperty, value: String? = nil) throws(ICSError) -> Time {
        let v = (value ?? p.value).trimmedWhitespace
        let isDate = p.parameter("VALUE")?.uppercased() == "DATE" || (v.count == 8 && !v.contains("T"))
        if isDate {
            guard let d = ICSValues.date(v) else { throw ICSError(line: p.line, .invalidDate(property: p.name, value: String(v.prefix(40)))) }
            guard SupportedDates.contains(d) else { throw ICSError(line: p.line, .outOfRange(property: p.name, value: v)) }
            let z = try zone(p, year: d.year)
            return Time(instant: d.startInstant(in: z), dateOnly: true, zone: z, local: LocalDateTime(date: d, hour: 0, minute: 0))
        }
        guard let (t, utc) = ICSValues.dateTime(v) else { throw ICSError(line: p.line, .invalidDate(property: p.name, value: String(v.prefix(40)))) }
        guard SupportedDates.contains(t) else { throw ICSError(line: p.line, .outOfRange(property: p.name, value: v)) }
        if utc {
            let z = TimeZone(identifier: "UTC")!
            return Time(instant: Date(timeIntervalSince1970: TimeInterval(t.secondsSinceEpoch)), dateOnly: false, zone: z, local: t)
        }
        if let tzid = p.parameter("TZID") {
            let r = try resolved(tzid, year: t.date.year, line: p.line)
            return Time(instant: r.instant(t), dateOnly: false, zone: r.zone, local: t, approximated: r.approximate ? r.definition : nil)
        }
        return Time(instant: t.instant(in: floatingZone), dateOnly: false, zone: floatingZone, local: t)
    }

    /// The values of an EXDATE/RDATE list; a bad one is reported and left out.
    func times(_ p: ICSProperty) throws(ICSError) -> [Time] {
        var out: [Time] = []
        for v in p.value.split(separator: ",") {
            do { out.append(try time(p, value: String(v))) } catch { try diagnostics.report(p.line, .invalidDate(property: p.name, value: String(v.prefix(40)))) }
        }
        return out
    }

    /// RDATE values: instants, with the period's end for `VALUE=PERIOD` (`start/end` or
    /// `start/duration`); a DATE on a timed series takes the series' time of day.
    func rdates(_ p: ICSProperty, start: Time) throws(ICSError) -> [(Date, Date?)] {
        var out: [(Date, Date?)] = []
        for v in p.value.split(separator: ",") {
            let parts = v.split(separator: "/", maxSplits: 1).map { String($0).trimmedWhitespace }
            guard let first = parts.first else { continue }
            do {
                var one = p
                if parts.count == 2 { one.parameters.removeAll { $0.0 == "VALUE" } }
                let t = try time(one, value: first)
                var instant = t.instant
                if t.dateOnly && !start.dateOnly {
                    instant = LocalDateTime(date: t.local.date, hour: start.local.hour, minute: start.local.minute, second: start.local.second)
                        .instant(in: start.zone)
                }
                var periodEnd: Date?
                if parts.count == 2 {
                    if let (days, seconds) = ICSValues.duration(parts[1]), days >= 0, seconds >= 0, days < 36_600 {
                        periodEnd = instant.addingTimeInterval(TimeInterval(days * 86400 + seconds))
                    } else {
                        let e = try time(one, value: parts[1])
                        periodEnd = e.instant >= instant ? e.instant : nil
                    }
                }
                out.append((instant, periodEnd))
            } catch {
                try diagnostics.report(p.line, .invalidDate(property: p.name, value: String(v.prefix(40))))
            }
        }
        return out
    }

    /// The end instant from DTEND or DURATION, repaired when it is before the start.
    func end(_ c: ICSComponent, start: Time) throws(ICSError) -> Date {
        let zone = start.zone
        let defaultEnd = start.dateOnly ? start.local.date.adding(days: 1).startInstant(in: zone) : start.instant
        if let dtend = c.first("DTEND") {
            let e: Time
            do { e = try time(dtend) } catch {
                if case .outOfRange? = error.problem { throw error }
                try diagnostics.report(dtend.line, .invalidDate(property: "DTEND", value: String(dtend.value.prefix(40))))
                return defaultEnd
            }
            if e.instant < start.instant { try diagnostics.report(dtend.line, .endBeforeStart) }
            return start.dateOnly && e.instant == start.instant ? defaultEnd : e.instant
        }
        guard let dur = c.first("DURATION") else { return defaultEnd }
        let value = dur.value.trimmedWhitespace
        guard let (days, seconds) = ICSValues.duration(value) else {
            // Well-formed but with numbers too large to compute: beyond any supported date.
            if value.count > 1, value.uppercased().allSatisfy({ "+-PTWDHMS0123456789".contains($0) }),
               value.contains(where: \.isNumber), value.filter(\.isNumber).count > 12 {
                throw ICSError(line: dur.line, .outOfRange(property: "DURATION", value: String(value.prefix(40))))
            }
            try diagnostics.report(dur.line, .invalidDuration(String(value.prefix(40))))
            return defaultEnd
        }
        if days < 0 || seconds < 0 {
            try diagnostics.report(dur.line, .negativeDuration)
            return start.dateOnly ? defaultEnd : start.instant
        }
        // Days are nominal (wall-clock) days, hours and minutes exact (RFC 5545 §3.3.6);
        // every step is bounded so that no value can overflow.
        guard days <= 366 * 301, seconds <= 366 * 301 * 86400 else { throw ICSError(line: dur.line, .outOfRange(property: "DURATION", value: dur.value)) }
        let end: Date
        if start.dateOnly {
            end = start.local.date.adding(days: max(1, days)).startInstant(in: zone)
        } else {
            let local = LocalDateTime(secondsSinceEpoch: start.local.secondsSinceEpoch + days * 86400)
            guard SupportedDates.contains(local) else { throw ICSError(line: dur.line, .outOfRange(property: "DURATION", value: dur.value)) }
            end = (start.zone.identifier == "UTC" ? Date(timeIntervalSince1970: TimeInterval(local.secondsSinceEpoch)) : local.instant(in: zone))
                .addingTimeInterval(TimeInterval(seconds))
        }
        guard SupportedDates.contains(end) else { throw ICSError(line: dur.line, .outOfRange(property: "DURATION", value: dur.value)) }
        return end
    }

    /// Cities from `X-PLANNER-CITIES`, else those the LOCATION names, else `--city`; a
    /// location that names no known city leaves the city unknown (and is reported).
    func cities(_ c: ICSComponent, location: String?) throws(ICSError) -> [String] {
        if let p = c.first(.cities), !p.value.isEmpty {
            let ids = p.value.split(separator: ",").map { String($0).trimmedWhitespace }
            let known = ids.filter(context.isKnownCity)
            if known.count != ids.count { try diagnostics.report(p.line, .invalidPlannerProperty(property: p.name, value: p.value)) }
            if !known.isEmpty { return known }
        }
        if let location, !location.trimmedWhitespace.isEmpty {
            let found = context.cityResolver(location)
            if !found.isEmpty { return found }
            if context.defaultCities.isEmpty, let line = c.first("LOCATION")?.line {
                try diagnostics.report(line, .unknownLocation(String(location.prefix(60))))
            }
        }
        return context.defaultCities
    }
}

extension EventReader.Read {
    typealias RecurrenceID = (instant: Date, day: LocalDate, isDate: Bool, thisAndFuture: Bool)
}
