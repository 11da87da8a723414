// SearchWindowTests: a search with more matches than its limit keeps those nearest the day
// asked about (the coming ones first, then the latest past ones), not the oldest: in a
// 30,000-event calendar "Perpignan" listed 500 events of early 2025 and none of the week on
// screen (#13, tried on the large database).
import Foundation
import Testing
@testable import PlannerCore

struct SearchWindowTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    func store(days: Int) throws -> Store {
        let store = try Store(inMemorySample: false)
        let first = LocalDate(iso: "2025-01-06")!
        let events = (0..<days).map { i -> Event in
            let start = LocalDateTime(date: first.adding(days: i), hour: 10, minute: 0).instant(in: paris)
            return Event(uid: "perp-\(i)@test", title: "Atelier \(i) — Perpignan", start: start, end: start.addingTimeInterval(3600),
                         cities: ["PGF"], created: Date(), lastModified: Date())
        }
        try store.save(events, label: .add)
        return store
    }

    @Test func theResultsNearestTheDayAreKept() throws {
        let s = try store(days: 1000)
        let around = LocalDate(iso: "2026-11-25")!.startInstant(in: paris)
        let found = try s.search("perpignan", around: around, limit: 50)
        #expect(found.count == 50)
        // Every result comes on or after the day asked about, in order from it.
        #expect(found.allSatisfy { $0.end > around })
        #expect(LocalDate(found[0].start, in: paris) == LocalDate(iso: "2026-11-25"))
        #expect(found == found.sorted(by: Occurrence.agendaOrder))
        // Near the end of the calendar the latest past ones fill the list.
        let late = LocalDate(iso: "2027-09-20")!.startInstant(in: paris)
        let tail = try s.search("perpignan", around: late, limit: 50)
        #expect(tail.count == 50)
        #expect(tail.last.map { LocalDate($0.start, in: paris) } == LocalDate(iso: "2025-01-06")!.adding(days: 999))
        #expect(tail.filter { $0.end <= late }.count == 50 - tail.filter { $0.end > late }.count)
        #expect(tail.contains { $0.end <= late } && tail.contains { $0.end > late })
        // Under the limit nothing changes: every match, by start.
        #expect(try s.search("perpignan", around: around, limit: 2000).count == 1000)
    }
}
