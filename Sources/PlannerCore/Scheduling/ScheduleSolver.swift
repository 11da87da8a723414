import Foundation

/// Options of a solve. The search is deterministic for a given seed as long as it stops on
/// its iteration budget, not on the time limit (which only cuts a run short on a slow machine).
public struct ScheduleOptions: Sendable {
    public var timeLimit: Double
    public var seed: UInt64
    /// Moves tried after construction (default: scaled to the instance size).
    public var maxIterations: Int?
    /// Events already placed that must not move (the database's fixed calendar for `plan`).
    public var fixed: [SchedulingAssignment]

    public init(timeLimit: Double = 10, seed: UInt64 = 1, maxIterations: Int? = nil, fixed: [SchedulingAssignment] = []) {
        self.timeLimit = timeLimit
        self.seed = seed
        self.maxIterations = maxIterations
        self.fixed = fixed
    }
}

/// A solved instance.
public struct ScheduleResult: Sendable {
    public var assignments: [SchedulingAssignment]
    public var objective: Int
    public var s1: Int
    public var s2: Int
    public var lowerBound: Int
    public var optimal: Bool
    public var firstFeasibleSeconds: Double
    public var seconds: Double
    public var iterations: Int

    public func solution(sha256: String) -> SchedulingSolution {
        SchedulingSolution(instanceSHA256: sha256, status: optimal ? "optimal" : "feasible", objective: objective, assignments: assignments)
    }
}

public enum ScheduleOutcome: Sendable {
    case solved(ScheduleResult)
    case infeasible(InfeasibilityReport)
}

/// The scheduler: a most-constrained-first construction with conflict-directed repair
/// (events that block a placement are taken out and placed again), then simulated
/// annealing over single-event moves with incremental cost deltas, keeping the best plan.
/// Every plan it returns has been re-checked by `ScheduleChecker`.
public struct ScheduleSolver: Sendable {
    public let instance: SchedulingInstance
    public let options: ScheduleOptions

    public init(instance: SchedulingInstance, options: ScheduleOptions) {
        self.instance = instance
        self.options = options
    }

    public func solve(progress: ((Double, Int) -> Void)? = nil) -> ScheduleOutcome {
        let model = ScheduleModel(instance)
        var search = Search(model: model, seed: options.seed)
        return search.run(options: options, progress: progress)
    }
}

/// The mutable search state: who is where, person-days, big events per city-day, series
/// per week, balance per quarter, and the running cost.
struct Search {
    let m: ScheduleModel
    var rng: SeededGenerator
    var day: [Int32]
    var city: [Int32]
    var fixed: [Bool]
    var personDay: [Int32]
    var bigCount: [Int16]
    var seriesWeek: [Int32]
    var qA: [Int]
    var qB: [Int]
    var s1 = 0
    var s2 = 0
    var cost: Int { s1 + s2 }

    init(model: ScheduleModel, seed: UInt64) {
        m = model
        rng = SeededGenerator(seed: seed)
        let n = model.eventIds.count
        day = [Int32](repeating: -1, count: n)
        city = [Int32](repeating: -1, count: n)
        fixed = [Bool](repeating: false, count: n)
        personDay = [Int32](repeating: -1, count: model.personIds.count * model.days)
        bigCount = [Int16](repeating: 0, count: model.cityIds.count * model.days)
        seriesWeek = [Int32](repeating: 0, count: max(1, model.seriesCount * model.weekCount))
        qA = [Int](repeating: 0, count: model.quarterCount)
        qB = qA
    }

    // MARK: Rules

    /// Events that prevent placing `e` at `o` (H2, H3, H4), `e` itself excluded.
    func blockers(_ e: Int, _ o: ScheduleModel.Option, into out: inout [Int]) {
        out.removeAll(keepingCapacity: true)
        let d0 = Int(o.day), dur = m.duration[e], c = Int(o.city), D = m.days
        for p in m.people[e] {
            let base = p * D
            for d in d0..<(d0 + dur) {
                let x = Int(personDay[base + d])
                if x >= 0 && x != e && !out.contains(x) { out.append(x) }
            }
            if m.gap > 0 {
                for d in Swift.max(0, d0 - m.gap)..<d0 { checkFar(personDay[base + d], e, c, &out) }
                for d in (d0 + dur)..<Swift.min(D, d0 + dur + m.gap) { checkFar(personDay[base + d], e, c, &out) }
            }
        }
        if m.big[e] {
            for d in d0..<(d0 + dur) {
                var n = Int(bigCount[c * D + d])
                if n == 0 { continue }
                if day[e] >= 0 && Int(city[e]) == c && Int(day[e]) <= d && d < Int(day[e]) + dur { n -= 1 }
                if n >= m.maxBig {
                    for x in 0..<day.count where x != e && m.big[x] && Int(city[x]) == c && day[x] >= 0 && Int(day[x]) <= d && d < Int(day[x]) + m.duration[x] {
                        if !out.contains(x) { out.append(x) }
                    }
                }
            }
        }
    }

