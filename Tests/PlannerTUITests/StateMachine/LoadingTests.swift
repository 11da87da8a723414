// LoadingTests: the TUI keeps the visible days and a margin in memory and never waits for a
// read. Moving inside what is in memory asks for no load and draws the same occurrences as
// the store; moving outside asks for exactly one load (the visible days) and shows a loading
// mark meanwhile; a load or a search answered after a newer one was asked for is dropped;
// an edit, an undo, a sync or another process's write reads the visible days again.
import Foundation
import PlannerCore
import Testing
@testable import planner_tui

struct LoadingTests {
    /// The loads among effects.
    static func loads(_ effects: [Effect]) -> [(Range<LocalDate>, Int)] {
        effects.compactMap { if case .load(let r, let g) = $0 { return (r, g) } else { return nil } }
    }

    /// What the store lists for a day, in the views' order (all-day first, then by start).
    static func stored(_ h: Harness, _ day: LocalDate) throws -> [String] {
        let zone = Harness.paris
        let list = try h.store.occurrences(from: day.adding(days: -1).startInstant(in: zone), to: day.adding(days: 2).startInstant(in: zone))
            .filter { $0.days(in: zone).contains(day) }
        return (list.filter(\.allDay) + list.filter { !$0.allDay }).map { "\($0.uid) \($0.start)" }
    }

    @Test func afterLaunchTheVisibleDaysAndAMarginAreInMemory() throws {
        let h = try Harness()
        let visible = h.state.visibleRange
        #expect(h.state.loaded == AppState.cacheRange(around: visible))
        #expect(h.state.pendingLoad == nil)
        #expect(!h.text.contains(Catalogue.tuiLoading(.fr)))
    }

    @Test func movingInsideTheCacheAsksForNoLoadAndDrawsWhatTheStoreHolds() throws {
        let h = try Harness()
        var s = h.state
        // Next day, next week, previous week, back a day: all from memory.
        for key in [Key.right, .char("n"), .char("p"), .char("p"), .left] {
            let (next, effects) = Update.update(s, .key(key))
            #expect(Self.loads(effects).isEmpty, "\(key)")
            #expect(next.visibleLoaded)
            s = next
        }
        s = Update.update(s, .key(.char("n"))).0
        for day in s.visibleRange.lowerBound.days(until: s.visibleRange.upperBound) > 0 ? Array(0..<7) : [] {
            let d = s.visibleRange.lowerBound.adding(days: day)
            #expect(s.occurrences(on: d).map { "\($0.uid) \($0.start)" } == (try Self.stored(h, d)), "\(d)")
        }
        let screen = MemoryScreen(rows: s.rows, cols: s.cols, unicode: true)
        Renderer.render(s, on: screen)
        #expect(!screen.text.contains(Catalogue.tuiLoading(.fr)))
    }

    @Test func movingOutsideAsksForOneLoadOfTheVisibleDaysThenItsMargin() throws {
        var h = try Harness()
        var s = h.state
        s.prompt = .goTo
        s.input = "2027-06-09"
        let (moved, effects) = Update.update(s, .key(.enter))
        let loads = Self.loads(effects)
        #expect(loads.count == 1)
        #expect(loads.first?.0 == moved.visibleRange)
        #expect(loads.first?.1 == s.loadGeneration + 1)
        // Meanwhile the screen says it is loading, and another key asks for nothing more.
        let screen = MemoryScreen(rows: moved.rows, cols: moved.cols, unicode: true)
        Renderer.render(moved, on: screen)
        #expect(screen.text.contains(Catalogue.tuiLoading(.fr)))
        #expect(Self.loads(Update.update(moved, .key(.right)).1).isEmpty)
        // Through the loop: the visible days, then the margin around them, both in memory.
        h.press(.char("g"))
        h.press(.ctrl("u"))
        h.type("2027-06-09")
        h.press(.enter)
        #expect(h.state.loaded == AppState.cacheRange(around: h.state.visibleRange))
        #expect(!h.text.contains(Catalogue.tuiLoading(.fr)))
    }

    @Test func aLoadAnsweredAfterANewerOneIsDropped() throws {
        let h = try Harness()
        var s = h.state
        s.prompt = .goTo
        s.input = "2027-06-09"
        let (first, e1) = Update.update(s, .key(.enter))
        var second = first
        second.prompt = .goTo
        second.input = "2028-02-02"
        let (latest, e2) = Update.update(second, .key(.enter))
        let old = try #require(e1.first), new = try #require(e2.first)
        // The first answer arrives after the second was asked for: nothing changes.
        for m in h.session.runner.run(old) {
            let (after, effects) = Update.update(latest, m)
            #expect(after.loaded == latest.loaded)
            #expect(after.all.map(\.uid) == latest.all.map(\.uid))
            #expect(after.pendingLoad == latest.visibleRange)
            #expect(effects.isEmpty)
        }
        // The second one is taken.
        for m in h.session.runner.run(new) {
            let after = Update.update(latest, m).0
            #expect(after.loaded == latest.visibleRange)
            #expect(after.visibleLoaded)
        }
    }

