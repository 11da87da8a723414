import Foundation

/// Expands a recurrence rule into wall-clock date-times, period by period (RFC 5545 §3.3.10):
/// each period (a year, month, week, day, hour...) yields the candidate days allowed by the
/// BYxxx parts (all of them must match; BYDAY entries are alternatives), times from
/// BYHOUR/BYMINUTE/BYSECOND (or DTSTART's), then BYSETPOS picks within the period.
///
/// A window far from DTSTART is reached by jumping straight to the first period that can
/// touch it: only COUNT forces counting from the start (and the full list is then cached).
struct RecurrenceExpander: Sendable {
    let rule: RecurrenceRule
    let start: LocalDateTime
    /// Effective BYxxx sets after RFC 5545's defaults taken from DTSTART.
    let months: Set<Int>
    let monthDays: [Int]
    let weekdays: Set<Int>
    let nthWeekdays: [RecurrenceRule.WeekdayNum]
    let hours: [Int]
    let minutes: [Int]
    let seconds: [Int]
    /// What an expansion did, for tests of the jump to a far window.
    struct Statistics: Sendable {
        var periodsVisited = 0
    }

    init(rule: RecurrenceRule, start: LocalDateTime) {
        self.rule = rule
        self.start = start
        var months = Set(rule.byMonth)
        var monthDays = rule.byMonthDay
        var weekdays = Set(rule.byDay.filter { $0.ordinal == nil }.map(\.weekday))
        let nth = rule.byDay.filter { $0.ordinal != nil }
        // Without any day-level part, the day comes from DTSTART (RFC 5545 "derived from DTSTART").
        if rule.byWeekNo.isEmpty && rule.byYearDay.isEmpty && rule.byMonthDay.isEmpty && rule.byDay.isEmpty {
            switch rule.frequency {
            case .yearly:
                if months.isEmpty { months = [start.date.month] }
                monthDays = [start.date.day]
            case .monthly:
                monthDays = [start.date.day]
            case .weekly:
                weekdays = [start.date.weekday]
            default: break
            }
        }
        self.months = months
        self.monthDays = monthDays
        self.weekdays = weekdays
        self.nthWeekdays = nth
        hours = !rule.byHour.isEmpty ? rule.byHour.sorted() : [start.hour]
        minutes = !rule.byMinute.isEmpty ? rule.byMinute.sorted() : [start.minute]
        seconds = !rule.bySecond.isEmpty ? rule.bySecond.map { min($0, 59) }.sorted() : [start.second]
    }

    // MARK: Periods

    /// Index of the period containing `t`, counted from DTSTART's period.
    func periodIndex(of t: LocalDateTime) -> Int {
        switch rule.frequency {
        case .yearly: return t.date.year - start.date.year
        case .monthly: return (t.date.year * 12 + t.date.month) - (start.date.year * 12 + start.date.month)
        case .weekly: return floorDiv(weekStartDay(t.date).dayNumber - weekStartDay(start.date).dayNumber, 7)
        case .daily: return t.date.dayNumber - start.date.dayNumber
        case .hourly: return floorDiv(t.secondsSinceEpoch - floorTo(start.secondsSinceEpoch, 3600), 3600)
        case .minutely: return floorDiv(t.secondsSinceEpoch - floorTo(start.secondsSinceEpoch, 60), 60)
        case .secondly: return t.secondsSinceEpoch - start.secondsSinceEpoch
        }
    }

    func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    func floorTo(_ a: Int, _ b: Int) -> Int { floorDiv(a, b) * b }

    /// The first day of the week containing `d`, weeks starting on WKST.
    func weekStartDay(_ d: LocalDate) -> LocalDate {
        d.adding(days: -((d.weekday - rule.weekStart + 7) % 7))
    }

