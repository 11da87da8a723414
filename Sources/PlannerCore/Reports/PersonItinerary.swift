import Foundation

/// One person's itinerary over a week or a month: their events day by day, each road leg
/// with distance and driving time (from home, between events, and home again at the end of
/// each day or trip), the legs that leave too little time marked as conflicts by the same
/// rule as `check` (`ConflictFinder`), and the total distance.
/// A trip goes on overnight when the next event is the next day in a city more than
/// `farKm` from home; otherwise the person drives home after the day's last event.
public struct PersonItinerary: Sendable {
    public struct Leg: Sendable, Equatable {
        public var from: String
        public var to: String
        public var km: Int
        public var time: TimeInterval
        /// Time between the end of the previous event and the start of the next (nil for
        /// legs from or to home).
        public var available: TimeInterval?
        /// `check` reports these two events as a travel (or double-booking) conflict.
        public var conflict: Bool
        public var home: Bool
    }

    public struct Stop: Sendable {
        public var occurrence: Occurrence
        /// The city the person goes to (the closest one of a duplex event).
        public var city: String
        /// The leg that brings the person here (nil when already in that city).
        public var legBefore: Leg?
        /// The drive home after this event (end of a day or of a trip).
        public var legHome: Leg?
    }

    public var person: Person
    public var stops: [Stop]
    public var from: LocalDate
    public var to: LocalDate

    public init(person: Person, occurrences: [Occurrence], travel: RoadTravel, conflicts: [Conflict] = [],
                zone: TimeZone, from: LocalDate, to: LocalDate, farKm: Int = TravelRule.standard.farKm) {
        self.person = person
        self.from = from
        self.to = to
        let clashing = Set(conflicts.filter { $0.person == person.id && ($0.kind == .travelTooShort || $0.kind == .doubleBooked) }
            .map { $0.uids.joined(separator: " ") })
        var stops: [Stop] = []
        var here = person.home
        var lastEnd: Date?
        var lastUid: String?
        let mine = occurrences.filter { $0.event.people.contains(person.id) }.sorted(by: Occurrence.agendaOrder)
        for (i, o) in mine.enumerated() {
            let target = o.event.cities.min { (travel.km(here, $0), $0) < (travel.km(here, $1), $1) } ?? here
            var leg: Leg?
            if target != here {
                let fromHome = here == person.home && lastEnd == nil
                leg = Leg(from: here, to: target, km: travel.km(here, target), time: travel.travelTime(here, target),
                          available: fromHome ? nil : lastEnd.map { o.start.timeIntervalSince($0) },
                          conflict: lastUid.map { clashing.contains("\($0) \(o.uid)") } ?? false, home: false)
            } else if let prev = lastUid, clashing.contains("\(prev) \(o.uid)") {
                leg = Leg(from: here, to: target, km: 0, time: 0, available: lastEnd.map { o.start.timeIntervalSince($0) }, conflict: true, home: false)
            }
            var stop = Stop(occurrence: o, city: target, legBefore: leg, legHome: nil)
            // Home after the day's last event, unless the trip goes on tomorrow far from home.
            let day = LocalDate(o.end.addingTimeInterval(-1), in: zone)
            let next = i + 1 < mine.count ? mine[i + 1] : nil
            let nextDay = next.map { LocalDate($0.start, in: zone) }
            let sameDay = nextDay == day
            let tripGoesOn = next.map { n in
                nextDay == day.adding(days: 1) && n.event.cities.contains { travel.km(person.home, $0) > farKm && travel.km(target, $0) <= farKm }
            } ?? false
            if !sameDay && !tripGoesOn && target != person.home {
                stop.legHome = Leg(from: target, to: person.home, km: travel.km(target, person.home), time: travel.travelTime(target, person.home),
                                   available: nil, conflict: false, home: true)
                here = person.home
                lastEnd = nil
            } else {
                here = target
                lastEnd = o.end
            }
            if !sameDay && !tripGoesOn { lastEnd = nil }
            lastUid = o.uid
            stops.append(stop)
        }
        self.stops = stops
    }

    public var legs: [Leg] { stops.flatMap { [$0.legBefore, $0.legHome].compactMap { $0 } } }
    public var totalKm: Int { legs.map(\.km).reduce(0, +) }
    public var totalTime: TimeInterval { legs.map(\.time).reduce(0, +) }
    public var conflictCount: Int { legs.filter(\.conflict).count }

