// Store+Search: finds events anywhere in the calendar by a word of their title, description,
// cities, people or series, ignoring case and accents ("ales" finds Alès), one occurrence
// per event (the next one from a given day, else the last), for a result list to jump from.
// Titles and descriptions are matched in SQL on the pre-folded `searchText` column
// (SearchFolding, filled on every write): nothing is folded per query but the query itself.
import Foundation
import GRDB

extension Store {
    /// Events whose title, description, city names, people names or series name contain
    /// `text` (case- and accent-insensitive), each as one occurrence: the first one ending
    /// after `around`, else the last one; sorted by start, at most `limit` of them (the
    /// nearest `around`). Unplaced events are not listed.
    public func search(_ text: String, around: Date, limit: Int = 500) throws -> [Occurrence] {
        let key = text.foldedForSearch
        guard !key.isEmpty else { return [] }
        let aroundUtc = around.timeIntervalSince1970
        let events: [Event] = try read { db in
            // Names are few (cities, people, series): folded here, per query.
            func ids(_ sql: String) throws -> [String] {
                try Row.fetchAll(db, sql: sql).filter { SearchFolding.fold($0["name"] as String).contains(key) }.map { $0["id"] }
            }
            let cities = try ids("SELECT id, name FROM city")
            let people = try ids("SELECT id, name FROM person")
            let series = try ids("SELECT id, name FROM series")
            func list(_ ids: [String]) -> String { ids.isEmpty ? "NULL" : databaseQuestionMarks(count: ids.count) }
            // Every matching placed event, with what choosing among them needs (no hydration).
            let sql = """
                SELECT uid, recurring, startUtc, endUtc FROM event WHERE placed = 1 AND (
                    instr(searchText, ?) > 0
                    OR uid IN (SELECT eventUid FROM event_city WHERE cityId IN (\(list(cities))))
                    OR uid IN (SELECT eventUid FROM event_person WHERE personId IN (\(list(people))))
                    OR series IN (\(list(series))))
                """
            let hits = try Row.fetchAll(db, sql: sql, arguments: StatementArguments([key] + cities + people + series))
            // Single events are their own occurrence: only the `limit` coming ones and the
            // `limit` latest past ones (with those tied at the edges) can be kept by `nearest`.
            var recurring: [String] = []
            var coming: [(String, Double)] = [], past: [(String, Double)] = []
            for row in hits {
                let uid: String = row[0]
                if row[1] as Bool { recurring.append(uid) } else if (row[3] as Double) > aroundUtc { coming.append((uid, row[2])) } else { past.append((uid, row[2])) }
            }
            coming.sort { $0.1 < $1.1 }
            past.sort { $0.1 < $1.1 }
            if coming.count > limit { let edge = coming[limit - 1].1; coming = coming.filter { $0.1 <= edge } }
            if past.count > limit { let edge = past[past.count - limit].1; past = past.filter { $0.1 >= edge } }
            let wanted = recurring + coming.map(\.0) + past.map(\.0)
            var records: [EventRecord] = []
            for start in stride(from: 0, to: wanted.count, by: 500) {
                let batch = Array(wanted[start..<min(start + 500, wanted.count)])
                records += try EventRecord.fetchAll(db, sql: "SELECT * FROM event WHERE uid IN (\(databaseQuestionMarks(count: batch.count)))",
                                                    arguments: StatementArguments(batch))
            }
            return try Store.hydrate(db, records)
        }
        var found: [Occurrence] = []
        for e in events {
            if let o = Store.representative(e, around: around) { found.append(o) }
        }
        return Store.nearest(found, around: around, limit: limit)
    }
    /// "Perpignan" must show November 2026's events, not the first 500 since 2025.
    static func nearest(_ found: [Occurrence], around: Date, limit: Int) -> [Occurrence] {
        let sorted = found.sorted(by: Occurrence.agendaOrder)
        guard sorted.count > limit else { return sorted }
        let coming = sorted.filter { $0.end > around }
        let past = sorted.filter { $0.end <= around }
        let kept = Array(coming.prefix(limit)) + Array(past.suffix(max(0, limit - coming.count)))
        return kept.sorted(by: Occurrence.agendaOrder)
    }

    /// One occurrence standing for an event: the first ending after `around`, else the last
    /// (a series is expanded a year at a time, at most ten years from its start).
    static func representative(_ e: Event, around: Date) -> Occurrence? {
        guard e.isRecurring else { return e.occurrences(from: e.start, to: e.end.addingTimeInterval(1)).first }
        let year: TimeInterval = 366 * 86400
        var last: Occurrence?
        var from = e.start
        for _ in 0..<10 {
            let list = e.occurrences(from: from, to: from.addingTimeInterval(year))
            if let next = list.first(where: { $0.end > around }) { return next }
            last = list.last ?? last
            from = from.addingTimeInterval(year)
            if let end = e.lastOccurrenceEnd(), from > end { break }
        }
        return last
    }
}
