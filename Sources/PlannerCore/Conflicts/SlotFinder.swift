import Foundation

/// Proposes free days for a group of people (and a venue city): workdays that are not public
/// holidays, on which none of them has an event, and with enough travel margin: someone
/// coming from an event in a city more than `farKm` away needs a free calendar day between
/// (the scheduler's H3 rule), and a venue already hosting a big event that day is avoided.
public struct SlotFinder: Sendable {
    public struct Slot: Sendable, Equatable {
        public var first: LocalDate
        public var days: Int
        /// Road km the people drive from their previous whereabouts (home or last event).
        public var travelKm: Int
    }

    public var travel: RoadTravel
    public var holidays: Set<LocalDate>
    public var zone: TimeZone
    public var farKm = TravelRule.standard.farKm
    public var travelGapDays = TravelRule.standard.gapDays

    public init(travel: RoadTravel, holidays: Set<LocalDate>, zone: TimeZone) {
        self.travel = travel
        self.holidays = holidays
        self.zone = zone
    }

    /// Up to `count` slots of `length` consecutive workdays in `[from, to)`, earliest first.
    /// `occurrences` must cover the window widened by `travelGapDays + 1` on both sides.
    public func slots(people: [Person], venue: String?, length: Int, from: LocalDate, to: LocalDate,
                      occurrences: [Occurrence], count: Int) -> [Slot] {
        // Where each person is on each day (cities of their events), and big events per city-day.
        var busy: [String: [LocalDate: [String]]] = [:]
        var bigDays: Set<CityDay> = []
        for o in occurrences {
            for d in o.days(in: zone) {
                for p in o.event.people { busy[p, default: [:]][d, default: []].append(contentsOf: o.event.cities) }
                if o.event.big { for c in o.event.cities { bigDays.insert(CityDay(c, d)) } }
            }
        }
        var result: [Slot] = []
        var day = from
        while day < to && result.count < count {
            defer { day = day.adding(days: 1) }
            let span = (0..<length).map { day.adding(days: $0) }
            guard span.last! < to, span.allSatisfy({ $0.weekday <= 5 && !holidays.contains($0) }) else { continue }
            if let venue, span.contains(where: { bigDays.contains(CityDay(venue, $0)) }) { continue }
            var ok = true
            var km = 0
            for p in people {
                let plan = busy[p.id] ?? [:]
                if span.contains(where: { plan[$0] != nil }) { ok = false; break }
                guard let venue else { continue }
                // Travel margin before and after: events within the gap must be near the venue.
                for g in 1...max(1, travelGapDays) {
                    for near in [day.adding(days: -g), span.last!.adding(days: g)] {
                        if let cities = plan[near], cities.contains(where: { travel.km($0, venue) > farKm }) { ok = false }
                    }
                }
                if !ok { break }
                let previous = (1...14).lazy.compactMap { plan[day.adding(days: -$0)]?.first }.first ?? p.home
                km += travel.km(previous, venue)
            }
            if ok { result.append(Slot(first: day, days: length, travelKm: km)) }
        }
        return result
    }
}
