// `check` against a reference: the rules as they were written before the finder kept
// positions instead of copies and took windows already sorted (the former ConflictFinder
// body, on occurrences sorted by `Occurrence.agendaOrder` alone), over one pass of a
// generated calendar with crowded people, big events and public holidays added.
import CalendarGenerator
import Foundation
import Testing
@testable import PlannerCore

@Suite struct CheckReferenceTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    /// The former `ConflictFinder.conflicts(in:)`.
    static func reference(_ occurrences: [Occurrence], _ f: ConflictFinder) -> [Conflict] {
        var found: [Conflict] = []
        let sorted = occurrences.sorted(by: Occurrence.agendaOrder)
        var byPerson: [String: [Occurrence]] = [:]
        for o in sorted { for p in o.event.people { byPerson[p, default: []].append(o) } }
        for (person, list) in byPerson.sorted(by: { $0.key < $1.key }) {
            for (i, a) in list.enumerated() {
                var j = i + 1
                while j < list.count, list[j].start < a.end {
                    let b = list[j]
                    if !(a.allDay && b.allDay && a.uid == b.uid) {
                        found.append(Conflict(kind: .doubleBooked, day: f.day(of: b), uids: [a.uid, b.uid], titles: [a.title, b.title], person: person))
                    }
                    j += 1
                }
                if j < list.count, !a.allDay, !list[j].allDay {
                    let b = list[j]
                    let need = f.minTravel(a.event.cities, b.event.cities)
                    let have = b.start.timeIntervalSince(a.end)
                    if need > 0 && have < need {
                        found.append(Conflict(kind: .travelTooShort, day: f.day(of: b), uids: [a.uid, b.uid], titles: [a.title, b.title],
                                              person: person, needed: need, available: have))
                    }
                }
            }
        }
        var bigByCityDay: [CityDay: [Occurrence]] = [:]
        for o in sorted where o.event.big {
            for d in o.days(in: f.zone) { for c in o.event.cities { bigByCityDay[CityDay(c, d), default: []].append(o) } }
        }
        for (key, list) in bigByCityDay.sorted(by: { $0.key < $1.key }) where list.count > 1 {
            found.append(Conflict(kind: .bigEventsSameCityDay, day: key.day, uids: list.map(\.uid), titles: list.map(\.title), city: key.city))
        }
        for o in sorted {
            for d in o.days(in: f.zone) {
                if let h = f.holidays[d] {
                    found.append(Conflict(kind: .publicHoliday, day: d, uids: [o.uid], titles: [o.title], holiday: h))
                    break
                }
            }
        }
        return found.sorted { a, b in
            if a.day != b.day { return a.day < b.day }
            if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
            return a.uids.joined() < b.uids.joined()
        }
    }

    @Test func checkFindsWhatTheFormerRulesFind() throws {
        let store = try Store(inMemorySample: true)
        let matcher = CityMatcher(cities: try store.cities())
        let context = ICSImporter.Context(cityResolver: { matcher.cities(in: $0) }, defaultCities: ["TLS"],
                                          defaultOffice: .joint, defaultZone: paris)
        let result = try ICSImporter(context: context).importCalendar(Data(CalendarGenerator(count: 1500, seed: 11).ics().utf8))
        _ = try store.importEvents(result.events, people: result.people)
        // People booked twice or driving too far, big events on the same city and day,
        // some over several days, a few weekly.
        var rng = SeededGenerator(seed: 4)
        let people = try store.people().map(\.id).prefix(5)
        let cities = ["TLS", "MPL", "NIM", "ALB", "PGF", "RDZ"]
        var crowded: [Event] = []
        for i in 0..<300 {
            let day = LocalDate(iso: "2026-04-20")!.adding(days: Int(rng.next() % 60))
            let start = LocalDateTime(date: day, hour: 7 + Int(rng.next() % 12), minute: Int(rng.next() % 4) * 15).instant(in: paris)
            let hours = rng.next() % 12 == 0 ? 30 : 1 + Int(rng.next() % 3)
            let who = Set([people[Int(rng.next() % 5)], people[Int(rng.next() % 5)]]).sorted()
            crowded.append(Event(uid: "crowd-\(i)@check", title: ["Atelier", "Réunion", "Écoles", "atelier"][i % 4] + " \(i % 9)",
                                 start: start, end: start.addingTimeInterval(Double(hours) * 3600), cities: [cities[Int(rng.next() % 6)]],
                                 people: who, rrule: i % 20 == 0 ? "FREQ=WEEKLY;COUNT=5" : nil, big: rng.next() % 3 == 0))
        }
        try store.save(crowded, label: .save)

        let from = LocalDate(iso: "2026-04-01")!, to = LocalDate(iso: "2026-08-01")!
        let finder = ConflictFinder(travel: RoadTravel(distances: try store.distances()), holidays: try store.holidayNames(from: from, to: to), zone: paris)
        let all = try store.occurrences(from: from.startInstant(in: paris), to: to.startInstant(in: paris))
        let expected = Self.reference(all, finder).filter { $0.day >= from && $0.day < to }
        #expect(Set(expected.map(\.kind)).count == 4, "\(Set(expected.map(\.kind)))")
        #expect(expected.count > 100)
        #expect(try store.check(from: from, to: to, zone: paris).conflicts == expected)
        #expect(finder.conflicts(in: all.shuffled()) == Self.reference(all, finder))
        // Agenda order: sorting positions gives what sorting the occurrences gives.
        #expect(Occurrence.sortedForAgenda(all.shuffled()).map(\.uid) == all.sorted(by: Occurrence.agendaOrder).map(\.uid))
    }
}
