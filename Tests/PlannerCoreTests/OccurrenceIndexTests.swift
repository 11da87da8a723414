import CalendarGenerator
import Foundation
import GRDB
import Testing
@testable import PlannerCore

/// The occurrence index stays exact: after each change to a series (edit, EXDATE, override,
/// cancelled occurrence, delete, undo, import) the store's window queries equal a fresh
/// expansion of every event; windows just past the horizon extend it, windows far past it
/// are expanded on read without writing; an import is one undo step
/// that removes what it added and restores what it replaced; and a generated calendar's
/// agenda has, day by day, the occurrences the generator's own expansion expects.
struct OccurrenceIndexTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    func at(_ day: String, _ h: Int, _ m: Int = 0) -> Date {
        LocalDateTime(date: LocalDate(iso: day)!, hour: h, minute: m).instant(in: paris)
    }

    struct Key: Hashable, CustomStringConvertible {
        var uid: String, start: Date, end: Date, title: String, cities: [String], recurrenceId: Date?
        var description: String { "\(uid) \(start) \(title) \(cities)" }
    }

    func keys(_ list: [Occurrence]) -> [Key] {
        list.map { Key(uid: $0.uid, start: $0.start, end: $0.end, title: $0.title, cities: $0.event.cities, recurrenceId: $0.recurrenceId) }
    }

    /// Compares the store's answer with a fresh expansion of every stored event, on several
    /// windows (a week, a month, years, and one far past the horizon).
    func expectExact(_ store: Store, _ step: String) throws {
        let windows: [(String, String)] = [("2026-11-23", "2026-11-30"), ("2026-01-01", "2026-02-01"),
                                           ("2024-06-01", "2029-06-01"), ("2041-03-01", "2041-04-01")]
        let events = try store.allEvents()
        for (a, b) in windows {
            let from = LocalDate(iso: a)!.startInstant(in: paris), to = LocalDate(iso: b)!.startInstant(in: paris)
            let fresh = Occurrence.sortedForAgenda(events.flatMap { $0.occurrences(from: from, to: to) })
            let stored = try store.occurrences(from: from, to: to)
            #expect(keys(stored) == keys(fresh), "\(step), window \(a)..\(b): \(stored.count) stored, \(fresh.count) expanded")
        }
    }

    func series(_ uid: String, _ rule: String, start: Date, minutes: Double = 90, allDay: Bool = false) -> Event {
        Event(uid: uid, title: "Série \(uid)", start: start, end: start.addingTimeInterval(minutes * 60), allDay: allDay,
              cities: ["TLS"], rrule: rule)
    }

    @Test func indexFollowsEveryChangeToASeries() throws {
        let store = try Store(inMemorySample: false)
        let weekly = series("weekly@t", "FREQ=WEEKLY;BYDAY=TU,TH", start: at("2025-03-04", 9))
        let counted = series("counted@t", "FREQ=DAILY;INTERVAL=2;COUNT=40", start: at("2026-10-30", 14))
        let until = series("until@t", "FREQ=MONTHLY;BYDAY=2WE;UNTIL=20271231T230000Z", start: at("2025-01-08", 18))
        let yearly = Event(uid: "yearly@t", title: "Anniversaire", start: LocalDate(iso: "2020-11-25")!.startInstant(in: paris),
                           end: LocalDate(iso: "2020-11-26")!.startInstant(in: paris), allDay: true, cities: ["MPL"], rrule: "FREQ=YEARLY")
        let single = Event(uid: "single@t", title: "Seul", start: at("2026-11-24", 10), end: at("2026-11-24", 11), cities: ["NIM"])
        try store.save([weekly, counted, until, yearly, single], label: .add)
        try expectExact(store, "added")

        // Edit: another rule and time.
        var e = try #require(try store.event(uid: "weekly@t"))
        e.rrule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"
        e.start = at("2025-03-03", 8)
        e.end = at("2025-03-03", 10)
        try store.save(e, label: .edit)
        try expectExact(store, "edited")

        // EXDATE (delete one occurrence), an override that moves and retitles one, a cancelled one.
        var c = try #require(try store.event(uid: "counted@t"))
        c.excludeOccurrence(at("2026-11-23", 14), at: Date())
        c.setOverride(OccurrenceOverride(recurrenceId: at("2026-11-25", 14), start: at("2026-11-26", 7), end: at("2026-11-26", 8),
                                         title: "Déplacée", cities: ["MPL"], sequence: 1), at: Date())
        c.setOverride(OccurrenceOverride(recurrenceId: at("2026-11-27", 14), start: at("2026-11-27", 14), end: at("2026-11-27", 15),
                                         cancelled: true, sequence: 1), at: Date())
        try store.save(c, label: .edit)
        try expectExact(store, "exceptions")
        let week = try store.occurrences(from: at("2026-11-23", 0), to: at("2026-11-30", 0)).filter { $0.uid == "counted@t" }
        #expect(week.map(\.title).contains("Déplacée"))
        #expect(!week.contains { $0.start == at("2026-11-23", 14) || $0.start == at("2026-11-27", 14) })

        // Undo each step back, then delete.
        try store.undo()
        try expectExact(store, "undo exceptions")
        try store.undo()
        try expectExact(store, "undo edit")
        try store.delete(uids: ["until@t"])
        try expectExact(store, "deleted")
        try store.undo()
        try expectExact(store, "undo delete")

        // Import: a newer version of one series, a new one.
        var newer = try #require(try store.event(uid: "yearly@t"))
        newer.rrule = "FREQ=YEARLY;COUNT=3"
        newer.sequence = 5
        let added = series("imported@t", "FREQ=WEEKLY", start: at("2026-06-01", 12))
        _ = try store.importEvents([newer, added])
        try expectExact(store, "imported")
        try store.undo()
        try expectExact(store, "undo import")
        #expect(try store.event(uid: "imported@t") == nil)
    }

    @Test func aWindowJustPastTheHorizonExtendsIt() throws {
        let store = try Store(inMemorySample: false)
        try store.save(series("open@t", "FREQ=WEEKLY", start: at("2025-01-06", 9)), label: .add)
        let before = try store.read { db in try Store.horizon(db) }
        // Two weeks starting a month past the horizon: within reach, so the index grows.
        let from = Date(timeIntervalSince1970: before).addingTimeInterval(30 * 86400)
        let list = try store.occurrences(from: from, to: from.addingTimeInterval(14 * 86400))
        #expect(list.count == 2)
        let after = try store.read { db in try Store.horizon(db) }
        #expect(after > from.timeIntervalSince1970 && after > before)
        // Rows were added once: a second query finds the same, from the index.
        #expect(keys(try store.occurrences(from: from, to: from.addingTimeInterval(14 * 86400))) == keys(list))
        let rows = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM occurrence WHERE eventUid = 'open@t'") ?? 0 }
        let weeks = Int((after - at("2025-01-06", 9).timeIntervalSince1970) / (7 * 86400)) + 1
        #expect(abs(rows - weeks) <= 1)
    }

    @Test func aWindowFarPastTheHorizonIsExpandedOnReadWithoutWritingRows() throws {
        let store = try Store(inMemorySample: false)
        try store.save(series("open@t", "FREQ=WEEKLY;BYDAY=MO,TH", start: at("2025-01-06", 9)), label: .add)
        var moved = series("daily@t", "FREQ=DAILY;INTERVAL=3", start: at("2025-02-01", 14), minutes: 60)
        moved.title = "Tous les trois jours"
        try store.save(moved, label: .add)
        try store.save(series("bounded@t", "FREQ=MONTHLY;COUNT=12", start: at("2026-03-02", 10)), label: .add)
        let count = { try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM occurrence") ?? -1 } }
        let rowsBefore = try count(), horizonBefore = try store.read { db in try Store.horizon(db) }
        let from = LocalDate(iso: "2060-01-01")!.startInstant(in: paris), to = LocalDate(iso: "2060-02-12")!.startInstant(in: paris)
        let list = try store.occurrences(from: from, to: to)
        let fresh = Occurrence.sortedForAgenda(try store.allEvents().flatMap { $0.occurrences(from: from, to: to) })
        #expect(keys(list) == keys(fresh))
        #expect(list.count == 12 + 14)
        // Nothing written: the index and its horizon are as before, and a second read agrees.
        #expect(try count() == rowsBefore)
        #expect(try store.read { db in try Store.horizon(db) } == horizonBefore)
        #expect(keys(try store.occurrences(from: from, to: to)) == keys(list))
    }

    @Test func anImportIsOneUndoStepThatRestoresWhatItReplaced() throws {
        let store = try Store(inMemorySample: false)
        let kept = Event(uid: "kept@t", title: "Avant", start: at("2026-11-24", 10), end: at("2026-11-24", 11), cities: ["TLS"], sequence: 1)
        try store.save(kept, label: .add)
        let before = try store.allEvents()
        var replaced = kept
        replaced.title = "Après"
        replaced.sequence = 2
        let new = (0..<300).map { i in
            Event(uid: "new-\(i)@t", title: "Nouveau \(i)", start: at("2026-11-25", 8).addingTimeInterval(Double(i) * 600),
                  end: at("2026-11-25", 9).addingTimeInterval(Double(i) * 600), cities: ["MPL"], rrule: i % 10 == 0 ? "FREQ=DAILY;COUNT=5" : nil)
        }
        let counts = try store.importEvents([replaced] + new)
        #expect(counts == ImportCounts(added: 300, updated: 1, unchanged: 0))
        let rows = try store.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM undo_item WHERE step = (SELECT MAX(id) FROM undo_step)") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM undo_step") ?? -1)
        }
        #expect(rows.0 == 1 && rows.1 == 2)
        #expect(try store.undo() == .`import`)
        #expect(try store.allEvents() == before)
        let left = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM occurrence") ?? -1 }
        #expect(left == 0)
    }

    @Test func generatedCalendarHasTheExpectedOccurrencesEachDay() throws {
        let gen = CalendarGenerator(count: 1500, seed: 7)
        let store = try Store(inMemorySample: false)
        let matcher = CityMatcher(cities: try store.cities())
        let context = ICSImporter.Context(cityResolver: { matcher.cities(in: $0) }, defaultCities: ["TLS"],
                                          defaultOffice: .joint, defaultZone: paris)
        let result = try ICSImporter(context: context).importCalendar(Data(gen.ics().utf8))
        #expect(try store.importEvents(result.events, people: result.people).added == 1500)
        let first = LocalDate(iso: CalendarGenerator.firstDay.description)!, end = LocalDate(iso: CalendarGenerator.endDay.description)!
        var counts: [String: Int] = [:]
        for o in try store.occurrences(from: first.startInstant(in: paris), to: end.startInstant(in: paris)) {
            for d in o.days(in: paris) where d >= first && d < end { counts[d.description, default: 0] += 1 }
        }
        let expected = Dictionary(uniqueKeysWithValues: gen.expectedCounts().map { ($0.key.description, $0.value) })
        let wrong = Set(counts.keys).union(expected.keys).filter { counts[$0] != expected[$0] }.sorted()
        #expect(wrong.isEmpty, "days that differ: \(wrong.prefix(10).map { "\($0): \(counts[$0] ?? 0) vs \(expected[$0] ?? 0)" })")
        #expect(expected.values.reduce(0, +) > 6000)
        // Every LOCATION named a reference city, matched on its folded name.
        #expect(result.events.allSatisfy { !$0.cities.isEmpty && $0.cities != ["TLS"] || $0.title.hasSuffix("Toulouse") })
    }
}
