import Foundation
import GRDB

/// The occurrence index: every occurrence of a placed recurring event as a row
/// `(eventUid, startUtc, endUtc, recurrenceId)` on an indexed time column, written in the
/// same transaction as the event. Bounded series are materialised whole; series that never
/// end up to the horizon (the first of January three years ahead when the database was
/// made), pushed further the first time a query goes past it. Single events need no rows:
/// their own start index answers. A window query is therefore two index range scans,
/// whatever the age of the calendar, instead of expanding every series from its first year.
/// The table is stored in start order (its key begins with `startUtc`), so a window's rows
/// are contiguous (rows are written with OR IGNORE: the expansion never repeats a start, and
/// a repeated row could only be the same occurrence).
extension Store {
    static let horizonKey = "occurrenceHorizon"
    static let longestKey = "occurrenceLongest"
    /// A series with more occurrences than this (a rule every minute...) is expanded on read.
    static let maxRowsPerSeries = 20_000

    /// 1 January, three years after `now`'s year, in UTC.
    static func defaultHorizon(now: Date) -> Double {
        let year = LocalDate(now, in: TimeZone(identifier: "UTC")!).year
        return LocalDate(year: year + 3, month: 1, day: 1).startInstant(in: TimeZone(identifier: "UTC")!).timeIntervalSince1970
    }

    static func setting(_ db: Database, _ key: String) throws -> Double? {
        try Double.fetchOne(db.cachedStatement(sql: "SELECT CAST(value AS REAL) FROM setting WHERE key = ?"), arguments: [key])
    }

