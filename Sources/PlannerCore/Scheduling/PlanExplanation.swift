import Foundation

/// Why `plan` put an event where it did: the rules the chosen day and city meet, the
/// runner-up (the best other legal day and city) and why it lost (a higher cost: two stops
/// of a tour in one week, a wider Toulouse/Montpellier gap; or, at equal cost, school
/// holidays or the search's order), and for an event that cannot be placed, the rule that
/// blocks it. Computed after the solve by re-checking alternatives with `ScheduleChecker`,
/// the same independent checker that judges the solver, so the solver itself is untouched.
public struct PlanExplanation: Sendable, Equatable {
    public enum Met: Sendable, Equatable {
        /// H1: workdays, no public holiday, inside the window.
        case window(first: LocalDate, last: LocalDate)
        /// H2: the people are free that day.
        case peopleFree([String])
        /// H3: enough days to drive from and to their other events.
        case travel
        /// H4: no other big event in the city that day.
        case bigEventAlone(city: String)
        /// S1: no other stop of its series in that ISO week.
        case seriesWeekFree
        /// S2: the quarter's Toulouse / Montpellier counts with this event.
        case balance(toulouse: Int, montpellier: Int)
    }

    public enum Loss: Sendable, Equatable {
        /// S1: it would share an ISO week with another stop of the series.
        case seriesSameWeek(other: String)
        /// S2: the quarter's gap would be wider.
        case balance(gapChosen: Int, gapRunnerUp: Int)
        /// Same cost, but during school holidays.
        case schoolHoliday(String)
        /// Same cost: the search met the chosen one first.
        case equalCost
    }

    public struct Alternative: Sendable, Equatable {
        public var day: LocalDate
        public var city: String
        public var losses: [Loss]
    }

    public struct Block: Sendable, Equatable {
        public var rules: [HardRule]
        public var detail: Localized
    }

    public var uid: String
    public var title: String
    public var day: LocalDate?
    public var city: String?
    public var met: [Met] = []
    public var runnerUp: Alternative?
    /// No other legal day or city: the rule that rules the others out most often.
    public var onlyOption: Block?
    public var blocks: [Block] = []
    /// The chosen day falls in school holidays (a soft warning for big events).
    public var schoolHoliday: String?

    public init(uid: String, title: String) {
        self.uid = uid
        self.title = title
    }

    /// Indented lines in the user's language.
    public func lines(_ lang: Language, cityNames: [String: String], personNames: [String: String]) -> [String] {
        let c = Catalogue.Cluster.self
        func city(_ id: String) -> String { cityNames[id] ?? id }
        guard let day, let chosenCity = self.city else {
            return [c.planCannotPlace(title)(lang)] + blocks.map { "    " + c.ruleName($0.rules)(lang) + Catalogue.colon(lang) + $0.detail(lang) }
        }
        var out = [c.planChosen(title, day: CalendarNames.dayHeading(day, lang, year: true), city: city(chosenCity))(lang)]
        for m in met {
            switch m {
            case .window(let a, let b): out.append("    ✓ " + c.metWindow(CalendarNames.rangePhrase(a, b, lang))(lang))
            case .peopleFree(let ids): out.append("    ✓ " + c.metPeople(ids.map { personNames[$0] ?? $0 })(lang))
            case .travel: out.append("    ✓ " + c.metTravel(lang))
            case .bigEventAlone(let id): out.append("    ✓ " + c.metBig(city(id))(lang))
            case .seriesWeekFree: out.append("    ✓ " + c.metSeriesWeek(lang))
            case .balance(let t, let m): out.append("    ✓ " + c.metBalance(toulouse: t, montpellier: m)(lang))
            }
        }
        if let h = schoolHoliday { out.append("    ⚠ " + c.planSchoolHoliday(h)(lang)) }
        if let r = runnerUp {
            out.append("    " + c.runnerUp(CalendarNames.dayHeading(r.day, lang, year: true), city(r.city))(lang))
            for l in r.losses {
                switch l {
                case .seriesSameWeek(let other): out.append("      − " + c.lostSeriesWeek(other)(lang))
                case .balance(let a, let b): out.append("      − " + c.lostBalance(chosen: a, runnerUp: b)(lang))
                case .schoolHoliday(let h): out.append("      − " + c.lostSchoolHoliday(h)(lang))
                case .equalCost: out.append("      − " + c.lostEqualCost(lang))
                }
            }
        } else if let b = onlyOption {
            out.append("    " + c.onlyOption(c.ruleName(b.rules)(lang))(lang))
        }
        return out
    }
}


/// Builds the explanations of a solved plan.
struct PlanExplainer {
    let instance: SchedulingInstance
    let assignments: [SchedulingAssignment]
    let schoolHolidays: [LocalDate: String]
    /// At most this many alternatives are re-checked per event (evenly spread over its options).
    static let alternativesChecked = 240

