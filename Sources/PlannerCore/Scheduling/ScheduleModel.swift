import Foundation

/// The instance with every id interned to an integer and every question the solver asks
/// precomputed: each event's legal (start day, city) options, which city pairs are far,
/// the ISO week and quarter of each day. Built once, read by the solver's hot loops.
struct ScheduleModel: Sendable {
    let instance: SchedulingInstance
    let start: LocalDate
    let days: Int
    let cityIds: [String]
    let personIds: [String]
    let eventIds: [String]
    /// far[c1 * nC + c2]: road distance above far_km.
    let far: [Bool]
    let gap: Int
    let maxBig: Int
    let duration: [Int]
    let people: [[Int]]
    let big: [Bool]
    /// Index of the event's spread series, or -1.
    let series: [Int]
    let seriesCount: Int
    /// Legal options per event, as (day, city) pairs.
    let options: [[Option]]
    /// Per day: dense ISO-week index and quarter index.
    let week: [Int]
    let weekCount: Int
    let quarter: [Int]
    let quarterCount: Int
    /// City indices of the two balance cities (or -1).
    let balanceA: Int
    let balanceB: Int
    let weightS1: Int
    let weightS2: Int
    /// Why an event has no option, for the infeasibility report.
    let emptyReasons: [Int: Localized]

    struct Option: Hashable, Sendable {
        var day: Int32
        var city: Int32
    }

    init(_ inst: SchedulingInstance) {
        instance = inst
        let startDate = LocalDate(iso: inst.calendar.start)!
        let dayCount = startDate.days(until: LocalDate(iso: inst.calendar.end)!) + 1
        start = startDate
        days = dayCount
        cityIds = inst.cities.map(\.id)
        personIds = inst.people.map(\.id)
        eventIds = inst.events.map(\.id)
        let cityIndex = Dictionary(uniqueKeysWithValues: cityIds.enumerated().map { ($1, $0) })
        let personIndex = Dictionary(uniqueKeysWithValues: personIds.enumerated().map { ($1, $0) })
        let nC = cityIds.count
        var far = [Bool](repeating: false, count: nC * nC)
        for (i, a) in cityIds.enumerated() {
            for (j, b) in cityIds.enumerated() {
                let km = inst.distances_km[a]?[b] ?? inst.distances_km[b]?[a] ?? 0
                far[i * nC + j] = km > inst.rules.far_km
            }
        }
        self.far = far
        gap = max(0, inst.rules.travel_gap_days)
        maxBig = inst.rules.max_big_events_per_city_day
        let holidays = Set(inst.calendar.public_holidays.compactMap { LocalDate(iso: $0.date) })
        let workdays = Set(inst.calendar.workdays)
        let open = (0..<dayCount).map { d -> Bool in
            let date = startDate.adding(days: d)
            return workdays.contains(date.weekday) && !holidays.contains(date)
        }
        var weekKeys: [Int: Int] = [:], quarterKeys: [Int: Int] = [:]
        var week = [Int](), quarter = [Int]()
        for d in 0..<dayCount {
            let date = startDate.adding(days: d)
            let w = date.isoWeek
            let wk = w.year * 100 + w.week, qk = date.year * 10 + (date.month - 1) / 3
            if weekKeys[wk] == nil { weekKeys[wk] = weekKeys.count }
            if quarterKeys[qk] == nil { quarterKeys[qk] = quarterKeys.count }
            week.append(weekKeys[wk]!)
            quarter.append(quarterKeys[qk]!)
        }
        self.week = week
        weekCount = weekKeys.count
        self.quarter = quarter
        quarterCount = quarterKeys.count
        let spread = inst.series.filter { $0.spread_weeks ?? true }.map(\.id)
        let seriesIndex = Dictionary(uniqueKeysWithValues: spread.enumerated().map { ($1, $0) })
        seriesCount = spread.count
        duration = inst.events.map(\.duration_days)
        people = inst.events.map { $0.required_people.compactMap { personIndex[$0] } }
        big = inst.events.map(\.big)
        series = inst.events.map { $0.series.flatMap { seriesIndex[$0] } ?? -1 }
        var options: [[Option]] = []
        var reasons: [Int: Localized] = [:]
        for (i, e) in inst.events.enumerated() {
            let lo = max(0, startDate.days(until: LocalDate(iso: e.earliest_start)!))
            let hi = min(dayCount - 1, startDate.days(until: LocalDate(iso: e.latest_end)!)) - (e.duration_days - 1)
            var list: [Option] = []
            if lo <= hi {
                for d in lo...hi where (0..<e.duration_days).allSatisfy({ open[d + $0] }) {
                    for c in e.cities { list.append(Option(day: Int32(d), city: Int32(cityIndex[c]!))) }
                }
            }
            if list.isEmpty {
                let hol = inst.calendar.public_holidays.filter { $0.date >= e.earliest_start && $0.date <= e.latest_end }.map { "\($0.name) \($0.date)" }
                reasons[i] = Catalogue.Scheduling.noConsecutiveWorkdays(e.duration_days, from: e.earliest_start, to: e.latest_end, holidays: hol)
            }
            options.append(list)
        }
        self.options = options
        emptyReasons = reasons
        balanceA = inst.rules.balance_cities.count == 2 ? cityIndex[inst.rules.balance_cities[0]] ?? -1 : -1
        balanceB = inst.rules.balance_cities.count == 2 ? cityIndex[inst.rules.balance_cities[1]] ?? -1 : -1
        weightS1 = inst.rules.weights.series_same_week
        weightS2 = inst.rules.weights.balance
    }

