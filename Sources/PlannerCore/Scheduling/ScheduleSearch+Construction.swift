// Construction: fixed events first, proven infeasibility, then most-constrained-first placement
// with conflict-directed repair; and the report of what could not be placed.
import Foundation

extension Search {
    /// Places the fixed events, proves infeasibility when it can, then places every other
    /// event most-constrained first, ejecting blockers when none of its options is free.
    /// Returns nil when every event is placed, else why not.
    mutating func construct(options: ScheduleOptions, clock: Date) -> InfeasibilityReport? {
        let n = m.eventIds.count
        // Fixed events (already in the calendar) are where they are, whatever the rules say.
        let index = Dictionary(uniqueKeysWithValues: m.eventIds.enumerated().map { ($1, $0) })
        let cityIndex = Dictionary(uniqueKeysWithValues: m.cityIds.enumerated().map { ($1, $0) })
        for f in options.fixed {
            guard let e = index[f.event], let d = LocalDate(iso: f.start), let c = cityIndex[f.city] else { continue }
            let day = m.start.days(until: d)
            guard day >= 0, day + m.duration[e] <= m.days else { continue }
            place(e, .init(day: Int32(day), city: Int32(c)))
            fixed[e] = true
        }
        // Proven infeasibility: events with no legal day at all, people overloaded.
        let empty = m.emptyReasons.filter { !fixed[$0.key] }
        if !empty.isEmpty {
            return InfeasibilityReport(clashes: empty.sorted { $0.key < $1.key }.map {
                .init(events: [m.eventIds[$0.key]], rules: [.h1], detail: $0.value)
            }, proven: true)
        }
        if let report = personOverload() { return report }
        // Most constrained first: fewest options per person involved, big events early.
        var order = (0..<n).filter { !fixed[$0] }
        order.shuffle(using: &rng)
        let model = m
        let key = (0..<n).map { e in Double(model.options[e].count) / Double(1 + model.people[e].count) / (model.big[e] ? 2 : 1) }
        order.sort { key[$0] < key[$1] }
        var queue = order[...]
        var ejections = [Int](repeating: 0, count: n)
        var budget = SearchTuning.repairsPerEvent * n + SearchTuning.repairsBase
        var inTheWay: [Int] = []
        var pending: [Int] = []
        while let e = queue.popFirst() ?? pending.popLast() {
            if Date().timeIntervalSince(clock) > options.timeLimit { break }
            var best: ScheduleModel.Option?
            var bestDelta = Int.max, ties = 0
            for o in m.options[e] where feasible(e, o) {
                let dl = delta(e, o)
                if dl < bestDelta { bestDelta = dl; best = o; ties = 1 } else if dl == bestDelta {
                    ties += 1
                    if rng.below(ties) == 0 { best = o }
                }
            }
            if let best { place(e, best); continue }
            // Conflict-directed repair: the option whose blockers are fewest and least often moved.
            budget -= 1
            if budget < 0 { pending.append(e); break }
            var choice: ScheduleModel.Option?
            var choiceScore = Int.max
            var choiceBlockers: [Int] = []
            for o in m.options[e] {
                blockers(e, o, into: &inTheWay)
                if inTheWay.contains(where: { fixed[$0] }) { continue }
                let score = inTheWay.reduce(0) { $0 + SearchTuning.blockerCost + SearchTuning.ejectionCost * ejections[$1] } * SearchTuning.tieBreakRange
                    + rng.below(SearchTuning.tieBreakRange)
                if score < choiceScore { choiceScore = score; choice = o; choiceBlockers = inTheWay }
            }
            guard let choice else { pending.append(e); break }
            for b in choiceBlockers { remove(b); ejections[b] += 1; pending.append(b) }
            place(e, choice)
        }
        let unplaced = (0..<n).filter { day[$0] < 0 }
        return unplaced.isEmpty ? nil : report(unplaced)
    }

    /// A person needed on more days than all their events' windows together offer.
    func personOverload() -> InfeasibilityReport? {
        var clashes: [InfeasibilityReport.Clash] = []
        var byPerson: [Int: [Int]] = [:]
        for e in 0..<m.eventIds.count where !fixed[e] { for p in m.people[e] { byPerson[p, default: []].append(e) } }
        for (p, events) in byPerson.sorted(by: { $0.key < $1.key }) {
            var days = Set<Int>()
            for e in events { for o in m.options[e] { for k in 0..<m.duration[e] { days.insert(Int(o.day) + k) } } }
            let needed = events.reduce(0) { $0 + m.duration[$1] }
            if needed > days.count {
                clashes.append(.init(events: events.map { m.eventIds[$0] }, rules: [.h2],
                                     detail: Catalogue.Scheduling.personOverloaded(m.personIds[p], needed: needed, offered: days.count)))
            }
        }
        return clashes.isEmpty ? nil : InfeasibilityReport(clashes: clashes, proven: true)
    }

    /// For events left out: what blocks them on each of their options.
    func report(_ unplaced: [Int]) -> InfeasibilityReport {
        var clashes: [InfeasibilityReport.Clash] = []
        var scratch: [Int] = []
        for e in unplaced.prefix(SearchTuning.reportedEvents) {
            var counts: [Int: Int] = [:]
            var rules = Set<HardRule>()
            for o in m.options[e] {
                blockers(e, o, into: &scratch)
                for b in scratch {
                    counts[b, default: 0] += 1
                    let shared = Set(m.people[e]).intersection(m.people[b])
                    if !shared.isEmpty {
                        rules.insert(Int(day[b]) == Int(o.day) || !m.isFar(Int(o.city), Int(city[b])) ? .h2 : .h3)
                    } else { rules.insert(.h4) }
                }
            }
            let top = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(SearchTuning.reportedBlockers).map { m.eventIds[$0.key] }
            let days = Set(m.options[e].map { m.date(Int($0.day)).description }).sorted()
            clashes.append(.init(events: [m.eventIds[e]] + top, rules: rules.isEmpty ? [.h2] : rules.sorted(),
                                 detail: Catalogue.Scheduling.cannotPlace(m.eventIds[e], days: days, blockers: top, people: m.people[e].map { m.personIds[$0] })))
        }
        return InfeasibilityReport(clashes: clashes, proven: false)
    }
}
