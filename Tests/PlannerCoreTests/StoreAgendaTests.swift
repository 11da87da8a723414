import Foundation
import GRDB
import Testing
@testable import PlannerCore

/// The foundation: the store keeps every field, migrates an empty file, reads date ranges
/// through its index; the agenda's window, all-day and multi-day rules; offsets and DST
/// weeks; French week headings.
struct StoreAgendaTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    func at(_ day: String, _ h: Int, _ m: Int = 0) -> Date {
        LocalDateTime(date: LocalDate(iso: day)!, hour: h, minute: m).instant(in: paris)
    }

    func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    func context(_ store: Store, _ from: LocalDate, _ to: LocalDate, _ lang: Language = .fr) throws -> AgendaContext {
        try store.agendaContext(lang: lang, zone: paris, from: from, to: to)
    }

    func json(_ store: Store, _ from: String, _ to: String) throws -> [[String: Any]] {
        let occ = try store.occurrences(from: day(from).startInstant(in: paris), to: day(to).startInstant(in: paris))
        let text = AgendaJSON.render(occ, from: day(from), to: day(to), context: try context(store, day(from), day(to)))
        let doc = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        return doc?["occurrences"] as? [[String: Any]] ?? []
    }

    @Test func everyFieldSurvivesTheStore() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fields-\(UUID().uuidString).sqlite")
        let start = at("2026-12-01", 12)
        let e = Event(uid: "every-field@test", title: "Réunion « duplex » — Nîmes", description: "Ligne 1\nLigne 2 ; virgule, point",
                      start: start, end: start.addingTimeInterval(5400), allDay: false, timeZone: "Europe/Paris",
                      cities: ["NIM", "ALS", "TLS"], office: .montpellier, kind: .workshop, audience: .local,
                      series: "midi-deux-2026", people: ["P003", "P001"], rrule: "FREQ=WEEKLY;COUNT=5;BYDAY=TU",
                      exdates: [start.addingTimeInterval(7 * 86400)], rdates: [start.addingTimeInterval(3 * 86400)],
                      overrides: [OccurrenceOverride(recurrenceId: start.addingTimeInterval(14 * 86400), start: start.addingTimeInterval(14 * 86400 + 3600),
                                                     end: start.addingTimeInterval(14 * 86400 + 7200), title: "Décalé", cities: ["MPL"], sequence: 2)],
                      placement: .placed, big: true, sequence: 7,
                      created: Date(timeIntervalSince1970: 1_790_000_000), lastModified: Date(timeIntervalSince1970: 1_791_000_000),
                      extraProperties: ["URL:https://digital113.fr", "X-FOO;X-BAR=\"a,b\":baz"])
        var unplaced = Event(uid: "unplaced@test", title: "Green IT Day — à placer", start: at("2027-03-01", 9), end: at("2027-03-01", 17),
                             cities: ["RDZ"], placement: .unplaced(candidates: ["RDZ", "ALB"], earliest: day("2027-03-01"), latest: day("2027-03-31"), durationDays: 2))
        unplaced.allDay = false
        let allDay = Event(uid: "allday@test", title: "Séminaire", start: day("2027-03-25").startInstant(in: paris),
                           end: day("2027-03-27").startInstant(in: paris), allDay: true, cities: ["CCF"])
        do {
            let store = try Store(path: url.path)
            try store.save([e, unplaced, allDay])
        }
        let reopened = try Store(path: url.path)
        #expect(try reopened.event(uid: e.uid) == e)
        #expect(try reopened.event(uid: unplaced.uid) == unplaced)
        #expect(try reopened.event(uid: allDay.uid) == allDay)
    }

    @Test func migrationsRunOnAnEmptyFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString).sqlite")
        FileManager.default.createFile(atPath: url.path, contents: Data())
        let store = try Store(path: url.path, sample: false)
        #expect(try store.cities().count == 13)
        #expect(try store.eventCount() == 0)
        #expect(try store.holidays(from: day("2026-01-01"), to: day("2027-01-01")).contains { $0.date == day("2026-07-14") })
        // Migrating again is a no-op.
        #expect(try Store(path: url.path, sample: false).eventCount() == 0)
    }

    @Test func rangeQueriesUseTheOccurrenceIndex() throws {
        let store = try Store(inMemorySample: true)
        let plans = try store.read { db -> [String] in
            // The queries `occurrences(from:to:)` runs.
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + Store.singleEventsInRange, arguments: [1_790_000_000, 1_800_000_000, 1_790_000_000, 1_790_000_000])
                .map { $0["detail"] as String }
                + Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + Store.occurrencesInRange, arguments: [1_790_000_000, 1_800_000_000, 1_790_000_000, 1_790_000_000])
                .map { $0["detail"] as String }
        }
        #expect(plans.contains { $0.contains("USING INDEX event_single_start (startUtc>? AND startUtc<?)") }, "\(plans)")
        #expect(plans.contains { $0.contains("SEARCH occurrence USING PRIMARY KEY (startUtc>? AND startUtc<?)") }, "\(plans)")
        #expect(!plans.contains { $0.hasPrefix("SCAN event") && !$0.contains("INDEX") }, "\(plans)")
    }

    @Test func theAgendaWindow() throws {
        let store = try Store(inMemorySample: false)
        try store.save([
            Event(uid: "ends-at-from", title: "Fini avant", start: at("2026-12-06", 22), end: day("2026-12-07").startInstant(in: paris), cities: ["TLS"]),
            Event(uid: "three-days", title: "Trois jours", start: at("2026-12-06", 14), end: at("2026-12-08", 12), cities: ["MPL"]),
            Event(uid: "all-day", title: "Journée", start: day("2026-12-07").startInstant(in: paris), end: day("2026-12-08").startInstant(in: paris),
                  allDay: true, cities: ["NIM"]),
        ])
        let occ = try json(store, "2026-12-07", "2026-12-14")
        let uids = occ.map { $0["uid"] as! String }
        // An event ending exactly at `from` is not listed; the overlapping one is listed once.
        #expect(!uids.contains("ends-at-from"))
        #expect(uids.filter { $0 == "three-days" }.count == 1)
        // All-day end is exclusive: the day after is not part of it.
        let allDay = try #require(occ.first { $0["uid"] as? String == "all-day" })
        #expect(allDay["start"] as? String == "2026-12-07" && allDay["end"] as? String == "2026-12-08")
        #expect(try json(store, "2026-12-08", "2026-12-09").allSatisfy { $0["uid"] as? String != "all-day" })
        // In text, the three-day event is under each of its days in the window.
        let w = ISOWeek(year: 2026, week: 50)
        let text = try store.printedWeek(w, lang: .fr, zone: paris).text
        let days = text.components(separatedBy: "\n\n")
        #expect(days.filter { $0.contains("Trois jours") }.count == 2, "\(text)")
        #expect(days.filter { $0.contains("Journée") }.count == 1)
    }

    @Test func parisOffsetsAndTheWeeksOfTheDSTChanges() throws {
        let store = try Store(inMemorySample: false)
        var events: [Event] = []
        for d in ["2026-10-19", "2026-10-24", "2026-10-25", "2026-10-26", "2027-03-27", "2027-03-28", "2027-03-29"] {
            for (h, m) in [(1, 30), (2, 30), (9, 0), (23, 30)] {
                events.append(Event(uid: "\(d)-\(h)", title: "À \(h)h\(m)", start: at(d, h, m), end: at(d, h, m).addingTimeInterval(1800), cities: ["TLS"]))
            }
        }
        try store.save(events)
        let winter = try json(store, "2026-10-26", "2026-10-27").first { $0["title"] as? String == "À 9h0" }
        #expect(winter?["start"] as? String == "2026-10-26T09:00:00+01:00")
        let summer = try json(store, "2026-10-19", "2026-10-20").first { $0["title"] as? String == "À 9h0" }
        #expect(summer?["start"] as? String == "2026-10-19T09:00:00+02:00")
        for (from, to) in [("2026-10-19", "2026-10-26"), ("2026-10-26", "2026-11-02"), ("2027-03-22", "2027-03-29"), ("2027-03-29", "2027-04-05")] {
            let occ = try json(store, from, to)
            #expect(Set(occ.map { $0["uid"] as! String }).count == occ.count, "an event listed twice in \(from)")
            for o in occ {
                let uid = o["uid"] as! String
                let hour = Int(uid.split(separator: "-").last!)!
                let start = o["start"] as! String
                // Each event at its local time; 02:30 on 2027-03-28 does not exist and moves to 03:30.
                let expected = uid == "2027-03-28-2" ? "03:30" : String(format: "%02d:%02d", hour, hour == 9 ? 0 : 30)
                #expect(start.dropFirst(11).prefix(5) == expected[...], "\(uid): \(start)")
                #expect(start.hasPrefix(String(uid.prefix(10))), "\(uid): \(start)")
            }
        }
        // The week of the autumn change (19, 24 and 25 October here) lists its 12 events once;
        // 02:30 on the 25th, a time that happens twice, is the first one (summer time).
        #expect(try json(store, "2026-10-19", "2026-10-26").count == 12)
        #expect(try json(store, "2026-10-25", "2026-10-26").first { $0["uid"] as? String == "2026-10-25-2" }?["start"] as? String == "2026-10-25T02:30:00+02:00")
        #expect(try json(store, "2026-10-25", "2026-10-26").count == 4)
        #expect(try json(store, "2027-03-28", "2027-03-29").count == 4)
    }

    @Test func frenchWeekHeadings() {
        #expect(CalendarNames.weekHeading(ISOWeek(year: 2026, week: 53), .fr) == "Semaine 53 — du lundi 28 décembre 2026 au dimanche 3 janvier 2027")
        #expect(CalendarNames.weekHeading(ISOWeek(year: 2026, week: 49), .fr) == "Semaine 49 — du lundi 30 novembre au dimanche 6 décembre 2026")
        #expect(CalendarNames.weekHeading(ISOWeek(year: 2026, week: 48), .fr) == "Semaine 48 — du lundi 23 au dimanche 29 novembre 2026")
        #expect(ISOWeek(year: 2026, week: 53).monday == LocalDate(iso: "2026-12-28")!)
        #expect(LocalDate(iso: "2027-01-03")!.isoWeek == ISOWeek(year: 2026, week: 53))
        #expect(LocalDate(iso: "2027-01-04")!.isoWeek == ISOWeek(year: 2027, week: 1))
        #expect(CalendarNames.weekHeading(ISOWeek(year: 2026, week: 48), .en).hasPrefix("Week 48"))
    }
}
