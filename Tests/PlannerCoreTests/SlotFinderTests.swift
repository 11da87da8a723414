import Foundation
import Testing
@testable import PlannerCore

/// Free days for people and a venue.
struct SlotFinderTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    @Test func freeDaysSkipWeekendsHolidaysBusyDaysAndFarTravelWithoutAGapDay() throws {
        let s = try Store(inMemorySample: false)
        let day = { (d: String) in LocalDate(iso: d)! }
        func ev(_ d: String, _ city: String) -> Event {
            Event(uid: "\(d)\(city)", title: "x", start: LocalDateTime(date: day(d), hour: 9, minute: 0).instant(in: paris),
                  end: LocalDateTime(date: day(d), hour: 17, minute: 0).instant(in: paris), cities: [city], people: ["P1"])
        }
        try s.write { db in try db.execute(sql: "INSERT INTO person(id, name, home) VALUES ('P1', 'Alice', 'TLS')") }
        // Tuesday 10 Nov 2026 busy in Toulouse (far from Montpellier); 11 Nov is Armistice.
        try s.save([ev("2026-11-10", "TLS")])
        let occ = try s.occurrences(from: day("2026-11-01").startInstant(in: paris), to: day("2026-12-01").startInstant(in: paris))
        let finder = SlotFinder(travel: RoadTravel(distances: try s.distances()),
                                holidays: Set(try s.holidays(from: day("2026-11-01"), to: day("2026-12-01")).map(\.date)), zone: paris)
        let alice = try #require(try s.person(matching: "alice"))
        let slots = finder.slots(people: [alice], venue: "MPL", length: 1, from: day("2026-11-09"), to: day("2026-11-20"),
                                 occurrences: occ, count: 10)
        // Mon 9 (needs a gap day before the far Toulouse event on the 10th: refused), Tue 10 busy,
        // Wed 11 holiday, Thu 12 ok, Fri 13 ok, weekend, Mon 16...
        #expect(slots.map(\.first) == ["2026-11-12", "2026-11-13", "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19"].map(day))
        let twoDays = finder.slots(people: [alice], venue: "TLS", length: 2, from: day("2026-11-12"), to: day("2026-11-20"),
                                   occurrences: occ, count: 2)
        #expect(twoDays.map(\.first) == [day("2026-11-12"), day("2026-11-16")])
    }
}