    func isFar(_ a: Int, _ b: Int) -> Bool { far[a * cityIds.count + b] }

    func date(_ day: Int) -> LocalDate { start.adding(days: day) }

    /// A valid lower bound of the objective: S1 ≥ 0, and per quarter a bound on
    /// |TLS − MPL|. Events certain to start in the quarter are forced to one side (fA, fB) or
    /// free between the two (k); events that may or may not count there (mA, mB) loosen it.
    /// With no such optional event, the difference moves by steps of 2 from |fA − fB|, so its
    /// parity is fixed too (S2's parity bound).
    /// `pinned` gives the only option of events that cannot move.
    func lowerBound(pinned: [Int: Option] = [:]) -> Int {
        guard balanceA >= 0, balanceB >= 0 else { return 0 }
        let n = quarterCount
        var fA = [Int](repeating: 0, count: n), fB = fA, k = fA, mA = fA, mB = fA
        for (e, all) in options.enumerated() {
            let opts = pinned[e].map { [$0] } ?? all
            if opts.isEmpty { continue }
            let qs = Set(opts.map { quarter[Int($0.day)] })
            let cs = Set(opts.map { Int($0.city) })
            let touchesA = cs.contains(balanceA), touchesB = cs.contains(balanceB)
            guard touchesA || touchesB else { continue }
            if qs.count == 1, let q = qs.first, cs.isSubset(of: [balanceA, balanceB]) {
                if touchesA && touchesB { k[q] += 1 } else if touchesA { fA[q] += 1 } else { fB[q] += 1 }
                continue
            }
            for q in qs {
                if opts.contains(where: { quarter[Int($0.day)] == q && Int($0.city) == balanceA }) { mA[q] += 1 }
                if opts.contains(where: { quarter[Int($0.day)] == q && Int($0.city) == balanceB }) { mB[q] += 1 }
            }
        }
        var lb = 0
        for q in 0..<n {
            let diff = abs(fA[q] - fB[q])
            if mA[q] == 0 && mB[q] == 0 {
                lb += diff >= k[q] ? diff - k[q] : (k[q] - diff) % 2
            } else {
                lb += max(0, fA[q] - fB[q] - k[q] - mB[q], fB[q] - fA[q] - k[q] - mA[q])
            }
        }
        return lb * weightS2
    }
}
