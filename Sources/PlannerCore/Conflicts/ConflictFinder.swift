import Foundation

/// Applies the cluster's rules to events already placed, on real times: a person cannot be
/// at two overlapping events, needs the road time (90 km/h, rounded up to a quarter hour)
/// between events in different cities, at most one big event per city and day, and no
/// event on a public holiday.
///
/// Complexity: O(n log n) in the number of occurrences (sorting per person, per city-day).
public struct ConflictFinder: Sendable {
    public var travel: RoadTravel
    public var holidays: [LocalDate: String]
    public var zone: TimeZone

    public init(travel: RoadTravel, holidays: [LocalDate: String], zone: TimeZone) {
        self.travel = travel
        self.holidays = holidays
        self.zone = zone
    }

    public func conflicts(in occurrences: [Occurrence]) -> [Conflict] {
        conflicts(inSorted: Occurrence.sortedForAgenda(occurrences))
    }

    /// The same, for occurrences already in agenda order (a window of `check`). People's
    /// and city-days' lists hold positions in `sorted`, not copies of the occurrences.
    public func conflicts(inSorted sorted: [Occurrence]) -> [Conflict] {
        var found: [Conflict] = []
        // People: double bookings and travel.
        var byPerson: [String: [Int]] = [:]
        for (k, o) in sorted.enumerated() { for p in o.event.people { byPerson[p, default: []].append(k) } }
        for (person, list) in byPerson.sorted(by: { $0.key < $1.key }) {
            for i in list.indices {
                let a = sorted[list[i]]
                // Every later occurrence that overlaps `a` (the list is sorted by start).
                var j = i + 1
                while j < list.count, sorted[list[j]].start < a.end {
                    let b = sorted[list[j]]
                    if !(a.allDay && b.allDay && a.uid == b.uid) {
                        found.append(Conflict(kind: .doubleBooked, day: day(of: b), uids: [a.uid, b.uid],
                                              titles: [a.title, b.title], person: person))
                    }
                    j += 1
                }
                // The next event that does not overlap: is there time to drive?
                if j < list.count, !a.allDay, !sorted[list[j]].allDay {
                    let b = sorted[list[j]]
                    let need = minTravel(a.event.cities, b.event.cities)
                    let have = b.start.timeIntervalSince(a.end)
                    if need > 0 && have < need {
                        found.append(Conflict(kind: .travelTooShort, day: day(of: b), uids: [a.uid, b.uid],
                                              titles: [a.title, b.title], person: person, needed: need, available: have))
                    }
                }
            }
        }
        // Big events per city and day.
        var bigByCityDay: [CityDay: [Int]] = [:]
        for (k, o) in sorted.enumerated() where o.event.big {
            for d in o.days(in: zone) { for c in o.event.cities { bigByCityDay[CityDay(c, d), default: []].append(k) } }
        }
        for (key, list) in bigByCityDay.sorted(by: { $0.key < $1.key }) where list.count > 1 {
            found.append(Conflict(kind: .bigEventsSameCityDay, day: key.day, uids: list.map { sorted[$0].uid },
                                  titles: list.map { sorted[$0].title }, city: key.city))
        }
        // Public holidays.
        if !holidays.isEmpty {
            for o in sorted {
                for d in o.days(in: zone) {
                    if let h = holidays[d] {
                        found.append(Conflict(kind: .publicHoliday, day: d, uids: [o.uid], titles: [o.title], holiday: h))
                        break
                    }
                }
            }
        }
        // By day, kind, then the uids joined (computed once each, not per comparison).
        let joined = found.map { $0.uids.joined() }
        return found.indices.sorted { i, j in
            let a = found[i], b = found[j]
            if a.day != b.day { return a.day < b.day }
            if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
            return joined[i] < joined[j]
        }.map { found[$0] }
    }

    func day(of o: Occurrence) -> LocalDate { LocalDate(o.start, in: o.allDay ? o.event.zone : zone) }

    /// The shortest road time between any city of one event and any city of the other
    /// (a duplex event can be attended in either place).
    func minTravel(_ a: [String], _ b: [String]) -> TimeInterval {
        var best = TimeInterval.infinity
        for x in a { for y in b { best = min(best, travel.travelTime(x, y)) } }
        return best.isFinite ? best : 0
    }
}
