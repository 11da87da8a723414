import Foundation

/// Turns parsed components into planner events. Foreign calendars keep what the planner does
/// not model (attendees, alarms, URLs, X- properties) verbatim, so a round trip loses nothing;
/// our own `X-PLANNER-*` properties restore cities, office, kind, series, people and placement.
public struct ICSImporter {
    /// What the caller knows about the store.
    public struct Context {
        /// Turns a LOCATION text into known city ids (empty when none is recognised).
        public var cityResolver: (String) -> [String]
        /// Cities for events whose location is unknown.
        public var defaultCities: [String]
        public var defaultOffice: Office
        /// Zone for floating times.
        public var defaultZone: TimeZone
        /// Validates an RRULE; returns an error message or nil.
        public var validateRule: (String) -> String?

        public init(cityResolver: @escaping (String) -> [String], defaultCities: [String], defaultOffice: Office,
                    defaultZone: TimeZone, validateRule: @escaping (String) -> String? = ICSImporter.validateWithPlannerRules) {
            self.cityResolver = cityResolver
            self.defaultCities = defaultCities
            self.defaultOffice = defaultOffice
            self.defaultZone = defaultZone
            self.validateRule = validateRule
        }
    }

    /// The result: events (overrides folded into their master) and what was skipped.
    public struct Result {
        public var events: [Event]
        /// People described by the file (`X-PLANNER-PERSON`), to add when unknown.
        public var people: [Person]
        /// Other components by name (`VTODO`: 2).
        public var skipped: [String: Int]
    }

    public static func validateWithPlannerRules(_ text: String) -> String? {
        do { _ = try RecurrenceRule(parsing: text); return nil } catch { return error.description }
    }

    public var context: Context

    public init(context: Context) {
        self.context = context
    }

    public func importCalendar(_ data: Data) throws(ICSError) -> Result {
        let calendars = try ICSParser.parse(data)
        var definitions: [String: ICSComponent] = [:]
        var skipped: [String: Int] = [:]
        var masters: [String: Event] = [:]
        var order: [String] = []
        var overrides: [(String, OccurrenceOverride, Int)] = []
        var people: [String: Person] = [:]
        var cancelled = Set<String>()
        for cal in calendars {
            for c in cal.children where c.name == "VTIMEZONE" {
                if let id = c.first("TZID")?.value { definitions[id] = c }
            }
        }
        for cal in calendars {
            for c in cal.children {
                switch c.name {
                case "VTIMEZONE": continue
                case "VEVENT":
                    let (event, recurrenceId) = try self.event(c, definitions: definitions)
                    for p in c.all("X-PLANNER-PERSON") {
                        let f = ICSValues.splitList(p.value)
                        guard f.count == 3, !f[0].isEmpty, !f[1].isEmpty else { throw ICSError(line: p.line, "invalid X-PLANNER-PERSON \"\(p.value)\"") }
                        people[f[0]] = Person(id: f[0], name: f[1], home: f[2])
                    }
                    if let rid = recurrenceId {
                        overrides.append((event.uid, OccurrenceOverride(
                            recurrenceId: rid, start: event.start, end: event.end, title: event.title,
                            description: event.description.isEmpty ? nil : event.description, cities: event.cities,
                            people: event.people.isEmpty ? nil : event.people,
                            cancelled: c.first("STATUS")?.value.uppercased() == "CANCELLED", sequence: event.sequence), c.line))
                    } else if c.first("STATUS")?.value.uppercased() == "CANCELLED" {
                        // A cancelled event is shown by no calendar program: not imported.
                        cancelled.insert(event.uid)
                        skipped["VEVENT (STATUS:CANCELLED)", default: 0] += 1
                    } else {
                        if masters[event.uid] == nil { order.append(event.uid) }
                        // Two masters with one UID: keep the newer (SEQUENCE, then LAST-MODIFIED).
                        if let old = masters[event.uid], (old.sequence, old.lastModified) > (event.sequence, event.lastModified) { continue }
                        masters[event.uid] = event
                    }
                default:
                    skipped[c.name, default: 0] += 1
                }
            }
        }
        for (uid, ov, line) in overrides where !cancelled.contains(uid) || masters[uid] != nil {
            guard var master = masters[uid] else {
                // An override without its series: keep it as a single event under its UID.
                var single = Event(uid: uid, title: ov.title ?? "", start: ov.start, end: ov.end, cities: ov.cities ?? context.defaultCities,
                                   office: context.defaultOffice)
                single.description = ov.description ?? ""
                _ = line
                if !ov.cancelled { masters[uid] = single; order.append(uid) }
                continue
            }
            var o = ov
            // Only keep what differs from the series, so later edits of the series show through.
            if o.title == master.title { o.title = nil }
            if o.cities == master.cities { o.cities = nil }
            if o.people == master.people { o.people = nil }
            if o.description == master.description { o.description = nil }
            master.overrides.removeAll { $0.recurrenceId == o.recurrenceId }
            master.overrides.append(o)
            master.overrides.sort { $0.recurrenceId < $1.recurrenceId }
            masters[uid] = master
        }
        return Result(events: order.compactMap { masters[$0] }, people: people.values.sorted { $0.id < $1.id }, skipped: skipped)
    }

