import Foundation

/// `plan`: the database's unplaced events (candidate cities and a window) become a
/// scheduling instance, with the calendar already placed around them as fixed events, so
/// the same engine that solves instance files respects people's existing commitments.
public struct DatabasePlan {
    public struct Proposal: Sendable {
        public var event: Event
        public var day: LocalDate
        public var city: String
    }

    public let store: Store
    public let zone: TimeZone

    public init(store: Store, zone: TimeZone) {
        self.store = store
        self.zone = zone
    }

    /// Proposals for every unplaced event, or the report of why none can be made.
    public func propose(options: ScheduleOptions) throws -> Result<[Proposal], InfeasibilityReport> {
        let unplaced = try store.allEvents().filter { !$0.placement.isPlaced }
        guard !unplaced.isEmpty else { return .success([]) }
        var lo = LocalDate(year: 9999, month: 1, day: 1), hi = LocalDate(year: 1, month: 1, day: 1)
        var windows: [String: (LocalDate, LocalDate, [String], Int)] = [:]
        for e in unplaced {
            guard case .unplaced(let candidates, let earliest, let latest, let days) = e.placement else { continue }
            windows[e.uid] = (earliest, latest, candidates, days)
            lo = min(lo, earliest)
            hi = max(hi, latest)
        }
        // The calendar around the windows, a week of margin for travel rules.
        let start = lo.adding(days: -7), end = hi.adding(days: 7)
        let placed = try store.occurrences(from: start.startInstant(in: zone), to: end.adding(days: 1).startInstant(in: zone))
        let cities = try store.cities()
        let distances = try store.distances()
        var dist: [String: [String: Int]] = [:]
        for a in cities { for b in cities { dist[a.id, default: [:]][b.id] = a.id == b.id ? 0 : distances[a.id + "-" + b.id] ?? 0 } }
        var events: [SchedulingInstance.EventInfo] = []
        var fixed: [SchedulingAssignment] = []
        for e in unplaced {
            guard let (earliest, latest, candidates, days) = windows[e.uid] else { continue }
            events.append(.init(id: e.uid, title: e.title, kind: e.kind.rawValue, series: e.series, cities: candidates,
                                duration_days: days, earliest_start: earliest.description, latest_end: latest.description,
                                required_people: e.people, big: e.big, expected_attendance: nil))
        }
        for (i, o) in placed.enumerated() {
            let days = o.days(in: zone)
            guard let first = days.first, first >= start, let last = days.last, last <= end else { continue }
            let id = "fixed-\(i)-\(o.uid)"
            events.append(.init(id: id, title: o.title, kind: o.event.kind.rawValue, series: nil, cities: [o.event.cities[0]],
                                duration_days: days.count, earliest_start: first.description, latest_end: last.description,
                                required_people: o.event.people, big: o.event.big, expected_attendance: nil))
            fixed.append(.init(event: id, start: first.description, city: o.event.cities[0]))
        }
        let instance = SchedulingInstance(
            schema: "d113-sched-instance/1",
            calendar: .init(start: start.description, end: end.description, workdays: [1, 2, 3, 4, 5],
                            public_holidays: try store.holidays(from: start, to: end).map { .init(date: $0.date.description, name: $0.name) }),
            rules: .init(far_km: 150, travel_gap_days: 1, max_big_events_per_city_day: 1, balance_cities: ["TLS", "MPL"],
                         balance_period: "quarter", weights: .init(series_same_week: 10, balance: 1)),
            cities: cities.map { .init(id: $0.id, name: $0.name, lat: $0.latitude, lon: $0.longitude) },
            distances_km: dist,
            people: try store.people().map { .init(id: $0.id, name: $0.name, home: $0.home, roles: $0.roles) },
            series: try store.series().map { .init(id: $0.id, name: $0.name, kind: $0.kind.rawValue, spread_weeks: $0.spreadWeeks) },
            events: events)
        var opts = options
        opts.fixed = fixed
        switch ScheduleSolver(instance: instance, options: opts).solve() {
        case .infeasible(let report): return .failure(report)
        case .solved(let r):
            let byId = Dictionary(uniqueKeysWithValues: r.assignments.map { ($0.event, $0) })
            var proposals: [Proposal] = []
            for e in unplaced {
                if let a = byId[e.uid], let d = LocalDate(iso: a.start) { proposals.append(Proposal(event: e, day: d, city: a.city)) }
            }
            return .success(proposals)
        }
    }

    /// The event placed as proposed: on the chosen day at its original time of day, in the
    /// chosen city.
    public static func placed(_ p: Proposal, zone: TimeZone) -> Event {
        var e = p.event
        let days: Int
        if case .unplaced(_, _, _, let n) = e.placement { days = n } else { days = 1 }
        if e.allDay || days > 1 {
            e.allDay = true
            e.start = p.day.startInstant(in: e.zone)
            e.end = p.day.adding(days: days).startInstant(in: e.zone)
        } else {
            let t = LocalDateTime(e.start, in: e.zone)
            let length = e.duration
            e.start = LocalDateTime(date: p.day, hour: t.hour, minute: t.minute, second: t.second).instant(in: e.zone)
            e.end = e.start.addingTimeInterval(length)
        }
        e.cities = [p.city]
        e.placement = .placed
        e.sequence += 1
        e.lastModified = Date()
        return e
    }
}
