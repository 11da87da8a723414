import Foundation
import GRDB

/// What the parity, tour and itinerary reports read from the store, shared by the command
/// line and the TUI panels: the settings they use (parity threshold, printer) and each
/// report built over its period.
extension Store {
    public func parityThreshold() throws -> Int {
        try setting(.parityThreshold).flatMap { Int($0) } ?? ParityReport.defaultThreshold
    }

    public func printerName() throws -> String? { try setting(.printer) }

    public func itinerary(person: Person, from: LocalDate, to: LocalDate, zone: TimeZone) throws -> PersonItinerary {
        // A day more on each side: a travel conflict with the evening before counts.
        let wide = try occurrences(from: from.adding(days: -1).startInstant(in: zone), to: to.adding(days: 1).startInstant(in: zone))
        let travel = RoadTravel(distances: try distances())
        let conflicts = ConflictFinder(travel: travel, holidays: [:], zone: zone).conflicts(in: wide.filter { $0.event.people.contains(person.id) })
        let occ = wide.filter { $0.overlaps(from: from.startInstant(in: zone), to: to.startInstant(in: zone)) }
        return PersonItinerary(person: person, occurrences: occ, travel: travel, conflicts: conflicts, zone: zone, from: from, to: to)
    }

    /// The tour report of a series, with the next free slot for a new stop when it tours.
    public func seriesReport(_ series: Series, zone: TimeZone, today: LocalDate) throws -> SeriesReport {
        let events = try allEvents().filter { $0.series == series.id }
        let cities = try self.cities()
        var report = SeriesReport(series: series, events: events, allCities: cities, zone: zone)
        if series.touring { report.nextStop = try nextStop(report, events: events, zone: zone, today: today) }
        return report
    }

    /// The first free day for a new stop, in a city not visited yet (else any other), for the
    /// people of the last stop: a workday at least a week after the last stop and from
    /// tomorrow on, not in the ISO week of another stop, not in school holidays for a big
    /// event, within six months.
    func nextStop(_ report: SeriesReport, events: [Event], zone: TimeZone, today: LocalDate) throws -> SeriesReport.Proposal? {
        guard let template = events.filter({ $0.placement.isPlaced }).max(by: { $0.start < $1.start }) ?? events.first else { return nil }
        let last = report.stops.last?.day ?? today
        let from = max(today.adding(days: 1), last.adding(days: 7)), to = from.adding(days: SlotSearch.nextStopHorizonDays)
        let lastCities = Set(report.stops.last?.cities ?? [])
        let candidates = report.notVisited.isEmpty ? try cities().map(\.id).filter { !lastCities.contains($0) } : report.notVisited
        let people = try self.people().filter { template.people.contains($0.id) }
        let occ = try occurrences(from: from.adding(days: -SlotSearch.marginDays).startInstant(in: zone),
                                  to: to.adding(days: SlotSearch.marginDays).startInstant(in: zone))
        let finder = SlotFinder(travel: RoadTravel(distances: try distances()), holidays: Set(try holidays(from: from, to: to).map(\.date)), zone: zone)
        let school = template.big ? try schoolHolidayNames(from: from, to: to) : [:]
        let stopWeeks = Set(report.stops.map(\.day.isoWeek))
        var best: SeriesReport.Proposal?
        for city in candidates {
            let slots = finder.slots(people: people, venue: city, length: 1, from: from, to: best.map { $0.day.adding(days: 1) } ?? to,
                                     occurrences: occ, count: SlotSearch.nextStopCandidates)
            if let s = slots.first(where: { school[$0.first] == nil && !stopWeeks.contains($0.first.isoWeek) }) {
                if best == nil || s.first < best!.day { best = SeriesReport.Proposal(day: s.first, city: city) }
            }
        }
        return best
    }
}

extension Store {
    /// Marks a series as a tour (true) or a fixed-venue series (false).
    public func setSeriesTouring(_ id: String, _ touring: Bool) throws {
        try write { db in
            try db.execute(sql: "UPDATE series SET touring = ? WHERE id = ?", arguments: [touring, id])
            try Store.bumpRevision(db)
        }
    }
}
