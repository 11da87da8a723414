// Store+Search: finds events anywhere in the calendar by a word of their title, description,
// cities, people or series, ignoring case and accents ("ales" finds Alès), one occurrence
// per event (the next one from a given day, else the last), for a result list to jump from.
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
        let events: [Event] = try read { db in
            func ids(_ sql: String) throws -> [String] {
                try Row.fetchAll(db, sql: sql).filter { ($0["name"] as String).foldedForSearch.contains(key) }.map { $0["id"] }
            }
            let cities = try ids("SELECT id, name FROM city")
            let people = try ids("SELECT id, name FROM person")
            let series = try ids("SELECT id, name FROM series")
            var uids = Set<String>()
            for row in try Row.fetchAll(db, sql: "SELECT uid, title, description FROM event WHERE placed = 1") {
                if (row["title"] as String).foldedForSearch.contains(key) || (row["description"] as String).foldedForSearch.contains(key) {
                    uids.insert(row["uid"])
                }
            }
            for (table, column, list) in [("event_city", "cityId", cities), ("event_person", "personId", people)] where !list.isEmpty {
                let sql = "SELECT eventUid FROM \(table) WHERE \(column) IN (\(databaseQuestionMarks(count: list.count)))"
                uids.formUnion(try String.fetchAll(db, sql: sql, arguments: StatementArguments(list)))
            }
            if !series.isEmpty {
                let sql = "SELECT uid FROM event WHERE placed = 1 AND series IN (\(databaseQuestionMarks(count: series.count)))"
                uids.formUnion(try String.fetchAll(db, sql: sql, arguments: StatementArguments(series)))
            }
            guard !uids.isEmpty else { return [] }
            var records: [EventRecord] = []
            let all = Array(uids)
            for start in stride(from: 0, to: all.count, by: 500) {
                let batch = Array(all[start..<min(start + 500, all.count)])
                records += try EventRecord.fetchAll(db, sql: "SELECT * FROM event WHERE placed = 1 AND uid IN (\(databaseQuestionMarks(count: batch.count)))",
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

    /// At most `limit` results, those nearest `around`: the coming ones first (ending after
    /// it), then the latest past ones; sorted by start. A 30,000-event calendar searched for
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
