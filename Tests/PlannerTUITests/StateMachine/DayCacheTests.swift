// DayCacheTests: moving on reads only the days missing from memory (never a day already
// there), and after any walk (week by week, month by month, back, a jump, a write between two
// reads) what is in memory is what one fresh read of the same days gives: occurrences by day
// in view order, conflicts, public and school holidays.
import CalendarGenerator
import Foundation
import PlannerCore
import Testing
@testable import planner_tui

struct DayCacheTests {
    /// The sample and a generated calendar: recurring series (some never ending), events over
    /// several days, all-day ones, people booked twice.
    static func busyStore() throws -> Store {
        let store = try Store(inMemorySample: true)
        let matcher = CityMatcher(cities: try store.cities())
        let context = ICSImporter.Context(cityResolver: { matcher.cities(in: $0) }, defaultCities: ["TLS"],
                                          defaultOffice: .joint, defaultZone: Harness.paris)
        let result = try ICSImporter(context: context).importCalendar(Data(CalendarGenerator(count: 2500, seed: 5).ics().utf8))
        _ = try store.importEvents(result.events, people: result.people)
        return store
    }

    /// Presses a key as the loop does (every effect run inline); returns the day ranges read.
    static func press(_ h: inout Harness, _ key: Key) -> [Range<LocalDate>] {
        var read: [Range<LocalDate>] = []
        var pending: [Message] = [.key(key)]
        while !pending.isEmpty {
            let (next, effects) = Update.update(h.state, pending.removeFirst())
            h.state = next
            for effect in effects {
                switch effect {
                case .load(let range, _):
                    read.append(range)
                case .extend(let range, let keep, _):
                    let parts = range.subtracting(keep)
                    // Only days not in memory are read, and the days kept are in memory.
                    #expect(h.state.loaded.map { $0.covers(keep) } == true)
                    for p in parts { #expect(h.state.loaded.map { !$0.overlaps(p) } == true, "\(p) read again") }
                    read += parts
                default:
                    break
                }
                pending += h.session.runner.run(effect)
            }
        }
        return read
    }

    static func days(_ ranges: [Range<LocalDate>]) -> Int {
        ranges.reduce(0) { $0 + $1.lowerBound.days(until: $1.upperBound) }
    }

    /// Fails when the days in memory differ from one fresh read of them.
    static func expectSameAsFreshRead(_ h: Harness, _ context: String) throws {
        let s = h.state
        let range = try #require(s.loaded)
        #expect(s.pendingLoad == nil, "\(context)")
        #expect(range.covers(s.visibleRange), "\(context)")
        var fresh = s
        #expect(fresh.take(try h.session.runner.load(range)))
        #expect(Set(s.byDay.keys) == Set(fresh.byDay.keys), "\(context)")
        var day = range.lowerBound
        var shown = 0
        while day < range.upperBound {
            let a = s.occurrences(on: day).map { "\($0.uid) \($0.start)" }
            #expect(a == fresh.occurrences(on: day).map { "\($0.uid) \($0.start)" }, "\(context) \(day)")
            #expect(s.conflicts[day]?.mapValues { $0.sorted() } == fresh.conflicts[day]?.mapValues { $0.sorted() }, "\(context) \(day) conflicts")
            #expect(s.holidays[day] == fresh.holidays[day], "\(context) \(day) holiday")
            #expect(s.schoolHolidays[day] == fresh.schoolHolidays[day], "\(context) \(day) school holidays")
            shown += a.count
            day = day.adding(days: 1)
        }
        #expect(Set(s.all.map { "\($0.uid) \($0.start)" }) == Set(fresh.all.map { "\($0.uid) \($0.start)" }), "\(context)")
        #expect(shown > 0, "\(context): nothing in memory to compare")
    }

    @Test func monthByMonthReadsOnlyTheNewDaysAndHoldsWhatAFreshReadGives() throws {
        var h = try Harness(store: try Self.busyStore())
        _ = Self.press(&h, .char("m"))
        try Self.expectSameAsFreshRead(h, "month view")
        let visibleDays = h.state.visibleRange.lowerBound.days(until: h.state.visibleRange.upperBound)
        var conflicted = 0
        for (i, key) in [Key.char("n"), .char("n"), .char("n"), .char("n"), .char("p"), .char("p"), .char("p"), .char("p"), .char("p")].enumerated() {
            let read = Self.press(&h, key)
            // A month on: about a month of new days, never the 126 of the whole margin.
            #expect(Self.days(read) <= visibleDays, "move \(i): \(read)")
            #expect(h.state.loaded?.covers(AppState.keptRange(around: h.state.visibleRange)) == true)
            try Self.expectSameAsFreshRead(h, "move \(i)")
            conflicted += h.state.conflicts.count
        }
        #expect(conflicted > 0, "no conflicts to compare")
        // Memory stays bounded: at most the margin around what is visible.
        #expect(AppState.cacheRange(around: h.state.visibleRange).covers(h.state.loaded!))
    }

    @Test func weekByWeekReadsTwoWeeksAtATime() throws {
        var h = try Harness(store: try Self.busyStore())
        var total = 0
        for key in Array(repeating: Key.char("n"), count: 8) + Array(repeating: Key.char("p"), count: 12) {
            let read = Self.press(&h, key)
            #expect(Self.days(read) <= 14, "\(read)")
            total += Self.days(read)
            try Self.expectSameAsFreshRead(h, "week \(h.state.cursor)")
        }
        #expect(total > 0)
        // Then the day and agenda views, from what is in memory or read around it.
        for key in [Key.char("d"), .char("a"), .char("n"), .char("w")] {
            _ = Self.press(&h, key)
            try Self.expectSameAsFreshRead(h, "view \(h.state.mode)")
        }
    }

    @Test func aJumpFarAwayReadsEverythingAgain() throws {
        var h = try Harness(store: try Self.busyStore())
        _ = Self.press(&h, .char("g"))
        _ = Self.press(&h, .ctrl("u"))
        for c in "2028-03-15" { _ = Self.press(&h, .char(c)) }
        let read = Self.press(&h, .enter)
        // The visible week alone, then its margin on both sides.
        #expect(read.first == h.state.visibleRange)
        #expect(h.state.loaded == AppState.cacheRange(around: h.state.visibleRange))
        try Self.expectSameAsFreshRead(h, "after the jump")
    }

    @Test func aWriteBetweenTwoReadsHasTheDaysInMemoryReadAgain() throws {
        var h = try Harness(store: try Self.busyStore())
        _ = Self.press(&h, .char("m"))
        // Someone else writes on a day in memory (not visible after the move), then the user
        // moves on: the new days' read carries a newer revision, so the rest is read again.
        let day = try #require(h.state.loaded).lowerBound.adding(days: 45)
        let start = LocalDateTime(date: day, hour: 6, minute: 30).instant(in: Harness.paris)
        try h.store.save(Event(uid: "between-reads@test", title: "Écrit entre deux lectures", start: start, end: start.addingTimeInterval(1800),
                               cities: ["TLS"], created: Date(), lastModified: Date()), label: .add)
        let read = Self.press(&h, .char("n"))
        #expect(read.contains(h.state.visibleRange), "\(read)")
        #expect(h.state.byDay[day]?.contains { $0.uid == "between-reads@test" } == true)
        try Self.expectSameAsFreshRead(h, "after the write")
    }

    @Test func rangeArithmetic() {
        let d = LocalDate(iso: "2026-11-01")!
        let r = d..<d.adding(days: 10)
        #expect(r.subtracting(d.adding(days: 3)..<d.adding(days: 5)) == [d..<d.adding(days: 3), d.adding(days: 5)..<d.adding(days: 10)])
        #expect(r.subtracting(d.adding(days: -3)..<d.adding(days: 4)) == [d.adding(days: 4)..<d.adding(days: 10)])
        #expect(r.subtracting(d.adding(days: 8)..<d.adding(days: 20)) == [d..<d.adding(days: 8)])
        #expect(r.subtracting(d.adding(days: -1)..<d.adding(days: 11)).isEmpty)
        #expect(r.joins(d.adding(days: 10)..<d.adding(days: 12)))
        #expect(!r.joins(d.adding(days: 11)..<d.adding(days: 12)))
        #expect(r.hull(d.adding(days: 12)..<d.adding(days: 14)) == d..<d.adding(days: 14))
    }
}
