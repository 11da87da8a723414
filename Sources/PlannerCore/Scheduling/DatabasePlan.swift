import Foundation

/// `plan`: the database's unplaced events (candidate cities and a window) become a
/// scheduling instance, with the calendar already placed around them as fixed events, so
/// the same engine that solves instance files respects people's existing commitments.
/// `plan` explains each placement (`PlanExplanation`) and, once applied, a title written as
/// a choice ("Green IT Day — Rodez ou Albi") takes the chosen city.
public struct DatabasePlan {
    public struct Proposal: Sendable {
        public var event: Event
        public var day: LocalDate
        public var city: String
        public var explanation: PlanExplanation?

        public init(event: Event, day: LocalDate, city: String, explanation: PlanExplanation? = nil) {
            self.event = event
            self.day = day
            self.city = city
            self.explanation = explanation
        }
    }

    /// Proposals with their explanations, or why nothing can be placed.
    public struct Outcome: Sendable {
        public var proposals: [Proposal]
        /// When no plan exists: each unplaced event with the rules that block it.
        public var blocked: [PlanExplanation]
        public var report: InfeasibilityReport?
    }

    public let store: Store
    public let zone: TimeZone

    public init(store: Store, zone: TimeZone) {
        self.store = store
        self.zone = zone
    }

    /// Proposals for every unplaced event, or the report of why none can be made.
    public func propose(options: ScheduleOptions) throws -> Result<[Proposal], InfeasibilityReport> {
        let o = try plan(options: options, explain: false)
        if let r = o.report { return .failure(r) }
        return .success(o.proposals)
    }

    /// The plan for every unplaced event (or only `only`), explained when asked.
    public func plan(options: ScheduleOptions, explain: Bool = true, only: Set<String>? = nil) throws -> Outcome {
        let unplaced = try store.allEvents().filter { !$0.placement.isPlaced && (only?.contains($0.uid) ?? true) }
        guard !unplaced.isEmpty else { return Outcome(proposals: [], blocked: [], report: nil) }
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
        let travel = RoadTravel(distances: try store.distances())
        var dist: [String: [String: Int]] = [:]
        for a in cities { for b in cities { dist[a.id, default: [:]][b.id] = travel.km(a.id, b.id) } }
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
            // An event whose city is unknown (an imported location) constrains no city.
            guard let first = days.first, first >= start, let last = days.last, last <= end, !o.event.cities.isEmpty else { continue }
            let id = "fixed-\(i)-\(o.uid)"
            // Its series too, so a new stop of a tour avoids the weeks of the stops already placed (S1).
            events.append(.init(id: id, title: o.title, kind: o.event.kind.rawValue, series: o.event.series, cities: [o.event.cities[0]],
                                duration_days: days.count, earliest_start: first.description, latest_end: last.description,
                                required_people: o.event.people, big: o.event.big, expected_attendance: nil))
            fixed.append(.init(event: id, start: first.description, city: o.event.cities[0]))
        }
        let instance = SchedulingInstance(
            schema: "d113-sched-instance/1",
            calendar: .init(start: start.description, end: end.description, workdays: [1, 2, 3, 4, 5],
                            public_holidays: try store.holidays(from: start, to: end).map { .init(date: $0.date.description, name: $0.name) }),
            rules: .standard,
            cities: cities.map { .init(id: $0.id, name: $0.name, lat: $0.latitude, lon: $0.longitude) },
            distances_km: dist,
            people: try store.people().map { .init(id: $0.id, name: $0.name, home: $0.home, roles: $0.roles) },
            series: try store.series().map { .init(id: $0.id, name: $0.name, kind: $0.kind.rawValue, spread_weeks: $0.spreadWeeks) },
            events: events)
        var opts = options
        opts.fixed = fixed
        let titles = Dictionary(events.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        switch ScheduleSolver(instance: instance, options: opts).solve() {
        case .infeasible(let report):
            var blocked: [PlanExplanation] = []
            for e in unplaced {
                let mine = report.clashes.filter { $0.events.first == e.uid || $0.events.contains(e.uid) }
                guard !mine.isEmpty else { continue }
                var ex = PlanExplanation(uid: e.uid, title: e.title)
                ex.blocks = mine.map { c in
                    var fr = c.detail.fr, en = c.detail.en
                    for id in c.events {
                        guard let t = titles[id], id != t else { continue }
                        fr = fr.replacingOccurrences(of: id, with: "« \(t) »")
                        en = en.replacingOccurrences(of: id, with: "“\(t)”")
                    }
                    return PlanExplanation.Block(rules: c.rules, detail: Localized(fr: fr, en: en))
                }
                blocked.append(ex)
            }
            return Outcome(proposals: [], blocked: blocked, report: report)
        case .solved(let r):
            let byId = Dictionary(uniqueKeysWithValues: r.assignments.map { ($0.event, $0) })
            let school = explain ? try store.schoolHolidayNames(from: start, to: end) : [:]
            let explainer = PlanExplainer(instance: instance, assignments: r.assignments, schoolHolidays: school)
            var proposals: [Proposal] = []
            for e in unplaced {
                if let a = byId[e.uid], let d = LocalDate(iso: a.start) {
                    proposals.append(Proposal(event: e, day: d, city: a.city,
                                              explanation: explain ? explainer.explain(eventId: e.uid, title: e.title) : nil))
                }
            }
            return Outcome(proposals: proposals, blocked: [], report: nil)
        }
    }

    /// The event placed as proposed: on the chosen day at its original time of day, in the
    /// chosen city.
    public static func placed(_ p: Proposal, zone: TimeZone, cityNames: [String: String] = [:]) -> Event {
        var e = p.event
        if case .unplaced(let candidates, _, _, _) = e.placement {
            e.title = chosenTitle(e.title, candidates: candidates.map { cityNames[$0] ?? $0 }, chosen: cityNames[p.city] ?? p.city)
        }
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

    /// "Green IT Day — Rodez ou Albi" with Albi chosen: "Green IT Day — Albi". The choice is
    /// a run of candidate city names joined by "ou", "or", "/" or commas; a title without
    /// one is kept as it is.
    public static func chosenTitle(_ title: String, candidates: [String], chosen: String) -> String {
        func fold(_ t: String) -> String { t.folding(options: [.diacriticInsensitive], locale: nil) }
        guard candidates.count > 1 else { return title }
        let city = "(?:" + candidates.map(fold).sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern).joined(separator: "|") + ")"
        let separator = "\\s*(?:,|/|\\bou\\b|\\bor\\b)\\s*"
        guard let re = try? NSRegularExpression(pattern: "\\b" + city + "(?:" + separator + city + ")+\\b", options: [.caseInsensitive]) else { return title }
        // Matched on a copy without accents; precomposed letters keep their UTF-16 length.
        let folded = fold(title)
        let ns = title as NSString
        let target = (folded as NSString).length == ns.length ? folded : title
        guard let m = re.firstMatch(in: target, range: NSRange(location: 0, length: ns.length)) else { return title }
        return ns.replacingCharacters(in: m.range, with: chosen)
    }
}