    public func json(context c: AgendaContext) -> JSONValue {
        func leg(_ l: Leg?) -> JSONValue {
            guard let l else { return .null }
            return .object([
                ("from", .string(c.cityNames[l.from] ?? l.from)), ("to", .string(c.cityNames[l.to] ?? l.to)),
                ("km", .int(l.km)), ("minutes", .int(Int(l.time / 60))),
                ("availableMinutes", l.available.map { .int(Int($0 / 60)) } ?? .null), ("tooShort", .bool(l.conflict)),
            ])
        }
        return .object([
            ("person", .object([("id", .string(person.id)), ("name", .string(person.name)), ("home", .string(c.cityNames[person.home] ?? person.home))])),
            ("from", .string(from.description)),
            ("to", .string(to.description)),
            ("stops", .array(stops.map { s in
                .object([
                    ("uid", .string(s.occurrence.uid)),
                    ("title", .string(s.occurrence.title)),
                    ("start", .string(TimeFormatting.rfc3339(s.occurrence.start, in: c.zone))),
                    ("end", .string(TimeFormatting.rfc3339(s.occurrence.end, in: c.zone))),
                    ("cities", .strings(s.occurrence.event.cities.map { c.cityNames[$0] ?? $0 })),
                    ("travel", leg(s.legBefore)),
                    ("home", leg(s.legHome)),
                ])
            })),
            ("totalKm", .int(totalKm)),
            ("totalMinutes", .int(Int(totalTime / 60))),
            ("conflicts", .int(conflictCount)),
        ])
    }

    public func title(_ c: AgendaContext) -> String {
        Catalogue.Cluster.itineraryTitle(person.name, id: person.id, home: c.cityNames[person.home] ?? person.home,
                                         period: CalendarNames.rangePhrase(from, to.adding(days: -1), c.lang))(c.lang)
    }

    /// A leg in words: `↳ Toulouse → Montpellier : 242 km, 2 h 45 — ⚠ conflit : 1 h 15 seulement`.
    public func legText(_ l: Leg, _ c: AgendaContext) -> String {
        let cat = Catalogue.Cluster.self
        let a = c.cityNames[l.from] ?? l.from, b = c.cityNames[l.to] ?? l.to
        var s = l.home ? cat.tripHome(b, km: l.km, time: RoadTravel.format(l.time))(c.lang)
                       : cat.leg(a, b, km: l.km, time: RoadTravel.format(l.time))(c.lang)
        if l.conflict { s += " — ⚠ " + cat.travelConflict(available: RoadTravel.format(max(0, l.available ?? 0)))(c.lang) }
        return s
    }

    /// Lines with a flag for conflicts (the TUI colours them).
    public func lines(_ c: AgendaContext) -> [(text: String, conflict: Bool)] {
        var out: [(String, Bool)] = [(title(c), false), ("", false)]
        if stops.isEmpty { out.append(("  (" + CalendarNames.noEventsLabel(c.lang) + ")", false)) }
        var lastDay: LocalDate?
        let timeWidth = stops.map { TextWidth.of(c.timeRange($0.occurrence, on: LocalDate($0.occurrence.start, in: c.zone))) }.max() ?? 11
        for s in stops {
            let day = LocalDate(s.occurrence.start, in: c.zone)
            if day != lastDay { out.append((CalendarNames.dayHeading(day, c.lang), false)); lastDay = day }
            if let l = s.legBefore { out.append(("  " + String(repeating: " ", count: timeWidth) + "  ↳ " + legText(l, c), l.conflict)) }
            out.append(("  " + TextWidth.pad(c.timeRange(s.occurrence, on: day), timeWidth) + "  " + s.occurrence.title
                        + " — " + (c.cityNames[s.city] ?? s.city), false))
            if let l = s.legHome { out.append(("  " + String(repeating: " ", count: timeWidth) + "  ↳ " + legText(l, c), false)) }
        }
        out.append(("", false))
        out.append((Catalogue.Cluster.itineraryTotal(km: totalKm, time: RoadTravel.format(totalTime), conflicts: conflictCount)(c.lang), conflictCount > 0))
        return out
    }

    public func text(context c: AgendaContext) -> String {
        lines(c).map { $0.text + "\n" }.joined()
    }

    public func html(context c: AgendaContext) -> String {
        let cat = Catalogue.Cluster.self
        var page = ReportHTML(title: title(c), lang: c.lang)
        var rows: [[String]] = [], classes: [String?] = []
        for s in stops {
            let day = LocalDate(s.occurrence.start, in: c.zone)
            if let l = s.legBefore { rows.append(["", "", legText(l, c)]); classes.append(l.conflict ? "conflict" : "muted") }
            rows.append([CalendarNames.dayHeading(day, c.lang), c.timeRange(s.occurrence, on: day),
                         s.occurrence.title + " — " + (c.cityNames[s.city] ?? s.city)])
            classes.append(nil)
            if let l = s.legHome { rows.append(["", "", legText(l, c)]); classes.append("muted") }
        }
        page.add(.table(header: [cat.date(c.lang), cat.time(c.lang), cat.eventTitle(c.lang)], rows: rows, classes: classes, numeric: []))
        page.add(.paragraph(cat.itineraryTotal(km: totalKm, time: RoadTravel.format(totalTime), conflicts: conflictCount)(c.lang)))
        return page.render()
    }
}