    @inline(__always)
    func checkFar(_ x32: Int32, _ e: Int, _ c: Int, _ out: inout [Int]) {
        let x = Int(x32)
        if x >= 0 && x != e && m.isFar(c, Int(city[x])) && !out.contains(x) { out.append(x) }
    }

    /// Fast path: whether `e` can go to `o` with nothing in the way.
    func feasible(_ e: Int, _ o: ScheduleModel.Option) -> Bool {
        let d0 = Int(o.day), dur = m.duration[e], c = Int(o.city), D = m.days
        for p in m.people[e] {
            let base = p * D
            for d in d0..<(d0 + dur) {
                let x = Int(personDay[base + d])
                if x >= 0 && x != e { return false }
            }
            if m.gap > 0 {
                for d in Swift.max(0, d0 - m.gap)..<d0 {
                    let x = Int(personDay[base + d])
                    if x >= 0 && x != e && m.isFar(c, Int(city[x])) { return false }
                }
                let upper = Swift.min(D, d0 + dur + m.gap)
                if d0 + dur < upper {
                    for d in (d0 + dur)..<upper {
                        let x = Int(personDay[base + d])
                        if x >= 0 && x != e && m.isFar(c, Int(city[x])) { return false }
                    }
                }
            }
        }
        if m.big[e] {
            for d in d0..<(d0 + dur) {
                var n = Int(bigCount[c * D + d])
                if day[e] >= 0 && Int(city[e]) == c && Int(day[e]) <= d && d < Int(day[e]) + dur { n -= 1 }
                if n >= m.maxBig { return false }
            }
        }
        return true
    }

    // MARK: Costs

    func balanceCost(_ a: Int, _ b: Int) -> Int { abs(a - b) * m.weightS2 }

    /// Change of the objective if `e` moved to `o` (from wherever it is, or from nowhere).
    func delta(_ e: Int, _ o: ScheduleModel.Option) -> Int {
        var d = 0
        let placed = day[e] >= 0
        let s = m.series[e]
        if s >= 0 {
            let wNew = m.week[Int(o.day)]
            if placed {
                let wOld = m.week[Int(day[e])]
                if wOld != wNew { d += m.weightS1 * (Int(seriesWeek[s * m.weekCount + wNew]) - Int(seriesWeek[s * m.weekCount + wOld]) + 1) }
            } else {
                d += m.weightS1 * Int(seriesWeek[s * m.weekCount + wNew])
            }
        }
        let cNew = Int(o.city), qNew = m.quarter[Int(o.day)]
        let newSide = cNew == m.balanceA ? 1 : cNew == m.balanceB ? 2 : 0
        var oldSide = 0, qOld = -1
        if placed {
            let cOld = Int(city[e])
            oldSide = cOld == m.balanceA ? 1 : cOld == m.balanceB ? 2 : 0
            qOld = m.quarter[Int(day[e])]
        }
        if oldSide == newSide && qOld == qNew { return d }
        if oldSide != 0 {
            let a = qA[qOld] - (oldSide == 1 ? 1 : 0), b = qB[qOld] - (oldSide == 2 ? 1 : 0)
            d += balanceCost(a, b) - balanceCost(qA[qOld], qB[qOld])
            if newSide != 0 && qNew == qOld {
                let a2 = a + (newSide == 1 ? 1 : 0), b2 = b + (newSide == 2 ? 1 : 0)
                return d + balanceCost(a2, b2) - balanceCost(a, b)
            }
        }
        if newSide != 0 {
            let a = qA[qNew], b = qB[qNew]
            d += balanceCost(a + (newSide == 1 ? 1 : 0), b + (newSide == 2 ? 1 : 0)) - balanceCost(a, b)
        }
        return d
    }

    // MARK: Moves