    func explain(eventId: String, title: String) -> PlanExplanation {
        var ex = PlanExplanation(uid: eventId, title: title)
        guard let info = instance.events.first(where: { $0.id == eventId }),
              let chosen = assignments.first(where: { $0.event == eventId }), let day = LocalDate(iso: chosen.start) else { return ex }
        let checker = ScheduleChecker(instance: instance)
        let base = checker.check(assignments)
        ex.day = day
        ex.city = chosen.city
        let first = LocalDate(iso: info.earliest_start)!, last = LocalDate(iso: info.latest_end)!
        ex.met.append(.window(first: first, last: last))
        if !info.required_people.isEmpty {
            ex.met.append(.peopleFree(info.required_people))
            ex.met.append(.travel)
        }
        if info.big { ex.met.append(.bigEventAlone(city: chosen.city)) }
        let spread = Set(instance.series.filter { $0.spread_weeks ?? true }.map(\.id))
        if let s = info.series, spread.contains(s), sameWeek(eventId, day, series: s, in: assignments) == nil { ex.met.append(.seriesWeekFree) }
        let (t, m) = quarterCounts(day, in: assignments)
        if chosen.city == balanceA || chosen.city == balanceB { ex.met.append(.balance(toulouse: t, montpellier: m)) }
        if info.big, let h = (0..<info.duration_days).lazy.compactMap({ schoolHolidays[day.adding(days: $0)] }).first { ex.schoolHoliday = h }
        // Every other legal (day, city), re-checked with the event moved there.
        let holidays = Set(instance.calendar.public_holidays.compactMap { LocalDate(iso: $0.date) })
        let workdays = Set(instance.calendar.workdays)
        var options: [(LocalDate, String)] = []
        var d = first
        while d.adding(days: info.duration_days - 1) <= last {
            let span = (0..<info.duration_days).map { d.adding(days: $0) }
            if span.allSatisfy({ workdays.contains($0.weekday) && !holidays.contains($0) }) {
                for c in info.cities where !(d == day && c == chosen.city) { options.append((d, c)) }
            }
            d = d.adding(days: 1)
        }
        if options.count > Self.alternativesChecked {
            let step = Double(options.count) / Double(Self.alternativesChecked)
            options = (0..<Self.alternativesChecked).map { options[Int(Double($0) * step)] }
        }
        var best: (key: [Int], alt: PlanExplanation.Alternative)?
        var ruleCounts: [HardRule: Int] = [:]
        var ruleDetail: [HardRule: Localized] = [:]
        for (od, oc) in options {
            var moved = assignments
            if let i = moved.firstIndex(where: { $0.event == eventId }) { moved[i] = SchedulingAssignment(event: eventId, start: od.description, city: oc) }
            let r = checker.check(moved)
            let mine = r.violations.filter { $0.events.contains(eventId) }
            if let v = mine.first {
                ruleCounts[v.rule, default: 0] += 1
                ruleDetail[v.rule] = ruleDetail[v.rule] ?? v.detail
                continue
            }
            let holiday = info.big ? (0..<info.duration_days).lazy.compactMap { schoolHolidays[od.adding(days: $0)] }.first : nil
            var losses: [PlanExplanation.Loss] = []
            if r.s1 > base.s1, let s = info.series, let other = sameWeek(eventId, od, series: s, in: moved) { losses.append(.seriesSameWeek(other: other)) }
            if r.s2 > base.s2 {
                let (t1, m1) = quarterCounts(day, in: assignments), (t2, m2) = quarterCounts(od, in: moved)
                losses.append(.balance(gapChosen: abs(t1 - m1), gapRunnerUp: abs(t2 - m2)))
            }
            if r.objective == base.objective {
                if let holiday, ex.schoolHoliday == nil { losses.append(.schoolHoliday(holiday)) } else { losses.append(.equalCost) }
            }
            let key = [r.objective, holiday == nil ? 0 : 1, oc == chosen.city ? 1 : 0, abs(day.days(until: od))]
            if best == nil || key.lexicographicallyPrecedes(best!.key) {
                best = (key, PlanExplanation.Alternative(day: od, city: oc, losses: losses))
            }
        }
        ex.runnerUp = best?.alt
        if best == nil, let top = ruleCounts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
            ex.onlyOption = PlanExplanation.Block(rules: [top.key], detail: ruleDetail[top.key] ?? .verbatim(""))
        }
        return ex
    }

    var balanceA: String { instance.rules.balance_cities.first ?? "" }
    var balanceB: String { instance.rules.balance_cities.dropFirst().first ?? "" }

    /// Events starting in Toulouse and in Montpellier in the quarter of `day`.
    func quarterCounts(_ day: LocalDate, in list: [SchedulingAssignment]) -> (Int, Int) {
        var t = 0, m = 0
        for a in list {
            guard let d = LocalDate(iso: a.start), d.year == day.year, (d.month - 1) / 3 == (day.month - 1) / 3 else { continue }
            if a.city == balanceA { t += 1 } else if a.city == balanceB { m += 1 }
        }
        return (t, m)
    }

    /// The title of another event of the series starting in the ISO week of `day`.
    func sameWeek(_ eventId: String, _ day: LocalDate, series: String, in list: [SchedulingAssignment]) -> String? {
        let ids = Set(instance.events.filter { $0.series == series && $0.id != eventId }.map(\.id))
        for a in list where ids.contains(a.event) {
            if let d = LocalDate(iso: a.start), d.isoWeek == day.isoWeek { return instance.events.first { $0.id == a.event }?.title }
        }
        return nil
    }
}