    /// Candidate date-times of period `k`, sorted, before BYSETPOS.
    func candidates(period k: Int) -> [LocalDateTime] {
        var days: [LocalDate] = []
        var fixedTime: (h: Int?, m: Int?, s: Int?) = (nil, nil, nil)
        switch rule.frequency {
        case .yearly:
            let y = start.date.year + k
            guard y >= 1, y <= 9999 else { return [] }
            days = dayCandidates(year: y)
        case .monthly:
            let total = start.date.year * 12 + (start.date.month - 1) + k
            let y = floorDiv(total, 12), m = total - y * 12 + 1
            guard y >= 1, y <= 9999 else { return [] }
            days = (1...LocalDate.daysIn(month: m, year: y)).map { LocalDate(year: y, month: m, day: $0) }.filter { matches($0, nthScope: .month) }
        case .weekly:
            let first = weekStartDay(start.date).adding(days: 7 * k)
            days = (0..<7).map { first.adding(days: $0) }.filter { matches($0, nthScope: .none) }
        case .daily:
            let d = start.date.adding(days: k)
            days = matches(d, nthScope: .none) ? [d] : []
        case .hourly, .minutely, .secondly:
            let unit = rule.frequency == .hourly ? 3600 : rule.frequency == .minutely ? 60 : 1
            let t = LocalDateTime(secondsSinceEpoch: floorTo(start.secondsSinceEpoch, unit) + k * unit)
            guard matches(t.date, nthScope: .none) else { return [] }
            days = [t.date]
            fixedTime.h = t.hour
            if unit <= 60 { fixedTime.m = t.minute }
            if unit == 1 { fixedTime.s = t.second }
        }
        var hs = hours, ms = minutes, ss = seconds
        if let h = fixedTime.h { guard rule.byHour.isEmpty || rule.byHour.contains(h) else { return [] }; hs = [h] }
        if let m = fixedTime.m { guard rule.byMinute.isEmpty || rule.byMinute.contains(m) else { return [] }; ms = [m] }
        if let s = fixedTime.s { guard rule.bySecond.isEmpty || rule.bySecond.contains(s) else { return [] }; ss = [s] }
        var out: [LocalDateTime] = []
        out.reserveCapacity(days.count * hs.count * ms.count * ss.count)
        for d in days { for h in hs { for m in ms { for s in ss { out.append(LocalDateTime(date: d, hour: h, minute: m, second: s)) } } } }
        if !rule.bySetPos.isEmpty {
            var picked: [LocalDateTime] = []
            for p in rule.bySetPos {
                let i = p > 0 ? p - 1 : out.count + p
                if out.indices.contains(i) { picked.append(out[i]) }
            }
            out = Array(Set(picked)).sorted()
        }
        return out
    }

    enum NthScope { case none, month, year }

    /// Days of a YEARLY period: BYDAY ordinals count within each month when BYMONTH is given,
    /// else within the year.
    func dayCandidates(year y: Int) -> [LocalDate] {
        let first = LocalDate(year: y, month: 1, day: 1)
        let n = LocalDate.daysIn(year: y)
        let scope: NthScope = rule.byMonth.isEmpty ? .year : .month
        // Narrow the scan to the months allowed when possible.
        if !months.isEmpty && rule.byWeekNo.isEmpty && rule.byYearDay.isEmpty {
            var out: [LocalDate] = []
            for m in months.sorted() {
                for d in 1...LocalDate.daysIn(month: m, year: y) {
                    let date = LocalDate(year: y, month: m, day: d)
                    if matches(date, nthScope: scope) { out.append(date) }
                }
            }
            return out
        }
        return (0..<n).map { first.adding(days: $0) }.filter { matches($0, nthScope: scope) }
    }

    /// Whether a day passes every BYxxx part (BYDAY entries, plain or nth, are alternatives).
    func matches(_ d: LocalDate, nthScope: NthScope) -> Bool {
        if !months.isEmpty && !months.contains(d.month) { return false }
        if !rule.byWeekNo.isEmpty {
            let (wy, wn) = weekNumber(d)
            let total = weeksIn(wy)
            if !rule.byWeekNo.contains(wn) && !rule.byWeekNo.contains(wn - total - 1) { return false }
        }
        if !rule.byYearDay.isEmpty {
            let o = d.ordinal, len = LocalDate.daysIn(year: d.year)
            if !rule.byYearDay.contains(o) && !rule.byYearDay.contains(o - len - 1) { return false }
        }
        if !monthDays.isEmpty {
            let len = LocalDate.daysIn(month: d.month, year: d.year)
            if !monthDays.contains(d.day) && !monthDays.contains(d.day - len - 1) { return false }
        }
        if !weekdays.isEmpty || !nthWeekdays.isEmpty {
            var ok = weekdays.contains(d.weekday)
            if !ok {
                for w in nthWeekdays where w.weekday == d.weekday {
                    let scope = nthScope == .none ? NthScope.month : nthScope
                    if nth(d, scope: scope, ordinal: w.ordinal!) { ok = true; break }
                }
            }
            if !ok { return false }
        }
        return true
    }

