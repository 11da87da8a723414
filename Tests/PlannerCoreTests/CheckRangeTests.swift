import Foundation
import Testing
@testable import PlannerCore

/// `check`'s default range, as its help says: from the first event to the last end of
/// single events, recurring events up to two years from today (a conflict of a series past
/// that day is not reported, one inside is; a single event further away still is); and the
/// one walk of `check` gives the conflicts and school-holiday warnings of separate passes.
struct CheckRangeTests {
    let paris = TimeZone(identifier: "Europe/Paris")!
    let today = LocalDate(iso: "2026-12-01")!

    func christmas(_ uid: String, from year: Int, rule: String) -> Event {
        let d = LocalDate(year: year, month: 12, day: 25)
        return Event(uid: uid, title: "Permanence \(uid)", start: d.startInstant(in: paris), end: d.adding(days: 1).startInstant(in: paris),
                     allDay: true, cities: ["TLS"], rrule: rule)
    }

    func holidayDays(_ conflicts: [Conflict], _ uid: String) -> [String] {
        conflicts.filter { $0.kind == .publicHoliday && $0.uids == [uid] }.map(\.day.description)
    }

    @Test func recurringEventsAreCheckedTwoYearsAhead() throws {
        let store = try Store(inMemorySample: false)
        try store.save([christmas("forever@t", from: 2025, rule: "FREQ=YEARLY")], label: .add)
        let range = try #require(try store.defaultCheckRange(today: today, zone: paris))
        #expect(range.from == LocalDate(iso: "2025-12-25")!)
        #expect(range.to == today.adding(days: 730))
        #expect(range.recurringCut)
        let found = try store.check(from: range.from, to: range.to, zone: paris)
        // 25 December 2028 is past 30 November 2028: not reported; 2025 to 2027 are.
        #expect(holidayDays(found.conflicts, "forever@t") == ["2025-12-25", "2026-12-25", "2027-12-25"])
    }

    @Test func aSeriesEndingEarlierIsCheckedToItsEnd() throws {
        let store = try Store(inMemorySample: false)
        try store.save([christmas("short@t", from: 2025, rule: "FREQ=YEARLY;COUNT=2")], label: .add)
        let range = try #require(try store.defaultCheckRange(today: today, zone: paris))
        #expect(range.to == LocalDate(iso: "2026-12-27")!, "the day after the day of its last end")
        #expect(!range.recurringCut)
        #expect(holidayDays(try store.check(from: range.from, to: range.to, zone: paris).conflicts, "short@t") == ["2025-12-25", "2026-12-25"])
    }

    @Test func aSingleEventPastTheCapStillCounts() throws {
        let store = try Store(inMemorySample: false)
        let far = LocalDate(iso: "2030-12-25")!
        try store.save([christmas("forever@t", from: 2025, rule: "FREQ=YEARLY"),
                        Event(uid: "far@t", title: "Loin", start: far.startInstant(in: paris), end: far.adding(days: 1).startInstant(in: paris),
                              allDay: true, cities: ["MPL"])], label: .add)
        let range = try #require(try store.defaultCheckRange(today: today, zone: paris))
        #expect(range.to == LocalDate(iso: "2030-12-27")!)
        #expect(range.recurringCut, "the series goes on after the single event")
        let found = try store.check(from: range.from, to: range.to, zone: paris)
        #expect(holidayDays(found.conflicts, "far@t") == ["2030-12-25"])
        #expect(holidayDays(found.conflicts, "forever@t").count == 6)
    }

    @Test func anEmptyStoreHasNoRange() throws {
        #expect(try Store(inMemorySample: false).defaultCheckRange(today: today, zone: paris) == nil)
    }

    @Test func theRangeNoteIsTranslated() {
        let note = Catalogue.Perf.recurringCheckedUntil(LocalDate(iso: "2028-11-30")!)
        #expect(note.fr == "Événements récurrents vérifiés jusqu'au jeudi 30 novembre 2028 inclus ; --to pour aller plus loin.")
        #expect(note.en == "Recurring events checked up to Thursday 30 November 2028 inclusive; --to to go further.")
    }
}