    static func setSetting(_ db: Database, _ key: String, _ value: Double) throws {
        try db.cachedStatement(sql: "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
            .execute(arguments: [key, String(value)])
    }

    static func horizon(_ db: Database) throws -> Double {
        try setting(db, horizonKey) ?? defaultHorizon(now: Date())
    }

    /// Fills the index after the migration that creates it (once every migration has run).
    static func rebuildOccurrenceIndexIfStale(_ db: Database) throws {
        guard try setting(db, "occurrenceIndexStale") != nil else { return }
        try rebuildOccurrenceIndex(db, horizon: try setting(db, horizonKey) ?? defaultHorizon(now: Date()))
        try db.execute(sql: "DELETE FROM setting WHERE key = 'occurrenceIndexStale'")
    }

    /// Empties and refills the index from the events.
    static func rebuildOccurrenceIndex(_ db: Database, horizon: Double) throws {
        try db.execute(sql: "DELETE FROM occurrence; DELETE FROM occurrence_unindexed")
        try setSetting(db, horizonKey, horizon)
        let records = try EventRecord.fetchAll(db, sql: "SELECT * FROM event WHERE recurring = 1 AND placed = 1")
        for e in try hydrate(db, records) {
            try storeOccurrenceRows(db, uid: e.uid, occurrenceRows(e, lastEnd: e.lastOccurrenceEnd(), horizon: horizon))
        }
    }

    /// Removes an event's rows (before they are written again, `Store.write`).
    static func deleteOccurrenceRows(_ db: Database, uid: String) throws {
        try db.cachedStatement(sql: "DELETE FROM occurrence WHERE eventUid = ?").execute(arguments: [uid])
        try db.cachedStatement(sql: "DELETE FROM occurrence_unindexed WHERE eventUid = ?").execute(arguments: [uid])
    }

    /// One row of the index.
    struct OccurrenceRow: Sendable {
        let start: Double, end: Double, recurrenceId: Double
    }

    /// The rows an event has in the index, computed without the database.
    enum OccurrenceRows: Sendable {
        case rows([OccurrenceRow], longest: Double)
        /// More than `maxRowsPerSeries`: the series is expanded on read.
        case tooMany
    }

    /// The rows of a placed recurring event from a day before its first start (or an
    /// override's) to its last end, or to the horizon when it never ends; none for others.
    static func occurrenceRows(_ e: Event, lastEnd: Date?, horizon: Double) -> OccurrenceRows {
        guard e.isRecurring, e.placement.isPlaced else { return .rows([], longest: 0) }
        let lower = e.overrides.map(\.start).reduce(e.start, min).addingTimeInterval(-86400)
        let upper = lastEnd.map { $0.addingTimeInterval(1) } ?? Date(timeIntervalSince1970: horizon)
        return occurrenceRows(e, from: lower, to: upper)
    }

    /// The rows of the occurrences of `e` that start in `[from, to)`.
    static func occurrenceRows(_ e: Event, from: Date, to: Date) -> OccurrenceRows {
        guard from < to else { return .rows([], longest: 0) }
        let list = e.occurrences(from: from, to: to).filter { $0.start >= from && $0.start < to }
        if list.count > maxRowsPerSeries { return .tooMany }
        var longest = 0.0
        let rows = list.map { o in
            let row = OccurrenceRow(start: o.start.timeIntervalSince1970, end: o.end.timeIntervalSince1970,
                                    recurrenceId: (o.recurrenceId ?? o.start).timeIntervalSince1970)
            longest = max(longest, row.end - row.start)
            return row
        }
        return .rows(rows, longest: longest)
    }

    /// Adds the rows of the occurrences of `e` that start in `[from, to)`.
    static func insertOccurrences(_ db: Database, _ e: Event, from: Date, to: Date) throws {
        try storeOccurrenceRows(db, uid: e.uid, occurrenceRows(e, from: from, to: to))
    }

    /// Writes an event's rows (or marks it expanded on read), keeping the longest
    /// occurrence's length up to date.
    static func storeOccurrenceRows(_ db: Database, uid: String, _ rows: OccurrenceRows) throws {
        switch rows {
        case .tooMany:
            try db.cachedStatement(sql: "DELETE FROM occurrence WHERE eventUid = ?").execute(arguments: [uid])
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO occurrence_unindexed(eventUid) VALUES (?)").execute(arguments: [uid])
        case .rows(let list, let longest):
            guard !list.isEmpty else { return }
            let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO occurrence(eventUid, startUtc, endUtc, recurrenceId) VALUES (?, ?, ?, ?)")
            for r in list { try insert.execute(arguments: [uid, r.start, r.end, r.recurrenceId]) }
            if longest > (try setting(db, longestKey) ?? 0) { try setSetting(db, longestKey, longest) }
        }
    }

    /// Pushes the horizon to cover `until` (a year further, on a first of January), adding
    /// the rows of the series that never end.
    static func extendHorizon(_ db: Database, to until: Double) throws {
        let old = try horizon(db)
        guard until > old else { return }
        let utc = TimeZone(identifier: "UTC")!
        let target = LocalDate(year: LocalDate(Date(timeIntervalSince1970: until), in: utc).year + 2, month: 1, day: 1).startInstant(in: utc)
        let records = try EventRecord.fetchAll(db, sql: """
            SELECT * FROM event WHERE recurring = 1 AND placed = 1 AND lastEndUtc IS NULL
              AND uid NOT IN (SELECT eventUid FROM occurrence_unindexed)
            """)
        for e in try hydrate(db, records) {
            try insertOccurrences(db, e, from: Date(timeIntervalSince1970: old), to: target)
        }
        try setSetting(db, horizonKey, target.timeIntervalSince1970)
    }

    /// Index rows with any part in a range (the range widened by the longest occurrence).
    static let occurrencesInRange = """
        SELECT eventUid, startUtc, endUtc, recurrenceId FROM occurrence
        WHERE startUtc >= ? AND startUtc < ? AND (endUtc > ? OR (endUtc = startUtc AND startUtc >= ?))
        """

    /// Occurrences of recurring events with any part in `[from, to)`, from the index (the few
    /// series expanded on read are added by `expandedOnRead`). The horizon must cover `to`.
    static func indexedOccurrences(_ db: Database, from: Double, to: Double, longest: Double, cache: inout WindowCache) throws -> [Occurrence] {
        // Read through a cursor into plain values: `Row.fetchAll` copied every row into a Row
        // of boxed values first (a walk over years reads hundreds of thousands).
        var uids: [String] = [], times: [(start: Double, end: Double, recurrenceId: Double)] = []
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: occurrencesInRange), arguments: [from - longest, to, from, from])
        while let row = try cursor.next() {
            uids.append(row[0])
            times.append((row[1], row[2], row[3]))
        }
        var missing: [String] = []
        var seen = Set<String>()
        for u in uids where cache.events[u] == nil {
            if seen.insert(u).inserted { missing.append(u) }
        }
        for start in stride(from: 0, to: missing.count, by: 500) {
            let batch = Array(missing[start..<min(start + 500, missing.count)])
            let records = try EventRecord.fetchAll(db, sql: "SELECT * FROM event WHERE uid IN (\(databaseQuestionMarks(count: batch.count)))",
                                                   arguments: StatementArguments(batch))
            for e in try hydrate(db, records) { cache.events[e.uid] = EventBox(e) }
        }
        var result: [Occurrence] = []
        result.reserveCapacity(uids.count)
        for (t, u) in zip(times, uids) {
            guard let box = cache.events[u] else { continue }
            result.append(box.occurrence(start: Date(timeIntervalSince1970: t.start), end: Date(timeIntervalSince1970: t.end),
                                         recurrenceId: Date(timeIntervalSince1970: t.recurrenceId)))
        }
        return result
    }
}

extension Event {
    /// The occurrence of a recurring event starting at `start` (as stored in the index), with
    /// its override's title, description, cities and people when it has one.
    func occurrence(start: Date, end: Date, recurrenceId: Date) -> Occurrence {
        EventBox(self).occurrence(start: start, end: end, recurrenceId: recurrenceId)
    }
}