    @Test func aSearchAnsweredAfterANewerOneIsDropped() throws {
        var h = try Harness()
        h.press(.char("/"))
        h.press(.ctrl("u"))
        h.type("atelier")
        let (asked, e1) = Update.update(h.state, .key(.enter))
        #expect(asked.searching == "atelier")
        var again = asked
        again.prompt = .search
        again.input = "perpignan"
        let (latest, _) = Update.update(again, .key(.enter))
        for m in h.session.runner.run(try #require(e1.first)) {
            let after = Update.update(latest, m).0
            #expect(after.search == nil)
            #expect(after.searching == "perpignan")
        }
    }

    @Test func anEditAnUndoASyncOrAnotherWriterReadTheVisibleDaysAgain() throws {
        var h = try Harness()
        // The messages that mean the data changed each ask for a newer load of the visible days.
        let messages: [Message] = [.done("ok"), .externalChange, .syncFinished("ok", failed: false), .jumpTo("x", h.state.cursor)]
        for m in messages {
            let (after, effects) = Update.update(h.state, m)
            let loads = Self.loads(effects)
            #expect(loads.count == 1, "\(m)")
            #expect(loads.first?.0 == after.visibleRange)
            #expect(loads.first?.1 == h.state.loadGeneration + 1)
        }
        // Another process adds an event on the selected day: it shows after the next poll.
        let day = h.state.cursor
        let start = LocalDateTime(date: day, hour: 7, minute: 0).instant(in: Harness.paris)
        try h.store.save(Event(uid: "other-writer@test", title: "Ajouté ailleurs", start: start, end: start.addingTimeInterval(1800),
                               cities: ["TLS"], created: Date(), lastModified: Date()), label: .add)
        #expect(!h.state.occurrences(on: day).contains { $0.uid == "other-writer@test" })
        h.send(.externalChange)
        #expect(h.state.occurrences(on: day).contains { $0.uid == "other-writer@test" })
        // Deleting it here, then undoing: each time the days in memory follow.
        try h.select(uid: "other-writer@test")
        h.press(.char("x"), .char("o"))
        #expect(!h.state.occurrences(on: day).contains { $0.uid == "other-writer@test" })
        h.press(.char("u"))
        #expect(h.state.occurrences(on: day).contains { $0.uid == "other-writer@test" })
        #expect(h.state.loaded == AppState.cacheRange(around: h.state.visibleRange))
        // Every day in memory agrees with the store.
        for i in 0..<7 {
            let d = h.state.visibleRange.lowerBound.adding(days: i)
            #expect(h.state.occurrences(on: d).map { "\($0.uid) \($0.start)" } == (try Self.stored(h, d)))
        }
    }

    @Test func theStatusLineCountsChangesWaitingForSyncOnlyWhenAServerIsSet() throws {
        // No server: nothing about sync (and the waiting changes are not counted).
        var h = try Harness()
        #expect(h.state.sync == SyncStatus())
        #expect(!h.text.contains("synchro"))
        // A server: every event not yet sent is waiting; the count follows an edit, and
        // moving on (days read around what is in memory) keeps it.
        let store = try Store(inMemorySample: true)
        try store.setSyncConfiguration(url: "http://127.0.0.1:9/calendars/digital113/", every: nil)
        let waiting = try store.pendingSyncChanges()
        #expect(waiting > 0)
        h = try Harness(store: store)
        #expect(h.state.sync.pending == waiting)
        #expect(h.text.contains("synchro jamais, \(waiting) changements en attente"))
        h.press(.char("n"), .char("n"), .char("n"))
        #expect(h.state.sync.pending == waiting)
        // The count is a read of its own, asked for after a read that replaced memory (the
        // days on screen never wait for it), and only when a server is set.
        let (asked, loads) = Update.update(h.state, .externalChange)
        let answers = try #require(loads.first.map { h.session.runner.run($0) })
        let (_, after) = Update.update(asked, try #require(answers.first))
        #expect(after.contains(.countPendingSync))
        let none = try Harness()
        let (askedNone, loadsNone) = Update.update(none.state, .externalChange)
        let answersNone = try #require(loadsNone.first.map { none.session.runner.run($0) })
        #expect(!Update.update(askedNone, try #require(answersNone.first)).1.contains(.countPendingSync))
        h.press(.char("c"))
        h.type("Atelier RGPD mardi 10h Albi")
        h.press(.enter)
        #expect(h.state.sync.pending == waiting + 1)
        #expect(h.text.contains("\(waiting + 1) changements en attente"))
    }

    @Test func aReadThatFinishedKeepsTheLoopAwakeUntilItsResultIsDrawn() throws {
        // The terminal loop sleeps up to a second when the worker is idle: a read that
        // finished after the loop's last drain must still count as work, or its result
        // waits that second (seen as a blank month for one second after `m` or `g`).
        let h = try Harness()
        let worker = LoadWorker(runner: h.session.runner)
        worker.submit(.load(h.state.visibleRange, generation: 1))
        usleep(500_000)  // the read of the sample's week takes a few milliseconds
        #expect(worker.busy)
        let messages = worker.drain()
        #expect(messages.count == 1)
        #expect(!worker.busy)
    }
}