    mutating func place(_ e: Int, _ o: ScheduleModel.Option) {
        if day[e] >= 0 { remove(e) }
        let d0 = Int(o.day), c = Int(o.city), D = m.days
        day[e] = o.day
        city[e] = o.city
        for p in m.people[e] { for d in d0..<(d0 + m.duration[e]) { personDay[p * D + d] = Int32(e) } }
        if m.big[e] { for d in d0..<(d0 + m.duration[e]) { bigCount[c * D + d] += 1 } }
        let s = m.series[e]
        if s >= 0 {
            let idx = s * m.weekCount + m.week[d0]
            s1 += m.weightS1 * Int(seriesWeek[idx])
            seriesWeek[idx] += 1
        }
        let q = m.quarter[d0]
        if c == m.balanceA || c == m.balanceB {
            let before = balanceCost(qA[q], qB[q])
            if c == m.balanceA { qA[q] += 1 } else { qB[q] += 1 }
            s2 += balanceCost(qA[q], qB[q]) - before
        }
    }

    mutating func remove(_ e: Int) {
        guard day[e] >= 0 else { return }
        let d0 = Int(day[e]), c = Int(city[e]), D = m.days
        for p in m.people[e] { for d in d0..<(d0 + m.duration[e]) where personDay[p * D + d] == Int32(e) { personDay[p * D + d] = -1 } }
        if m.big[e] { for d in d0..<(d0 + m.duration[e]) { bigCount[c * D + d] -= 1 } }
        let s = m.series[e]
        if s >= 0 {
            let idx = s * m.weekCount + m.week[d0]
            seriesWeek[idx] -= 1
            s1 -= m.weightS1 * Int(seriesWeek[idx])
        }
        let q = m.quarter[d0]
        if c == m.balanceA || c == m.balanceB {
            let before = balanceCost(qA[q], qB[q])
            if c == m.balanceA { qA[q] -= 1 } else { qB[q] -= 1 }
            s2 += balanceCost(qA[q], qB[q]) - before
        }
        day[e] = -1
        city[e] = -1
    }

    // MARK: Search

