import Foundation
import GRDB

/// Reading occurrences window by window: the one path behind `occurrences(from:to:)` (one
/// window) and behind the commands that walk years (`check`, conflicts), which read each
/// window in turn inside one read transaction, decoding each recurring event once for all
/// windows (`WindowCache`) instead of once per window, and never holding more than a window
/// of occurrences in memory.
extension Store {
    /// Recurring events already decoded, by uid, shared by the windows of one walk (and by
    /// their occurrences).
    struct WindowCache {
        var events: [String: EventBox] = [:]
        var unindexed: [Event]?
        var open: [Event]?
    }

    /// Pushes the occurrence index's horizon to cover `to` (one write, once). Returns true
    /// when it did not: a read-only or busy database, or a read further than `horizonReach`
    /// past the horizon. Series that never end are then expanded on read past the horizon.
    func ensureHorizon(to t: Double) throws -> Bool {
        let horizon = try read { db in try Store.horizon(db) }
        guard t > horizon else { return false }
        guard t <= horizon + Store.horizonReach else { return true }
        do { try write { db in try Store.extendHorizon(db, to: t) } } catch { return true }
        return false
    }

    /// How far past the horizon a read pushes it. Browsing on month by month pushes it a
    /// year or two at a time; a jump to a far year (`g 2040-06-10`) would have written every
    /// occurrence of every open series up to there: at 100,000 events, 3.1 million rows,
    /// 160 MB and 19 s for one screen. Such a read expands those series on read instead.
    static let horizonReach: Double = 366 * 86_400

    /// Occurrences with any part in `[from, to)`, unsorted and unfiltered: single events by
    /// their start index, recurring ones by the occurrence index.
    static func windowOccurrences(_ db: Database, from f: Double, to t: Double, beyondHorizon: Bool,
                                  cache: inout WindowCache) throws -> [Occurrence] {
        let longest = try Double.fetchOne(db.cachedStatement(sql: "SELECT MAX(durationSeconds) FROM event")) ?? 0
        let singles = try EventRecord.fetchAll(db.cachedStatement(sql: Store.singleEventsInRange), arguments: [f - longest, t, f, f])
        var result = try Store.hydrate(db, singles).map { Occurrence(event: $0, start: $0.start, end: $0.end) }
        let longestOccurrence = max(longest, try Store.setting(db, Store.longestKey) ?? 0)
        result += try Store.indexedOccurrences(db, from: f, to: t, longest: longestOccurrence, cache: &cache)
        result += try Store.expandedOnRead(db, from: f, to: t, beyondHorizon: beyondHorizon, cache: &cache)
        return result
    }

    /// The occurrences the index does not hold: series with too many occurrences to index
    /// (expanded on read), and past the horizon when it could not be pushed further.
    static func expandedOnRead(_ db: Database, from f: Double, to t: Double, beyondHorizon: Bool,
                               cache: inout WindowCache) throws -> [Occurrence] {
        let from = Date(timeIntervalSince1970: f), to = Date(timeIntervalSince1970: t)
        if cache.unindexed == nil {
            cache.unindexed = try hydrate(db, EventRecord.fetchAll(db, sql: "SELECT event.* FROM occurrence_unindexed JOIN event ON event.uid = occurrence_unindexed.eventUid"))
        }
        var result: [Occurrence] = []
        for e in cache.unindexed ?? [] { result += e.occurrences(from: from, to: to) }
        if beyondHorizon {
            let h = try Store.horizon(db)
            if cache.open == nil {
                cache.open = try Store.hydrate(db, EventRecord.fetchAll(db, sql: """
                    SELECT * FROM event WHERE recurring = 1 AND placed = 1 AND lastEndUtc IS NULL
                      AND uid NOT IN (SELECT eventUid FROM occurrence_unindexed)
                    """))
            }
            for e in cache.open ?? [] {
                result += e.occurrences(from: from, to: to).filter { $0.start.timeIntervalSince1970 >= h }
            }
        }
        return result
    }

    /// Calls `body` with the occurrences of each window of `windowDays` days between two days
    /// (end exclusive), in order, sorted for the agenda. Each window's read starts
    /// `marginDays` earlier (never before `from`), for rules that look at the day before.
    func forEachWindow(from: LocalDate, to: LocalDate, zone: TimeZone, windowDays: Int, marginDays: Int = 1,
                       _ body: (_ start: LocalDate, _ end: LocalDate, _ occurrences: [Occurrence]) throws -> Void) throws {
        try walkWindows(from: from, to: to, zone: zone, windowDays: windowDays, marginDays: marginDays) { start, end, occ in
            try body(start, end, Occurrence.sortedForAgenda(occ))
        }
    }

    /// `forEachWindow` on two threads: while a window is sorted and handed to `body` on a
    /// second thread, the next one is read from the database (a 2-core machine does both at
    /// once; `check` at 100,000 events spends about half its time on each side). `body` still
    /// sees the windows in order, one at a time; at most two read windows wait for it, so
    /// memory stays that of a few windows.
    func forEachWindowPipelined(from: LocalDate, to: LocalDate, zone: TimeZone, windowDays: Int, marginDays: Int = 1,
                                _ body: @escaping @Sendable (_ start: LocalDate, _ end: LocalDate, _ occurrences: [Occurrence]) -> Void) throws {
        let worker = OrderedWorker(label: "planner.windows")
        defer { worker.drain() }
        try walkWindows(from: from, to: to, zone: zone, windowDays: windowDays, marginDays: marginDays) { start, end, occ in
            try worker.submit { body(start, end, Occurrence.sortedForAgenda(occ)) }
        }
        try worker.finish()
    }

    /// The windows' occurrences as read, unsorted.
    private func walkWindows(from: LocalDate, to: LocalDate, zone: TimeZone, windowDays: Int, marginDays: Int,
                             _ visit: (_ start: LocalDate, _ end: LocalDate, _ occurrences: [Occurrence]) throws -> Void) throws {
        guard from < to else { return }
        let beyond = try ensureHorizon(to: to.startInstant(in: zone).timeIntervalSince1970)
        try read { db in
            var cache = WindowCache()
            var start = from
            while start < to {
                let end = min(start.adding(days: windowDays), to)
                let f = max(from, start.adding(days: -marginDays)).startInstant(in: zone).timeIntervalSince1970
                let occ = try Store.windowOccurrences(db, from: f, to: end.startInstant(in: zone).timeIntervalSince1970,
                                                      beyondHorizon: beyond, cache: &cache)
                try visit(start, end, occ)
                start = end
            }
        }
    }
}

/// Sort keys of titles, computed once per process: a walk over years sorts the same few
/// thousand titles in every window, and each key folds its title.
enum SortKeyCache {
    static let keys = Memo<String, String>(limit: 50_000)

    static func key(_ title: String) -> String { keys.value(title) { $0.frenchSortKey } }
}
