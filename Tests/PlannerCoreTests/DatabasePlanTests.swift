// `plan` on a database: the calendar already placed constrains the unplaced events, and
// what blocks an event is said in the user's language with the events' titles.
import Foundation
import Testing
@testable import PlannerCore

struct DatabasePlanTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    func ev(_ uid: String, _ day: String, _ cities: [String], people: [String] = [], placement: Placement = .placed, title: String? = nil) -> Event {
        let d = LocalDate(iso: day)!
        return Event(uid: uid, title: title ?? uid, start: LocalDateTime(date: d, hour: 9, minute: 0).instant(in: paris),
                     end: LocalDateTime(date: d, hour: 17, minute: 0).instant(in: paris), cities: cities,
                     people: people, placement: placement)
    }

    func window(_ cities: [String], _ from: String, _ to: String) -> Placement {
        .unplaced(candidates: cities, earliest: LocalDate(iso: from)!, latest: LocalDate(iso: to)!, durationDays: 1)
    }

    /// Monday in Nîmes (290 km from Toulouse): not Monday (H2), not Tuesday (no free day
    /// between, H3), so Wednesday.
    @Test func theExistingCalendarKeepsItsTravelRule() throws {
        let s = try Store(inMemorySample: false)
        let p = try s.personIds(["Animatrice Test"], home: "TLS")
        try s.save(ev("nimes", "2027-03-01", ["NIM"], people: p))
        try s.save(ev("atelier", "2027-03-01", ["TLS"], people: p, placement: window(["TLS"], "2027-03-01", "2027-03-03")))
        let proposals = try DatabasePlan(store: s, zone: paris).propose(options: ScheduleOptions(timeLimit: 5, seed: 1)).get()
        #expect(proposals.map(\.event.uid) == ["atelier"])
        #expect(proposals.first?.day == LocalDate(iso: "2027-03-03")! && proposals.first?.city == "TLS")
        // The placed event is nowhere near the fixed one once applied.
        let placed = try #require(proposals.first.map { DatabasePlan.placed($0, zone: paris) })
        try s.save(placed)
        #expect(try s.conflicts(from: LocalDate(iso: "2027-03-01")!, to: LocalDate(iso: "2027-03-08")!, zone: paris).isEmpty)
    }

    @Test func onlyTheNamedEventsArePlanned() throws {
        let s = try Store(inMemorySample: false)
        try s.save(ev("a", "2027-03-01", ["TLS"], placement: window(["TLS"], "2027-03-01", "2027-03-05")))
        try s.save(ev("b", "2027-03-01", ["MPL"], placement: window(["MPL"], "2027-03-01", "2027-03-05")))
        let outcome = try DatabasePlan(store: s, zone: paris).plan(options: ScheduleOptions(timeLimit: 5, seed: 1), only: ["b"])
        #expect(outcome.proposals.map(\.event.uid) == ["b"])
    }

    @Test func aPersonNeededTwiceOnTheOnlyDayIsExplainedInFrench() throws {
        let s = try Store(inMemorySample: false)
        let p = try s.personIds(["Claire Test"], home: "TLS")
        try s.save(ev("matin", "2027-03-02", ["TLS"], people: p, placement: window(["TLS"], "2027-03-02", "2027-03-02"), title: "Atelier du matin"))
        try s.save(ev("soir", "2027-03-02", ["MPL"], people: p, placement: window(["MPL"], "2027-03-02", "2027-03-02"), title: "Atelier du soir"))
        let outcome = try DatabasePlan(store: s, zone: paris).plan(options: ScheduleOptions(timeLimit: 5, seed: 1))
        #expect(outcome.proposals.isEmpty)
        let report = try #require(outcome.report)
        #expect(report.proven)
        #expect(Set(outcome.blocked.map(\.uid)) == ["matin", "soir"])
        for ex in outcome.blocked {
            #expect(ex.blocks.contains { $0.rules == [.h2] })
            let lines = ex.lines(.fr, cityNames: [:], personNames: [:])
            #expect(lines.contains { $0.contains("H2 (une personne, un événement par jour) : ") && $0.contains("2 jours mais ses fenêtres n'en offrent qu'un") },
                    Comment(rawValue: lines.joined(separator: "\n")))
        }
    }
}