    mutating func run(options: ScheduleOptions, progress: ((Double, Int) -> Void)?) -> ScheduleOutcome {
        let clock = Date()
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
            return .infeasible(InfeasibilityReport(clashes: empty.sorted { $0.key < $1.key }.map {
                .init(events: [m.eventIds[$0.key]], rule: "H1", detail: $0.value)
            }, proven: true))
        }
        if let report = personOverload() { return .infeasible(report) }
        // Most constrained first: fewest options per person involved, big events early.
        var order = (0..<n).filter { !fixed[$0] }
        order.shuffle(using: &rng)
        let model = m
        let key = (0..<n).map { e in Double(model.options[e].count) / Double(1 + model.people[e].count) / (model.big[e] ? 2 : 1) }
        order.sort { key[$0] < key[$1] }
        var queue = order[...]
        var ejections = [Int](repeating: 0, count: n)
        var budget = 40 * n + 1000
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
                let score = inTheWay.reduce(0) { $0 + 10 + 5 * ejections[$1] } * 64 + rng.below(64)
                if score < choiceScore { choiceScore = score; choice = o; choiceBlockers = inTheWay }
            }
            guard let choice else { pending.append(e); break }
            for b in choiceBlockers { remove(b); ejections[b] += 1; pending.append(b) }
            place(e, choice)
        }
        let unplaced = (0..<n).filter { day[$0] < 0 }
        if !unplaced.isEmpty { return .infeasible(report(unplaced)) }
        let firstFeasible = Date().timeIntervalSince(clock)
        var best = (day, city, cost)
        progress?(firstFeasible, cost)
        var pinned: [Int: ScheduleModel.Option] = [:]
        for e in 0..<n where fixed[e] { pinned[e] = .init(day: day[e], city: city[e]) }
        let lb = m.lowerBound(pinned: pinned)
        var iterations = 0
        let movable = (0..<n).filter { !fixed[$0] }
        let budgetMoves = options.maxIterations ?? Swift.max(200_000, 600 * n)
        var temperature = 2.0
        let cooling = pow(0.02 / 2.0, 1.0 / Double(Swift.max(1, budgetMoves)))
        var hot: [Int] = []
        while iterations < budgetMoves && best.2 > lb && !movable.isEmpty {
            if iterations & 255 == 0 && Date().timeIntervalSince(clock) > options.timeLimit { break }
            if iterations % 2000 == 0 { hot = costlyEvents() }
            iterations += 1
            temperature *= cooling
            let e = (!hot.isEmpty && rng.below(2) == 0) ? hot[rng.below(hot.count)] : movable[rng.below(movable.count)]
            let opts = m.options[e]
            var pick: ScheduleModel.Option?
            var pickDelta = Int.max
            for _ in 0..<Swift.min(12, opts.count) {
                let o = opts[rng.below(opts.count)]
                if o.day == day[e] && o.city == city[e] { continue }
                guard feasible(e, o) else { continue }
                let dl = delta(e, o)
                if dl < pickDelta { pickDelta = dl; pick = o }
            }
            guard let o = pick else { continue }
            if pickDelta <= 0 || rng.unit() < exp(-Double(pickDelta) / temperature) {
                place(e, o)
                if cost < best.2 {
                    best = (day, city, cost)
                    progress?(Date().timeIntervalSince(clock), cost)
                }
            }
        }
        day = best.0
        city = best.1
        let assignments = (0..<n).map {
            SchedulingAssignment(event: m.eventIds[$0], start: m.date(Int(day[$0])).description, city: m.cityIds[Int(city[$0])])
        }
        let checked = ScheduleChecker(instance: m.instance).check(assignments)
        // Clashes among fixed events were there before; any other is a bug in this file.
        let fixedIds = Set((0..<n).filter { fixed[$0] }.map { m.eventIds[$0] })
        let ours = checked.violations.filter { !Set($0.events).isSubset(of: fixedIds) }
        precondition(ours.isEmpty, "scheduler produced an invalid plan: \(ours.prefix(3))")
        return .solved(ScheduleResult(assignments: assignments, objective: checked.objective, s1: checked.s1, s2: checked.s2,
                                      lowerBound: lb, optimal: checked.objective <= lb, firstFeasibleSeconds: firstFeasible,
                                      seconds: Date().timeIntervalSince(clock), iterations: iterations))
    }

    /// Events currently paying a cost: in a series week with others, or in an unbalanced quarter.
    func costlyEvents() -> [Int] {
        var out: [Int] = []
        for e in 0..<day.count where day[e] >= 0 && !fixed[e] {
            let s = m.series[e]
            if s >= 0 && seriesWeek[s * m.weekCount + m.week[Int(day[e])]] > 1 { out.append(e); continue }
            let c = Int(city[e]), q = m.quarter[Int(day[e])]
            if (c == m.balanceA && qA[q] > qB[q]) || (c == m.balanceB && qB[q] > qA[q]) { out.append(e) }
        }
        return out
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
                clashes.append(.init(events: events.map { m.eventIds[$0] }, rule: "H2",
                                     detail: "\(m.personIds[p]) is needed on \(needed) days but their windows offer only \(days.count)"))
            }
        }
        return clashes.isEmpty ? nil : InfeasibilityReport(clashes: clashes, proven: true)
    }

    /// For events left out: what blocks them on each of their options.
    func report(_ unplaced: [Int]) -> InfeasibilityReport {
        var clashes: [InfeasibilityReport.Clash] = []
        var scratch: [Int] = []
        for e in unplaced.prefix(20) {
            var counts: [Int: Int] = [:]
            var rules = Set<String>()
            for o in m.options[e] {
                blockers(e, o, into: &scratch)
                for b in scratch {
                    counts[b, default: 0] += 1
                    let shared = Set(m.people[e]).intersection(m.people[b])
                    if !shared.isEmpty {
                        rules.insert(Int(day[b]) == Int(o.day) || !m.isFar(Int(o.city), Int(city[b])) ? "H2" : "H3")
                    } else { rules.insert("H4") }
                }
            }
            let top = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map { m.eventIds[$0.key] }
            let days = Set(m.options[e].map { m.date(Int($0.day)).description }).sorted()
            let window = days.count <= 3 ? days.joined(separator: ", ") : "\(days.count) possible days"
            clashes.append(.init(events: [m.eventIds[e]] + top, rule: rules.sorted().joined(separator: "+").nilIfEmpty ?? "H2",
                                 detail: "\(m.eventIds[e]) cannot be placed (\(window)); in the way: \(top.joined(separator: ", "))"
                                    + (m.people[e].isEmpty ? "" : "; needs \(m.people[e].map { m.personIds[$0] }.joined(separator: ", "))")))
        }
        return InfeasibilityReport(clashes: clashes, proven: false)
    }
}