    /// A DATE or DATE-TIME property as an instant, with whether it is a DATE and its zone.
    func instant(_ p: ICSProperty, definitions: [String: ICSComponent]) throws(ICSError) -> (Date, dateOnly: Bool, zone: TimeZone) {
        let isDate = p.parameter("VALUE")?.uppercased() == "DATE" || (p.value.count == 8 && !p.value.contains("T"))
        let zone = try self.zone(p, definitions: definitions)
        if isDate {
            guard let d = ICSValues.date(p.value) else { throw ICSError(line: p.line, "invalid \(p.name) \"\(p.value)\" (expected a date YYYYMMDD)") }
            return (d.startInstant(in: zone), true, zone)
        }
        guard let (t, utc) = ICSValues.dateTime(p.value) else {
            throw ICSError(line: p.line, "invalid \(p.name) \"\(p.value)\" (expected YYYYMMDDTHHMMSS)")
        }
        if utc { return (Date(timeIntervalSince1970: TimeInterval(t.secondsSinceEpoch)), false, TimeZone(identifier: "UTC")!) }
        return (t.instant(in: zone), false, zone)
    }

    func zone(_ p: ICSProperty, definitions: [String: ICSComponent]) throws(ICSError) -> TimeZone {
        guard let tzid = p.parameter("TZID") else {
            if p.value.hasSuffix("Z") { return TimeZone(identifier: "UTC")! }
            return context.defaultZone
        }
        guard let z = ICSTimeZones.zone(for: tzid, definitions: definitions) else {
            throw ICSError(line: p.line, "unknown time zone \"\(tzid)\" (no VTIMEZONE for it)")
        }
        return z
    }

    /// Instants of an EXDATE/RDATE property (a comma list).
    func instants(_ p: ICSProperty, definitions: [String: ICSComponent]) throws(ICSError) -> [Date] {
        var out: [Date] = []
        for v in p.value.split(separator: ",") {
            var one = p
            one.value = String(v).trimmingCharacters(in: .whitespaces)
            if one.value.contains("/") { one.value = String(one.value.split(separator: "/")[0]) }  // PERIOD: its start
            out.append(try instant(one, definitions: definitions).0)
        }
        return out
    }

    static let modelled: Set<String> = ["UID", "DTSTART", "DTEND", "DURATION", "SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES",
                                        "RRULE", "EXDATE", "RDATE", "SEQUENCE", "LAST-MODIFIED", "CREATED", "DTSTAMP",
                                        "RECURRENCE-ID", "STATUS"]

