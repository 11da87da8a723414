import Foundation

/// One person's itinerary over a period: their events in order, and each road leg between
/// cities (from home to the first event, between events) with distance and driving time.
public struct PersonItinerary: Sendable {
    public struct Leg: Sendable {
        public var from: String
        public var to: String
        public var km: Int
        public var time: TimeInterval
        /// Time available between the end of the previous event and the start of the next
        /// (nil for the leg from home).
        public var available: TimeInterval?
        public var tooShort: Bool { available.map { $0 < time } ?? false }
    }

    public struct Stop: Sendable {
        public var occurrence: Occurrence
        /// The leg that brings the person here (nil when already in that city).
        public var legBefore: Leg?
    }

    public var person: Person
    public var stops: [Stop]

    public init(person: Person, occurrences: [Occurrence], travel: RoadTravel) {
        self.person = person
        var stops: [Stop] = []
        var here = person.home
        var lastEnd: Date?
        for o in occurrences.filter({ $0.event.people.contains(person.id) }).sorted(by: Occurrence.agendaOrder) {
            // A duplex event: the person goes to the closest of its cities.
            let target = o.event.cities.min { travel.km(here, $0) < travel.km(here, $1) } ?? here
            var leg: Leg?
            if target != here {
                leg = Leg(from: here, to: target, km: travel.km(here, target), time: travel.travelTime(here, target),
                          available: lastEnd.map { o.start.timeIntervalSince($0) })
            }
            stops.append(Stop(occurrence: o, legBefore: leg))
            here = target
            lastEnd = o.end
        }
        self.stops = stops
    }

    public var totalKm: Int { stops.compactMap(\.legBefore).map(\.km).reduce(0, +) }

    public func json(context c: AgendaContext) -> JSONValue {
        .object([
            ("person", .object([("id", .string(person.id)), ("name", .string(person.name)), ("home", .string(c.cityNames[person.home] ?? person.home))])),
            ("stops", .array(stops.map { s in
                var fields: [(String, JSONValue)] = [
                    ("uid", .string(s.occurrence.uid)),
                    ("title", .string(s.occurrence.title)),
                    ("start", .string(TimeFormatting.rfc3339(s.occurrence.start, in: c.zone))),
                    ("end", .string(TimeFormatting.rfc3339(s.occurrence.end, in: c.zone))),
                    ("cities", .strings(s.occurrence.event.cities.map { c.cityNames[$0] ?? $0 })),
                ]
                if let l = s.legBefore {
                    fields.append(("travel", .object([
                        ("from", .string(c.cityNames[l.from] ?? l.from)), ("to", .string(c.cityNames[l.to] ?? l.to)),
                        ("km", .int(l.km)), ("minutes", .int(Int(l.time / 60))), ("tooShort", .bool(l.tooShort)),
                    ])))
                } else {
                    fields.append(("travel", .null))
                }
                return .object(fields)
            })),
            ("totalKm", .int(totalKm)),
        ])
    }

    public func text(context c: AgendaContext) -> String {
        let fr = c.lang == .fr
        var out = "\(person.name) (\(person.id)) — \(fr ? "domicile" : "home") \(c.cityNames[person.home] ?? person.home)\n"
        if stops.isEmpty { out += "  (" + CalendarNames.noEventsLabel(c.lang) + ")\n" }
        for s in stops {
            if let l = s.legBefore {
                var line = "    ↳ \(c.cityNames[l.from] ?? l.from) → \(c.cityNames[l.to] ?? l.to) : \(l.km) km, \(RoadTravel.format(l.time))"
                if l.tooShort { line += fr ? "  ⚠ trajet trop court" : "  ⚠ not enough time to travel" }
                out += line + "\n"
            }
            let day = LocalDate(s.occurrence.start, in: c.zone)
            out += "  \(CalendarNames.dayHeading(day, c.lang))  \(c.timeRange(s.occurrence, on: day))  \(s.occurrence.title) — \(c.cityList(s.occurrence.event.cities))\n"
        }
        out += (fr ? "  total : " : "  total: ") + "\(totalKm) km\n"
        return out
    }
}
