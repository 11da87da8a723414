import Foundation
import Testing
@testable import PlannerCore

/// Work done window by window or batch by batch gives what one pass over everything gives:
/// conflicts found a week at a time equal those of one pass over the whole range (people
/// double-booked or driving across window edges, events over several days, holidays), and
/// the streamed export is the text `ICSWriter.write` makes of every event.
struct WindowedWorkTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    /// Events crowded on a few people and cities, some across midnight or several days.
    func crowdedStore() throws -> Store {
        let store = try Store(inMemorySample: true)
        var rng = SeededGenerator(seed: 12)
        let cities = ["TLS", "MPL", "NIM", "ALB", "PGF", "RDZ"]
        let people = try store.people().map(\.id).prefix(6)
        var events: [Event] = []
        for i in 0..<400 {
            let day = LocalDate(iso: "2026-04-27")!.adding(days: rng.below(70))
            let start = LocalDateTime(date: day, hour: 6 + rng.below(17), minute: rng.below(4) * 15).instant(in: paris)
            let hours = rng.below(10) == 0 ? 30 + rng.below(40) : 1 + rng.below(4)
            events.append(Event(uid: "crowd-\(i)@t", title: "Réunion \(i % 37)", start: start, end: start.addingTimeInterval(Double(hours) * 3600),
                                cities: [cities[rng.below(cities.count)]],
                                people: [people[rng.below(people.count)], people[rng.below(people.count)]].uniqued(),
                                rrule: rng.below(15) == 0 ? "FREQ=WEEKLY;COUNT=4" : nil, big: rng.below(4) == 0))
        }
        try store.save(events, label: .save)
        return store
    }

    @Test func conflictsWindowByWindowEqualOnePass() throws {
        let store = try crowdedStore()
        let from = LocalDate(iso: "2026-04-20")!, to = LocalDate(iso: "2026-08-01")!
        let onePass = try store.conflicts(from: from, to: to, zone: paris, windowDays: 10_000)
        #expect(onePass.count > 50)
        #expect(Set(onePass.map(\.kind)).count >= 3, "\(Set(onePass.map(\.kind)))")
        for days in [1, 7, 31] {
            let windowed = try store.conflicts(from: from, to: to, zone: paris, windowDays: days)
            #expect(windowed == onePass, "windows of \(days) days: \(windowed.count) vs \(onePass.count)")
        }
    }

    /// `check`'s one walk (conflicts and school-holiday warnings from the same windows)
    /// equals the conflicts of one pass and the warnings of all the range's occurrences.
    @Test func checkInOneWalkEqualsSeparatePasses() throws {
        let store = try crowdedStore()
        let from = LocalDate(iso: "2026-04-20")!, to = LocalDate(iso: "2026-08-01")!
        let onePass = try store.conflicts(from: from, to: to, zone: paris, windowDays: 10_000)
        let all = try store.occurrences(from: from.startInstant(in: paris), to: to.startInstant(in: paris))
        let warnings = SchoolHolidayWarning.find(in: all, schoolHolidays: try store.schoolHolidayNames(from: from, to: to), zone: paris)
        #expect(warnings.count > 5)
        for days in [3, 31] {
            let walk = try store.check(from: from, to: to, zone: paris, windowDays: days)
            #expect(walk.conflicts == onePass)
            #expect(walk.warnings == warnings, "windows of \(days) days: \(walk.warnings.count) vs \(warnings.count)")
        }
        #expect(try store.schoolHolidayWarnings(from: from, to: to, zone: paris) == warnings)
    }

    @Test func streamedExportIsTheWholeText() throws {
        let store = try crowdedStore()
        let writer = ICSWriter(cityName: { $0 })
        for (from, to) in [(nil, nil), (LocalDate(iso: "2026-05-01")!.startInstant(in: paris), LocalDate(iso: "2026-05-15")!.startInstant(in: paris))] as [(Date?, Date?)] {
            var streamed = ""
            try store.exportICS(from: from, to: to, writer: writer, batchSize: 7) { streamed += $0 }
            var events = try store.allEvents()
            if let from, let to {
                let uids = Set(try store.occurrences(from: from, to: to).map(\.uid))
                events = events.filter { uids.contains($0.uid) }
            }
            #expect(streamed == writer.write(events))
        }
    }

    /// Batches are written on a second thread: a write that fails (a full disk) stops the
    /// export, and its error is the one `exportICS` throws; nothing is written after it.
    @Test func aFailedWriteStopsTheExport() throws {
        struct Full: Error {}
        let store = try crowdedStore()
        var calls = 0
        #expect(throws: Full.self) {
            try store.exportICS(from: nil, to: nil, writer: ICSWriter(cityName: { $0 }), batchSize: 3) { _ in
                calls += 1
                if calls == 3 { throw Full() }
            }
        }
        #expect(calls == 3)
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