    func event(_ c: ICSComponent, definitions: [String: ICSComponent]) throws(ICSError) -> (Event, Date?) {
        guard let dtstart = c.first("DTSTART") else { throw ICSError(line: c.line, "VEVENT without DTSTART") }
        let (start, dateOnly, zone) = try instant(dtstart, definitions: definitions)
        var end: Date
        if let dtend = c.first("DTEND") {
            end = try instant(dtend, definitions: definitions).0
            if end < start { throw ICSError(line: dtend.line, "DTEND is before DTSTART") }
        } else if let dur = c.first("DURATION") {
            guard let (days, seconds) = ICSValues.duration(dur.value), days >= 0, seconds >= 0 else {
                throw ICSError(line: dur.line, "invalid DURATION \"\(dur.value)\"")
            }
            if dateOnly {
                end = LocalDate(start, in: zone).adding(days: max(1, days)).startInstant(in: zone)
            } else {
                // Days are nominal (wall-clock) days, hours and minutes exact (RFC 5545 §3.3.6).
                let local = LocalDateTime(start, in: zone)
                end = LocalDateTime(secondsSinceEpoch: local.secondsSinceEpoch + days * 86400).instant(in: zone)
                    .addingTimeInterval(TimeInterval(seconds))
            }
        } else {
            // RFC 5545: a DATE start alone lasts one day; a DATE-TIME start alone is an instant.
            end = dateOnly ? LocalDate(start, in: zone).adding(days: 1).startInstant(in: zone) : start
        }
        let text = { (name: String) in c.first(name).map { ICSValues.unescape($0.value) } }
        let uid = c.first("UID")?.value.trimmingCharacters(in: .whitespaces).nilIfEmpty
            ?? ICSImporter.derivedUID(c)
        var cities: [String] = []
        var extra: [String] = []
        if let ids = c.first("X-PLANNER-CITIES")?.value, !ids.isEmpty {
            cities = ids.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        } else if let loc = text("LOCATION") {
            cities = context.cityResolver(loc)
        }
        if cities.isEmpty { cities = context.defaultCities }
        var office = context.defaultOffice
        if let o = c.first("X-PLANNER-OFFICE")?.value {
            guard let v = Office(rawValue: o.lowercased()) else { throw ICSError(line: c.first("X-PLANNER-OFFICE")!.line, "unknown office \"\(o)\"") }
            office = v
        }
        var event = Event(uid: uid, title: text("SUMMARY") ?? "", description: text("DESCRIPTION") ?? "", start: start, end: end,
                          allDay: dateOnly, timeZone: zone.secondsFromGMT() == 0 && ["GMT", "UTC", "Etc/UTC", "Etc/GMT"].contains(zone.identifier) ? "UTC" : zone.identifier,
                          cities: cities, office: office)
        if event.title.trimmingCharacters(in: .whitespaces).isEmpty { event.title = "(sans titre)" }
        if let k = c.first("X-PLANNER-KIND")?.value { event.kind = EventKind(rawValue: k) ?? EventKind(userText: k) ?? .meeting }
        if let a = c.first("X-PLANNER-AUDIENCE")?.value { event.audience = Audience(rawValue: a.lowercased()) ?? .regional }
        event.series = c.first("X-PLANNER-SERIES")?.value.nilIfEmpty
        if let p = c.first("X-PLANNER-PEOPLE")?.value, !p.isEmpty {
            event.people = p.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        }
        event.big = c.first("X-PLANNER-BIG")?.value.uppercased() == "TRUE"
        if let p = c.first("X-PLANNER-PLACEMENT") {
            guard let placement = ICSImporter.placement(p.value) else { throw ICSError(line: p.line, "invalid X-PLANNER-PLACEMENT \"\(p.value)\"") }
            event.placement = placement
        }
        if let r = c.first("RRULE") {
            if let problem = context.validateRule(r.value) { throw ICSError(line: r.line, "RRULE: \(problem)") }
            event.rrule = (try? RecurrenceRule(parsing: r.value).rfc5545) ?? r.value
        }
        for p in c.all("EXDATE") { event.exdates += try instants(p, definitions: definitions) }
        for p in c.all("RDATE") { event.rdates += try instants(p, definitions: definitions) }
        event.exdates.sort()
        event.rdates.sort()
        if let s = c.first("SEQUENCE") {
            guard let n = Int(s.value.trimmingCharacters(in: .whitespaces)), n >= 0 else { throw ICSError(line: s.line, "invalid SEQUENCE \"\(s.value)\"") }
            event.sequence = n
        }
        func stamp(_ name: String) throws(ICSError) -> Date? {
            guard let p = c.first(name) else { return nil }
            guard let (t, _) = ICSValues.dateTime(p.value) else { throw ICSError(line: p.line, "invalid \(name) \"\(p.value)\"") }
            return Date(timeIntervalSince1970: TimeInterval(t.secondsSinceEpoch))
        }
        let dtstamp = try stamp("DTSTAMP")
        event.lastModified = try stamp("LAST-MODIFIED") ?? dtstamp ?? Date(timeIntervalSince1970: 0)
        event.created = try stamp("CREATED") ?? event.lastModified
        // What we do not model stays verbatim, in file order.
        for p in c.properties where !ICSImporter.modelled.contains(p.name) && !p.name.hasPrefix("X-PLANNER-") {
            extra.append(ICSImporter.contentLine(p))
        }
        let verbatim = Set((c.first("X-PLANNER-VERBATIM")?.value ?? "").uppercased().split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        })
        if c.first("X-PLANNER-CITIES") == nil || verbatim.contains("LOCATION"), let loc = c.first("LOCATION") {
            // A foreign location: keep its text so export reproduces it.
            extra.insert(ICSImporter.contentLine(loc), at: 0)
        }
        if c.first("X-PLANNER-KIND") == nil || verbatim.contains("CATEGORIES") {
            for categories in c.all("CATEGORIES") { extra.append(ICSImporter.contentLine(categories)) }
        }
        // A series' own STATUS (CONFIRMED, TENTATIVE) is kept verbatim, except the TENTATIVE
        // that our writer puts on unplaced events; an override's STATUS is modelled.
        if let status = c.first("STATUS"), c.first("RECURRENCE-ID") == nil, c.first("X-PLANNER-PLACEMENT") == nil {
            extra.append(ICSImporter.contentLine(status))
        }
        for child in c.children { extra += ICSImporter.lines(of: child) }
        event.extraProperties = extra
        var recurrenceId: Date?
        if let rid = c.first("RECURRENCE-ID") { recurrenceId = try instant(rid, definitions: definitions).0 }
        return (event, recurrenceId)
    }

    static func contentLine(_ p: ICSProperty) -> String {
        var s = p.name
        for (name, values) in p.parameters {
            s += ";" + name + "=" + values.map { v in
                v.contains(where: { ",;:".contains($0) }) ? "\"\(v)\"" : v
            }.joined(separator: ",")
        }
        return s + ":" + p.value
    }

    static func lines(of c: ICSComponent) -> [String] {
        ["BEGIN:\(c.name)"] + c.properties.map(contentLine) + c.children.flatMap(lines(of:)) + ["END:\(c.name)"]
    }

    /// `unplaced;candidates=TLS,MPL;window=2026-03-01/2026-03-31;days=1`.
    static func placement(_ text: String) -> Placement? {
        let parts = text.split(separator: ";").map(String.init)
        guard let head = parts.first else { return nil }
        if head == "placed" { return .placed }
        guard head == "unplaced" else { return nil }
        var candidates: [String] = [], window: (LocalDate, LocalDate)?, days = 1
        for p in parts.dropFirst() {
            let kv = p.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else { return nil }
            switch kv[0] {
            case "candidates": candidates = kv[1].split(separator: ",").map(String.init)
            case "window":
                let w = kv[1].split(separator: "/").map(String.init)
                guard w.count == 2, let a = LocalDate(iso: w[0]), let b = LocalDate(iso: w[1]) else { return nil }
                window = (a, b)
            case "days": guard let n = Int(kv[1]), n >= 1 else { return nil }; days = n
            default: return nil
            }
        }
        guard let window, !candidates.isEmpty else { return nil }
        return .unplaced(candidates: candidates, earliest: window.0, latest: window.1, durationDays: days)
    }

    /// A stable UID for a VEVENT that has none, so importing the file twice does not duplicate.
    static func derivedUID(_ c: ICSComponent) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for p in c.properties where p.name != "DTSTAMP" {
            for b in (p.name + ":" + p.value).utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        return String(format: "%016llx@import", h)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
