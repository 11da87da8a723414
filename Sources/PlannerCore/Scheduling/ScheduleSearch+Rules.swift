// The hard rules (H2, H3, H4) as seen from the search state, and the soft costs' deltas (S1, S2).
import Foundation

extension Search {
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
}
