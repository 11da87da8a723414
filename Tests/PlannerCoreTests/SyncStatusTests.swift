import Foundation
import GRDB
import Testing
@testable import PlannerCore

/// The count of changes waiting for sync (the TUI's status line, `config`): events never
/// sent, edited or deleted events already on the server, never a conflict copy; equal to
/// the former query that read every event row, and answered from indexes only.
struct SyncStatusTests {
    /// The count as it was first written: one pass over every event row.
    static let referenceSQL = """
        SELECT (SELECT count(*) FROM sync_change c JOIN sync_resource r ON r.uid = c.uid)
             + (SELECT count(*) FROM event e WHERE NOT EXISTS(SELECT 1 FROM sync_resource r WHERE r.uid = e.uid)
                AND e.extraProperties NOT LIKE '%\(Event.conflictOfProperty):%')
        """

    func event(_ uid: String, day: Int, extra: [String] = []) -> Event {
        let start = LocalDateTime(date: LocalDate(iso: "2026-12-01")!.adding(days: day), hour: 9, minute: 0)
            .instant(in: TimeZone(identifier: "Europe/Paris")!)
        return Event(uid: uid, title: "Atelier \(uid)", start: start, end: start.addingTimeInterval(3600), cities: ["TLS"],
                     extraProperties: extra)
    }

    /// As after a sync: on the server, no change waiting.
    func markSent(_ store: Store, _ uid: String) throws {
        try store.write { db in
            try Store.record(db, SyncResource(uid: uid, href: "/cal/\(uid).ics", etag: "\"1\"", hash: "h"))
            try Store.clearMark(db, uid: uid, version: nil)
        }
    }

    func reference(_ store: Store) throws -> Int {
        try store.read { db in try Int.fetchOne(db, sql: Self.referenceSQL) ?? -1 }
    }

    @Test func countsWhatTheNextSyncSendsAndNeverAConflictCopy() throws {
        let store = try Store(inMemorySample: false)
        #expect(try store.pendingSyncChanges() == 0)
        for (i, uid) in ["sent@t", "edited@t", "deleted@t", "new@t"].enumerated() { try store.save(event(uid, day: i), label: .add) }
        try store.save(event("copy@t", day: 5, extra: ["\(Event.conflictOfProperty):edited@t"]), label: .add)
        #expect(try store.pendingSyncChanges() == 4)
        for uid in ["sent@t", "edited@t", "deleted@t"] { try markSent(store, uid) }
        #expect(try store.pendingSyncChanges() == 1)
        var edited = try #require(try store.event(uid: "edited@t"))
        edited.title = "Atelier modifié"
        try store.save(edited, label: .edit)
        try store.delete(uids: ["deleted@t"])
        // new@t never sent, edited@t changed, deleted@t to delete on the server.
        #expect(try store.pendingSyncChanges() == 3)
        #expect(try store.pendingSyncChanges() == (try reference(store)))
        // A conflict copy sent by mistake would count like any event on the server.
        try markSent(store, "copy@t")
        #expect(try store.pendingSyncChanges() == (try reference(store)))
    }

    @Test func aGeneratedCalendarCountsAsTheFormerQuery() throws {
        let store = try Store(inMemorySample: true)
        var events: [Event] = []
        for i in 0..<300 { events.append(event("g\(i)@t", day: i % 60, extra: i % 17 == 0 ? ["\(Event.conflictOfProperty):g\(i + 1)@t"] : [])) }
        try store.save(events, label: .add)
        for i in stride(from: 0, to: 300, by: 3) { try markSent(store, "g\(i)@t") }
        try store.delete(uids: ["g3@t", "g4@t"])
        #expect(try store.pendingSyncChanges() == (try reference(store)))
        #expect(try store.pendingSyncChanges() > 150)
    }

    @Test func theCountReadsNoEventRowOneByOne() throws {
        let store = try Store(inMemorySample: true)
        let plan = try store.read { db in try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + Store.pendingSyncChangesSQL).map { $0["detail"] as String } }
        // Every pass over `event` goes through an index (the uid index, or the partial index
        // of conflict copies), never over the table's rows.
        let scans = plan.filter { $0.hasPrefix("SCAN e") }
        #expect(scans.count == 2, "\(plan)")
        #expect(scans.allSatisfy { $0.contains("USING COVERING INDEX") || $0.contains("USING INDEX event_conflict_copy") }, "\(plan)")
        // The list of conflict copies (`check`) too.
        let copies = try store.read { db in try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + Store.conflictCopiesSQL).map { $0["detail"] as String } }
        #expect(copies.contains { $0.contains("USING INDEX event_conflict_copy") }, "\(copies)")
    }
}
