import Foundation

/// A series seen as a tour: its stops by date and city with the gap in weeks between
/// consecutive stops (gaps over eight weeks are flagged), a month-by-month timeline, the
/// stops still to place, and, for a series that tours (`Series.touring`), the region's
/// cities it has not visited this season and the next free slot the planner proposes for a
/// new stop. Fixed-venue series (Factory e-santé, the inter-committee) have neither.
public struct SeriesReport: Sendable {
    /// A gap between two stops above this many weeks is flagged.
    public static let longGapWeeks = 8

    public struct Stop: Sendable {
        public var day: LocalDate
        public var title: String
        public var cities: [String]
        public var uid: String
        /// Days since the previous stop (nil for the first).
        public var gapDays: Int?
        public var longGap: Bool { (gapDays ?? 0) > SeriesReport.longGapWeeks * 7 }
    }

    /// Where and when the planner would put the next stop.
    public struct Proposal: Sendable, Equatable {
        public var day: LocalDate
        public var city: String
    }

    public var series: Series
    public var stops: [Stop]
    public var unplaced: [(uid: String, title: String)]
    public var notVisited: [String]
    public var nextStop: Proposal?

    public init(series: Series, events: [Event], allCities: [City], zone: TimeZone, nextStop: Proposal? = nil) {
        self.series = series
        var stops: [Stop] = []
        for e in events.filter({ $0.series == series.id && $0.placement.isPlaced }).sorted(by: { $0.start < $1.start }) {
            let day = LocalDate(e.start, in: e.allDay ? e.zone : zone)
            stops.append(Stop(day: day, title: e.title, cities: e.cities, uid: e.uid,
                              gapDays: stops.last.map { $0.day.days(until: day) }))
        }
        self.stops = stops
        unplaced = events.filter { $0.series == series.id && !$0.placement.isPlaced }.map { ($0.uid, $0.title) }
        let visited = Set(stops.flatMap(\.cities))
        notVisited = series.touring ? allCities.map(\.id).filter { !visited.contains($0) } : []
        self.nextStop = series.touring ? nextStop : nil
    }

    public var longGaps: [(from: Stop, to: Stop)] {
        zip(stops, stops.dropFirst()).filter { $0.1.longGap }.map { ($0.0, $0.1) }
    }

    public func json(cityNames: [String: String]) -> JSONValue {
        .object([
            ("id", .string(series.id)),
            ("name", .string(series.name)),
            ("touring", .bool(series.touring)),
            ("stops", .array(stops.map { s in
                .object([
                    ("date", .string(s.day.description)),
                    ("title", .string(s.title)),
                    ("cities", .strings(s.cities.map { cityNames[$0] ?? $0 })),
                    ("uid", .string(s.uid)),
                    ("gapDays", s.gapDays.map { .int($0) } ?? .null),
                    ("longGap", .bool(s.longGap)),
                ])
            })),
            ("unplaced", .strings(unplaced.map(\.title))),
            ("notVisited", .strings(notVisited.map { cityNames[$0] ?? $0 })),
            ("nextStop", nextStop.map { .object([("date", .string($0.day.description)), ("city", .string(cityNames[$0.city] ?? $0.city))]) } ?? .null),
        ])
    }

    /// One line per month from the first stop to the last: `octobre 2026  ●─ Toulouse 8`.
    public func timeline(_ lang: Language, cityNames: [String: String]) -> [String] {
        guard let first = stops.first?.day, let last = (stops.map(\.day) + [nextStop?.day].compactMap { $0 }).max() else { return [] }
        var lines: [String] = []
        var month = first.firstOfMonth
        let labels = sequence(first: month) { $0.adding(days: 32).firstOfMonth }.prefix { $0 <= last }
            .map { CalendarNames.monthTitle(year: $0.year, month: $0.month, lang) }
        let width = labels.map(TextWidth.of).max() ?? 0
        for label in labels {
            let here = stops.filter { $0.day.year == month.year && $0.day.month == month.month }
            var marks = here.map { s in s.cities.map { cityNames[$0] ?? $0 }.joined(separator: "+") + " \(s.day.day)" }
            if let n = nextStop, n.day.year == month.year, n.day.month == month.month {
                marks.append(Catalogue.Cluster.proposedMark(cityNames[n.city] ?? n.city, day: n.day.day)(lang))
            }
            lines.append(TextWidth.pad(label, width) + (marks.isEmpty ? "  │" : "  ●─ " + marks.joined(separator: ", ")))
            month = month.adding(days: 32).firstOfMonth
        }
        return lines
    }

    func gapText(_ s: Stop, _ lang: Language) -> String {
        guard let g = s.gapDays else { return "" }
        return Catalogue.Cluster.gap(days: g)(lang) + (s.longGap ? " ⚠" : "")
    }

