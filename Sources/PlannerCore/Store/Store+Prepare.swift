import Foundation
import GRDB

/// Saving an event in two steps: `prepare` computes everything the rows need without the
/// database (control characters removed, the rule in canonical form, checks that need no
/// table, the last end, the row's values with its folded search text, the occurrence index's
/// rows), `write` stores it in the caller's transaction. Every write of an event (add, edit,
/// undo, sync, import) goes through both, so they are the one path from an event to its
/// rows; an import prepares the next events on a second thread (`PreparingQueue`) while the
/// writer stores the previous ones.
extension Store {
    struct PreparedEvent: Sendable {
        let event: Event
        let values: [DatabaseValue]
        let occurrences: OccurrenceRows
    }

    /// `horizon`: the occurrence index's horizon in this transaction.
    static func prepare(_ event: Event, horizon: Double) throws -> PreparedEvent {
        var e = event.withoutControlCharacters
        if let r = e.rrule {
            // Stored in canonical form, so exports are stable whatever the user typed.
            do { e.rrule = try RecurrenceRule(parsing: r).rfc5545 } catch {
                throw PlannerError.invalidValue(Catalogue.invalidEvent(e.title, .invalidRule("\(error)")))
            }
        }
        try validateAlone(e)
        let lastEnd = e.isRecurring ? e.lastOccurrenceEnd() : e.end
        let values = EventRecord(e, lastEnd: lastEnd).values.map { $0?.databaseValue ?? .null }
        return PreparedEvent(event: e, values: values, occurrences: occurrenceRows(e, lastEnd: lastEnd, horizon: horizon))
    }

    /// Stores a prepared event: its row (inserted, or updated when the uid is known), cities,
    /// people and occurrence rows. `existed`, when the caller already knows whether the uid is
    /// stored, and `known` spare the lookups an import would repeat for every event.
    static func write(_ db: Database, _ p: PreparedEvent, existed knownToExist: Bool? = nil, known: KnownIds? = nil) throws {
        let e = p.event
        try validateIds(db, e, known: known)
        // Statements are prepared once per connection and reused: an import saves thousands
        // of events in one transaction.
        let existed = try EventRecord.upsert(db, uid: e.uid, values: p.values, existed: knownToExist)
        if existed {
            try db.cachedStatement(sql: "DELETE FROM event_city WHERE eventUid = ?").execute(arguments: [e.uid])
            try db.cachedStatement(sql: "DELETE FROM event_person WHERE eventUid = ?").execute(arguments: [e.uid])
            try deleteOccurrenceRows(db, uid: e.uid)
        }
        try storeOccurrenceRows(db, uid: e.uid, p.occurrences)
        let insertCity = try db.cachedStatement(sql: "INSERT INTO event_city(eventUid, cityId, position) VALUES (?, ?, ?)")
        for (i, c) in e.cities.enumerated() { try insertCity.execute(arguments: [e.uid, c, i]) }
        let insertPerson = try db.cachedStatement(sql: "INSERT OR IGNORE INTO event_person(eventUid, personId, position) VALUES (?, ?, ?)")
        for (i, p) in e.people.enumerated() { try insertPerson.execute(arguments: [e.uid, p, i]) }
    }
}

/// Events prepared for saving on a second thread, a chunk at a time, ahead of the writer
/// that takes them in order. At most `ahead` chunks wait, so memory stays that of a few
/// hundred events; chunks the writer has gone past are dropped (an event it skips, unchanged
/// since the last import, is never waited for). `cancel` stops the thread (the writer threw).
final class PreparingQueue: @unchecked Sendable {
    static let chunkSize = 256
    static let ahead = 4
    private let condition = NSCondition()
    private var chunks: [Int: [Result<Store.PreparedEvent, any Error>]] = [:]
    /// Chunks below this one are no longer needed.
    private var needed = 0
    private var cancelled = false

    /// `order`: the positions in `events` the writer takes them in.
    init(_ events: [Event], order: [Int], horizon: Double) {
        let count = (order.count + PreparingQueue.chunkSize - 1) / PreparingQueue.chunkSize
        Thread.detachNewThread { [self] in
            var k = 0
            while k < count {
                condition.lock()
                while !cancelled && k - needed >= PreparingQueue.ahead { condition.wait() }
                k = max(k, needed)
                if cancelled || k >= count { condition.unlock(); return }
                condition.unlock()
                let range = k * PreparingQueue.chunkSize..<min(order.count, (k + 1) * PreparingQueue.chunkSize)
                let out = order[range].map { i in Result { try Store.prepare(events[i], horizon: horizon) } }
                condition.lock()
                if k >= needed { chunks[k] = out }
                condition.broadcast()
                condition.unlock()
                k += 1
            }
        }
    }

    /// The `i`-th event of the order, prepared (waiting for it when the thread is behind);
    /// throws what `prepare` threw.
    func prepared(_ i: Int) throws -> Store.PreparedEvent {
        let k = i / PreparingQueue.chunkSize
        condition.lock()
        defer { condition.unlock() }
        release(below: k)
        while chunks[k] == nil { condition.wait() }
        return try chunks[k]![i % PreparingQueue.chunkSize].get()
    }

    /// The writer is at the `i`-th event of the order: earlier chunks may go.
    func passed(_ i: Int) {
        let k = i / PreparingQueue.chunkSize
        condition.lock()
        release(below: k)
        condition.unlock()
    }

    private func release(below k: Int) {
        guard k > needed else { return }
        for j in needed..<k { chunks[j] = nil }
        needed = k
        condition.broadcast()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        chunks.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
