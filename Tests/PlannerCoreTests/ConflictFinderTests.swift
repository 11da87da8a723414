import Foundation
import Testing
@testable import PlannerCore

/// The `check` rules on real times, through the store as `check` uses them.
struct ConflictFinderTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    func at(_ day: String, _ h: Int, _ m: Int = 0) -> Date {
        LocalDateTime(date: LocalDate(iso: day)!, hour: h, minute: m).instant(in: paris)
    }

    func store(_ events: [Event]) throws -> Store {
        let s = try Store(inMemorySample: false)
        try s.write { db in
            for (id, name, home) in [("P001", "Claire Martin", "TLS"), ("P002", "Karim Benali", "MPL"), ("P003", "Sophie Garnier", "TLS")] {
                try db.execute(sql: "INSERT INTO person(id, name, home) VALUES (?, ?, ?)", arguments: [id, name, home])
            }
        }
        try s.save(events)
        return s
    }

    func event(_ title: String, _ day: String, _ from: (Int, Int), _ to: (Int, Int), _ cities: [String],
               people: [String] = [], big: Bool = false) -> Event {
        Event(uid: "\(title)@test", title: title, start: at(day, from.0, from.1), end: at(day, to.0, to.1),
              cities: cities, people: people, big: big)
    }

    @Test func travellingTrainerCannotRunNoonWorkshopInToulouseAndTwoPmOneInMontpellier() throws {
        let s = try store([
            event("Atelier Toulouse", "2027-01-12", (12, 0), (13, 30), ["TLS"], people: ["P003"]),
            event("Atelier Montpellier", "2027-01-12", (14, 0), (15, 30), ["MPL"], people: ["P003"]),
        ])
        let found = try s.conflicts(from: LocalDate(iso: "2027-01-01")!, to: LocalDate(iso: "2027-02-01")!, zone: paris)
        #expect(found.count == 1)
        let c = try #require(found.first)
        #expect(c.kind == .travelTooShort)
        #expect(c.person == "P003")
        // 243 km at 90 km/h = 2 h 42, rounded up to the quarter hour: 2 h 45; 30 min available.
        #expect(c.needed == TimeInterval(2 * 3600 + 45 * 60))
        #expect(c.available == TimeInterval(30 * 60))
        #expect(c.message(.fr, names: ["P003": "Sophie Garnier"]).contains("Sophie Garnier"))
    }

    @Test func enoughRoadTimeIsNoConflict() throws {
        let s = try store([
            event("Atelier Toulouse", "2027-01-12", (9, 0), (10, 0), ["TLS"], people: ["P003"]),
            event("Atelier Montpellier", "2027-01-12", (13, 0), (14, 0), ["MPL"], people: ["P003"]),
        ])
        #expect(try s.conflicts(from: LocalDate(iso: "2027-01-01")!, to: LocalDate(iso: "2027-02-01")!, zone: paris).isEmpty)
    }

    @Test func doubleBookedCoPresidentIsReported() throws {
        let s = try store([
            event("Comité", "2027-02-02", (10, 0), (12, 30), ["LEZ"], people: ["P001", "P002"]),
            event("Rendez-vous presse", "2027-02-02", (12, 0), (13, 0), ["LEZ"], people: ["P001"]),
        ])
        let found = try s.conflicts(from: LocalDate(iso: "2027-02-01")!, to: LocalDate(iso: "2027-03-01")!, zone: paris)
        #expect(found.map(\.kind) == [.doubleBooked])
        #expect(found.first?.person == "P001")
        #expect(found.first?.uids == ["Comité@test", "Rendez-vous presse@test"])
    }

    @Test func twoBigEventsInMontpellierOnOneDayAreReported() throws {
        let s = try store([
            event("Connec'Sud", "2027-04-08", (9, 0), (18, 0), ["MPL"], big: true),
            event("Salon", "2027-04-08", (14, 0), (20, 0), ["MPL", "TLS"], big: true),
            event("Petit atelier", "2027-04-08", (9, 0), (10, 0), ["MPL"]),
        ])
        let found = try s.conflicts(from: LocalDate(iso: "2027-04-01")!, to: LocalDate(iso: "2027-05-01")!, zone: paris)
        #expect(found.map(\.kind) == [.bigEventsSameCityDay])
        #expect(found.first?.city == "MPL")
        #expect(found.first?.uids.count == 2)
    }

    @Test func anEventOnFourteenthOfJulyIsReported() throws {
        let s = try store([event("Réunion", "2027-07-14", (10, 0), (11, 0), ["TLS"])])
        let found = try s.conflicts(from: LocalDate(iso: "2027-07-01")!, to: LocalDate(iso: "2027-08-01")!, zone: paris)
        #expect(found.map(\.kind) == [.publicHoliday])
        #expect(found.first?.holiday == "Fête nationale")
    }

    @Test func sampleSeasonShowsTheCoPresidentClashDuringTheSummit() throws {
        let s = try Store(inMemorySample: true)
        let found = try s.conflicts(from: LocalDate(iso: "2026-09-01")!, to: LocalDate(iso: "2027-08-01")!, zone: paris)
        #expect(found.contains { $0.kind == .doubleBooked && $0.person == "P001" && $0.day == LocalDate(iso: "2026-11-25")! })
    }

    @Test func roadTimeIsRoundedUpToTheQuarterHour() {
        let t = RoadTravel(distances: [CityPair("TLS", "MPL"): 243, CityPair("CCF", "LEZ"): 36])
        #expect(t.travelTime("TLS", "MPL") == 2 * 3600 + 45 * 60)
        #expect(t.travelTime("MPL", "TLS") == 2 * 3600 + 45 * 60)
        #expect(t.travelTime("LEZ", "CCF") == 30 * 60)
        #expect(t.travelTime("TLS", "TLS") == 0)
    }
}