    public func text(_ lang: Language, cityNames: [String: String]) -> String {
        let c = Catalogue.Cluster.self
        var out = "\(series.name) (\(series.id)) — " + (series.touring ? c.touringSeries(lang) : c.fixedVenueSeries(lang)) + "\n"
        if stops.isEmpty {
            out += "  " + c.noStopPlaced(lang) + "\n"
        } else {
            var table = TextTable(header: [c.date(lang), c.cities(lang), c.eventTitle(lang), c.gapSincePrevious(lang)], leftColumns: [0, 1, 2, 3])
            for s in stops {
                table.rows.append([CalendarNames.dayHeading(s.day, lang, year: true), s.cities.map { cityNames[$0] ?? $0 }.joined(separator: ", "),
                                   s.title, gapText(s, lang)])
            }
            out += table.render()
        }
        for g in longGaps {
            out += "  ⚠ " + c.longGapWarning(days: g.to.gapDays!, from: g.from.cities.map { cityNames[$0] ?? $0 }.joined(separator: ", "),
                                             to: g.to.cities.map { cityNames[$0] ?? $0 }.joined(separator: ", "))(lang) + "\n"
        }
        let tl = timeline(lang, cityNames: cityNames)
        if !tl.isEmpty { out += "\n" + tl.map { "  " + $0 + "\n" }.joined() }
        if !unplaced.isEmpty { out += "\n  " + c.toPlace(lang) + " " + unplaced.map(\.title).joined(separator: ", ") + "\n" }
        if series.touring {
            out += "  " + c.notVisited(lang) + " " + (notVisited.isEmpty ? "—" : notVisited.map { cityNames[$0] ?? $0 }.joined(separator: ", ")) + "\n"
            if let n = nextStop {
                out += "  " + c.nextFreeSlot(CalendarNames.dayHeading(n.day, lang, year: true), cityNames[n.city] ?? n.city)(lang) + "\n"
            } else {
                out += "  " + c.noFreeSlot(lang) + "\n"
            }
        }
        return out
    }

    public func html(_ lang: Language, cityNames: [String: String]) -> String {
        let c = Catalogue.Cluster.self
        var page = ReportHTML(title: series.name, lang: lang)
        page.add(.paragraph(series.touring ? c.touringSeries(lang) : c.fixedVenueSeries(lang), cssClass: "note"))
        page.add(.table(header: [c.date(lang), c.cities(lang), c.eventTitle(lang), c.gapSincePrevious(lang)],
                        rows: stops.map { [CalendarNames.dayHeading($0.day, lang, year: true), $0.cities.map { cityNames[$0] ?? $0 }.joined(separator: ", "),
                                           $0.title, gapText($0, lang)] },
                        classes: stops.map { $0.longGap ? "warn" : nil }, numeric: []))
        for g in longGaps {
            page.add(.paragraph("⚠ " + c.longGapWarning(days: g.to.gapDays!, from: g.from.cities.map { cityNames[$0] ?? $0 }.joined(separator: ", "),
                                                        to: g.to.cities.map { cityNames[$0] ?? $0 }.joined(separator: ", "))(lang)))
        }
        page.add(.heading(c.timelineHeading(lang)))
        page.add(.list(timeline(lang, cityNames: cityNames)))
        if !unplaced.isEmpty { page.add(.paragraph(c.toPlace(lang) + " " + unplaced.map(\.title).joined(separator: ", "))) }
        if series.touring {
            page.add(.paragraph(c.notVisited(lang) + " " + (notVisited.isEmpty ? "—" : notVisited.map { cityNames[$0] ?? $0 }.joined(separator: ", "))))
            if let n = nextStop { page.add(.paragraph(c.nextFreeSlot(CalendarNames.dayHeading(n.day, lang, year: true), cityNames[n.city] ?? n.city)(lang))) }
        }
        return page.render()
    }

    /// A new stop of the tour modelled on `template` (its last stop): same times, office, kind,
    /// people and size, on `day` in `city`; placed, or left to the scheduler with the cities
    /// not visited yet as candidates and four weeks from `day` as window.
    public static func newStop(template: Event, seriesName: String, day: LocalDate, city: String, cityName: String,
                               placed: Bool, candidates: [String], now: Date = Date()) -> Event {
        var e = template
        e.uid = UUID().uuidString.lowercased() + "@planner"
        let base = seriesName.replacingOccurrences(of: #"\s*\d{4}(–\d{2,4})?$"#, with: "", options: .regularExpression)
        e.title = "\(base) — \(cityName)"
        let t = LocalDateTime(template.start, in: template.zone)
        let length = template.duration
        e.start = template.allDay ? day.startInstant(in: template.zone)
            : LocalDateTime(date: day, hour: t.hour, minute: t.minute, second: t.second).instant(in: template.zone)
        e.end = e.start.addingTimeInterval(length)
        e.cities = [city]
        e.rrule = nil
        e.exdates = []
        e.rdates = []
        e.overrides = []
        e.extraProperties = []
        e.sequence = 0
        e.created = now
        e.lastModified = now
        e.placement = placed ? .placed : .unplaced(candidates: candidates.isEmpty ? [city] : candidates, earliest: day,
                                                   latest: day.adding(days: 27), durationDays: 1)
        return e
    }
}