    /// Whether `d` is the `ordinal`-th (negative: from the end) of its weekday in its month or year.
    func nth(_ d: LocalDate, scope: NthScope, ordinal: Int) -> Bool {
        let (lo, hi): (LocalDate, LocalDate) = scope == .year
            ? (LocalDate(year: d.year, month: 1, day: 1), LocalDate(year: d.year, month: 12, day: 31))
            : (d.firstOfMonth, LocalDate(year: d.year, month: d.month, day: LocalDate.daysIn(month: d.month, year: d.year)))
        if ordinal > 0 { return (lo.days(until: d)) / 7 + 1 == ordinal }
        return (d.days(until: hi)) / 7 + 1 == -ordinal
    }

    /// Week-numbering year and week number of `d`, weeks starting on WKST, week 1 being the
    /// first with at least four days in the year (the one holding 4 January).
    func weekNumber(_ d: LocalDate) -> (Int, Int) {
        for y in [d.year + 1, d.year, d.year - 1] {
            let w1 = week1Start(y)
            if d >= w1 { return (y, w1.days(until: d) / 7 + 1) }
        }
        return (d.year - 1, 1)
    }

    func week1Start(_ y: Int) -> LocalDate { weekStartDay(LocalDate(year: y, month: 1, day: 4)) }
    func weeksIn(_ y: Int) -> Int { week1Start(y).days(until: week1Start(y + 1)) / 7 }

    // MARK: Iteration

    /// Wall-clock occurrences (DTSTART first, as RFC 5545 requires) with local time in
    /// `[lower, upper)`, at most `limit`, within the rule's COUNT and UNTIL.
    /// `untilCheck` decides whether a candidate is past UNTIL (it needs the zone).
    func expand(lower: LocalDateTime?, upper: LocalDateTime?, limit: Int, pastUntil: (LocalDateTime) -> Bool) -> [LocalDateTime] {
        var statistics = Statistics()
        return expand(lower: lower, upper: upper, limit: limit, pastUntil: pastUntil, statistics: &statistics)
    }

    /// `expand`, counting what it visits into `statistics` (the caller's own, so expansions
    /// running in parallel never share it).
    func expand(lower: LocalDateTime?, upper: LocalDateTime?, limit: Int, pastUntil: (LocalDateTime) -> Bool,
                statistics: inout Statistics) -> [LocalDateTime] {
        var out: [LocalDateTime] = []
        var emitted = 0
        var k = 0
        if rule.count == nil, let lower, lower > start {
            // Jump: the first period (a multiple of INTERVAL) that can hold `lower`, less one for safety.
            let p = max(0, periodIndex(of: lower) - 1)
            k = p - p % rule.interval
        }
        // DTSTART always counts as the first occurrence.
        if k == 0 {
            emitted = 1
            if (lower.map { start >= $0 } ?? true) && (upper.map { start < $0 } ?? true) { out.append(start) }
        }
        if let c = rule.count, emitted >= c { return out }
        var emptyRun = 0
        let maxEmptyRun = maxEmptyPeriods
        while out.count < limit {
            statistics.periodsVisited += 1
            let list = candidates(period: k)
            if list.isEmpty {
                emptyRun += 1
                if emptyRun > maxEmptyRun { break }
            } else {
                emptyRun = 0
            }
            for t in list where t > start {
                if pastUntil(t) { return out }
                if let upper, t >= upper { return out }
                emitted += 1
                if lower.map({ t >= $0 }) ?? true { out.append(t) }
                if let c = rule.count, emitted >= c { return out }
                if out.count >= limit { return out }
            }
            k += rule.interval
            if k > 400 * 366 * 24 * 60 * 60 { break }
        }
        return out
    }

    /// How many periods in a row may yield nothing before the rule is declared exhausted:
    /// about 400 years (the Gregorian cycle), so that a rule that can never match ends.
    var maxEmptyPeriods: Int {
        let per: Int
        switch rule.frequency {
        case .yearly: per = 1
        case .monthly: per = 12
        case .weekly: per = 53
        case .daily: per = 366
        case .hourly: per = 366 * 24
        case .minutely: per = 366 * 24 * 60
        case .secondly: per = 366 * 24 * 3600
        }
        return max(1, 400 * per / rule.interval)
    }
}
