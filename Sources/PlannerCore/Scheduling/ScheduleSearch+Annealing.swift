// Improvement: simulated annealing over single-event moves, biased towards events paying a
// cost, and the final check of the best plan.
import Foundation

extension Search {
    /// Simulated annealing from the constructed plan until the move budget, the time limit or
    /// the lower bound; keeps the best plan and re-checks it.
    mutating func anneal(options: ScheduleOptions, clock: Date, progress: ((Double, Int) -> Void)?) -> ScheduleResult {
        let n = m.eventIds.count
        let firstFeasible = Date().timeIntervalSince(clock)
        var best = (day, city, cost)
        progress?(firstFeasible, cost)
        var pinned: [Int: ScheduleModel.Option] = [:]
        for e in 0..<n where fixed[e] { pinned[e] = .init(day: day[e], city: city[e]) }
        let lb = m.lowerBound(pinned: pinned)
        var iterations = 0
        let movable = (0..<n).filter { !fixed[$0] }
        let budgetMoves = options.maxIterations ?? Swift.max(SearchTuning.minimumMoves, SearchTuning.movesPerEvent * n)
        var temperature = SearchTuning.startTemperature
        let cooling = pow(SearchTuning.endTemperature / SearchTuning.startTemperature, 1.0 / Double(Swift.max(1, budgetMoves)))
        var hot: [Int] = []
        while iterations < budgetMoves && best.2 > lb && !movable.isEmpty {
            if iterations & SearchTuning.clockCheckMask == 0 && Date().timeIntervalSince(clock) > options.timeLimit { break }
            if iterations % SearchTuning.costlyRefreshMoves == 0 { hot = costlyEvents() }
            iterations += 1
            temperature *= cooling
            let e = (!hot.isEmpty && rng.below(2) == 0) ? hot[rng.below(hot.count)] : movable[rng.below(movable.count)]
            let opts = m.options[e]
            var pick: ScheduleModel.Option?
            var pickDelta = Int.max
            for _ in 0..<Swift.min(SearchTuning.optionsPerMove, opts.count) {
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
        return ScheduleResult(assignments: assignments, objective: checked.objective, s1: checked.s1, s2: checked.s2,
                                      lowerBound: lb, optimal: checked.objective <= lb, firstFeasibleSeconds: firstFeasible,
                                      seconds: Date().timeIntervalSince(clock), iterations: iterations)
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
}
