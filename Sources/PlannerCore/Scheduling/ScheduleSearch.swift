// The solver's mutable state (who is where, person-days, counts per city-day, series-week and
// quarter) and the two moves that keep it and the running cost in step: place and remove.
import Foundation

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

    /// Puts `e` at `o`, updating every count and the running cost.
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
}
