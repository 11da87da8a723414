import Foundation

/// A series seen as a tour: its stops by date and city, the days between consecutive stops,
/// and the region's cities it has not visited yet.
public struct SeriesReport: Sendable {
    public struct Stop: Sendable {
        public var day: LocalDate
        public var title: String
        public var cities: [String]
        public var uid: String
        /// Days since the previous stop (nil for the first).
        public var gapDays: Int?
    }

    public var series: Series
    public var stops: [Stop]
    public var unplaced: [String]
    public var notVisited: [String]

    public init(series: Series, events: [Event], allCities: [City], zone: TimeZone) {
        self.series = series
        var stops: [Stop] = []
        for e in events.filter({ $0.series == series.id && $0.placement.isPlaced }).sorted(by: { $0.start < $1.start }) {
            let day = LocalDate(e.start, in: e.allDay ? e.zone : zone)
            stops.append(Stop(day: day, title: e.title, cities: e.cities, uid: e.uid,
                              gapDays: stops.last.map { $0.day.days(until: day) }))
        }
        self.stops = stops
        unplaced = events.filter { $0.series == series.id && !$0.placement.isPlaced }.map(\.title)
        let visited = Set(stops.flatMap(\.cities))
        notVisited = allCities.map(\.id).filter { !visited.contains($0) }
    }

    public func json(cityNames: [String: String]) -> JSONValue {
        .object([
            ("id", .string(series.id)),
            ("name", .string(series.name)),
            ("stops", .array(stops.map { s in
                .object([
                    ("date", .string(s.day.description)),
                    ("title", .string(s.title)),
                    ("cities", .strings(s.cities.map { cityNames[$0] ?? $0 })),
                    ("uid", .string(s.uid)),
                    ("gapDays", s.gapDays.map { .int($0) } ?? .null),
                ])
            })),
            ("unplaced", .strings(unplaced)),
            ("notVisited", .strings(notVisited.map { cityNames[$0] ?? $0 })),
        ])
    }

    public func text(_ lang: Language, cityNames: [String: String]) -> String {
        let fr = lang == .fr
        var out = "\(series.name) (\(series.id))\n"
        if stops.isEmpty { out += fr ? "  aucune étape placée\n" : "  no stop placed\n" }
        for s in stops {
            let gap = s.gapDays.map { fr ? "  (+\($0) j)" : "  (+\($0) d)" } ?? ""
            out += "  \(CalendarNames.dayHeading(s.day, lang, year: true))  \(s.cities.map { cityNames[$0] ?? $0 }.joined(separator: ", "))  \(s.title)\(gap)\n"
        }
        if !unplaced.isEmpty { out += (fr ? "  à placer : " : "  to place: ") + unplaced.joined(separator: ", ") + "\n" }
        out += (fr ? "  villes pas encore visitées : " : "  cities not visited yet: ")
            + (notVisited.isEmpty ? "—" : notVisited.map { cityNames[$0] ?? $0 }.joined(separator: ", ")) + "\n"
        return out
    }
}
