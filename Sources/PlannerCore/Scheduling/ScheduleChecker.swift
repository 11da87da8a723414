import Foundation

/// Applies SCHEDULING.md's rules to any assignment, straight from the instance (no solver
/// state), so it can judge the solver: hard rules H1–H4 as violations, soft costs S1 and S2.
public struct ScheduleChecker: Sendable {
    public struct Violation: Hashable, Sendable, CustomStringConvertible {
        public var rule: HardRule
        public var events: [String]
        public var detail: Localized
        public func text(_ lang: Language) -> String { "\(rule) \(events.joined(separator: ", "))\(Catalogue.colon(lang))\(detail(lang))" }
        public var description: String { text(.en) }
    }

    public struct Result: Sendable {
        public var violations: [Violation]
        public var s1: Int
        public var s2: Int
        public var objective: Int { s1 + s2 }
        public var feasible: Bool { violations.isEmpty }
    }

    public let instance: SchedulingInstance

    public init(instance: SchedulingInstance) {
        self.instance = instance
    }

    public func check(_ assignments: [SchedulingAssignment]) -> Result {
        let inst = instance
        var v: [Violation] = []
        let holidays = Set(inst.calendar.public_holidays.compactMap { LocalDate(iso: $0.date) })
        let workdays = Set(inst.calendar.workdays)
        let horizon = (LocalDate(iso: inst.calendar.start)!, LocalDate(iso: inst.calendar.end)!)
        let byEvent = Dictionary(assignments.map { ($0.event, $0) }, uniquingKeysWith: { a, _ in a })
        for a in assignments where !inst.events.contains(where: { $0.id == a.event }) {
            v.append(Violation(rule: .h1, events: [a.event], detail: Catalogue.Scheduling.notAnEvent))
        }
        var placed: [(SchedulingInstance.EventInfo, LocalDate, String)] = []
        for e in inst.events {
            guard let a = byEvent[e.id] else { v.append(Violation(rule: .h1, events: [e.id], detail: Catalogue.Scheduling.notPlaced)); continue }
            guard let s = LocalDate(iso: a.start) else { v.append(Violation(rule: .h1, events: [e.id], detail: Catalogue.Scheduling.invalidStart(a.start))); continue }
            if !e.cities.contains(a.city) { v.append(Violation(rule: .h1, events: [e.id], detail: Catalogue.Scheduling.notACandidate(a.city))) }
            let earliest = LocalDate(iso: e.earliest_start)!, latest = LocalDate(iso: e.latest_end)!
            let last = s.adding(days: e.duration_days - 1)
            if s < earliest || last > latest { v.append(Violation(rule: .h1, events: [e.id], detail: Catalogue.Scheduling.outsideWindow(s.description, last.description, earliest: earliest.description, latest: latest.description))) }
            if s < horizon.0 || last > horizon.1 { v.append(Violation(rule: .h1, events: [e.id], detail: Catalogue.Scheduling.outsideCalendar)) }
            for k in 0..<e.duration_days {
                let d = s.adding(days: k)
                if !workdays.contains(d.weekday) { v.append(Violation(rule: .h1, events: [e.id], detail: Catalogue.Scheduling.notAWorkday(d.description))) }
                if holidays.contains(d) { v.append(Violation(rule: .h1, events: [e.id], detail: Catalogue.Scheduling.publicHoliday(d.description))) }
            }
            placed.append((e, s, a.city))
        }
        // H2 and H3, per person.
        var byPerson: [String: [(SchedulingInstance.EventInfo, LocalDate, String)]] = [:]
        for p in placed { for person in p.0.required_people { byPerson[person, default: []].append(p) } }
        let far = inst.rules.far_km, gap = inst.rules.travel_gap_days
        for (person, list) in byPerson.sorted(by: { $0.key < $1.key }) {
            let sorted = list.sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
            for i in 0..<sorted.count {
                for j in (i + 1)..<sorted.count {
                    let (a, sa, ca) = sorted[i], (b, sb, cb) = sorted[j]
                    let ea = sa.adding(days: a.duration_days - 1), eb = sb.adding(days: b.duration_days - 1)
                    if sb <= ea && sa <= eb {
                        v.append(Violation(rule: .h2, events: [a.id, b.id], detail: Catalogue.Scheduling.sameDay(person)))
                        continue
                    }
                    let km = inst.distances_km[ca]?[cb] ?? inst.distances_km[cb]?[ca] ?? 0
                    if km > far {
                        let between = sa < sb ? ea.days(until: sb) - 1 : eb.days(until: sa) - 1
                        if between < gap {
                            v.append(Violation(rule: .h3, events: [a.id, b.id], detail: Catalogue.Scheduling.driveWithoutGap(person, ca, cb, km: km, between: between)))
                        }
                    }
                }
            }
        }
        // H4.
        var big: [String: [String]] = [:]
        for (e, s, c) in placed where e.big {
            for k in 0..<e.duration_days { big["\(c) \(s.adding(days: k))", default: []].append(e.id) }
        }
        for (key, ids) in big.sorted(by: { $0.key < $1.key }) where ids.count > inst.rules.max_big_events_per_city_day {
            v.append(Violation(rule: .h4, events: ids, detail: Catalogue.Scheduling.bigEvents(ids.count, key)))
        }
        // S1: pairs of a spread series starting in one ISO week.
        let spread = Set(inst.series.filter { $0.spread_weeks ?? true }.map(\.id))
        var weekCount: [String: Int] = [:]
        for (e, s, _) in placed { if let sr = e.series, spread.contains(sr) { weekCount["\(sr) \(s.isoWeek)", default: 0] += 1 } }
        let s1 = weekCount.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 } * inst.rules.weights.series_same_week
        // S2: |TLS − MPL| starts per calendar quarter.
        let cities = inst.rules.balance_cities
        var quarters: [String: (Int, Int)] = [:]
        for (_, s, c) in placed where cities.count == 2 && (c == cities[0] || c == cities[1]) {
            let key = "\(s.year)-Q\((s.month - 1) / 3 + 1)"
            var q = quarters[key] ?? (0, 0)
            if c == cities[0] { q.0 += 1 } else { q.1 += 1 }
            quarters[key] = q
        }
        let s2 = quarters.values.reduce(0) { $0 + abs($1.0 - $1.1) } * inst.rules.weights.balance
        return Result(violations: v, s1: s1, s2: s2)
    }
}
