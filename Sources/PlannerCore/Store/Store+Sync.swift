import Foundation
import GRDB

/// What sync remembers in the database: the local changes waiting to go out (`sync_change`,
/// written in the same transaction as every event change, through `Store.journal` and
/// `undo`), what each event was when last in step with the server (`sync_resource`: its
/// href, ETag and a hash of its iCalendar text), and the conflict copies sync made.
public struct SyncResource: Equatable, Sendable {
    public var uid: String
    public var href: String
    public var etag: String?
    public var hash: String
}

/// A local version kept aside because the server's won (or the other way round).
public struct ConflictCopy: Sendable {
    /// The copy: a separate event with its own uid, never sent to the server.
    public var copy: Event
    /// The uid of the event it is a version of (nil when that one was deleted since).
    public var originalUid: String
    public var original: Event?
}

extension Event {
    /// The property that marks a conflict copy and names its original.
    public static let conflictOfProperty = PlannerProperty.conflictOf.rawValue

    /// The uid of the event this one is a conflict copy of, nil for an ordinary event.
    public var conflictOf: String? {
        for line in extraProperties where line.hasPrefix(Event.conflictOfProperty + ":") {
            return String(line.dropFirst(Event.conflictOfProperty.count + 1))
        }
        return nil
    }
}

extension Store {
    static func registerSyncMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("sync-v1-changes") { db in
            try db.execute(sql: """
                CREATE TABLE sync_change(uid TEXT PRIMARY KEY NOT NULL, version INTEGER NOT NULL) WITHOUT ROWID;
                CREATE TABLE sync_resource(
                    uid TEXT PRIMARY KEY NOT NULL, href TEXT NOT NULL UNIQUE, etag TEXT, hash TEXT NOT NULL) WITHOUT ROWID;
                """)
        }
    }

    /// Marks events as changed locally since the last sync; called inside the transaction
    /// that changes them, so a change and its mark are written together or not at all.
    static func markForSync(_ db: Database, _ uids: [String]) throws {
        let mark = try db.cachedStatement(sql: """
            INSERT INTO sync_change(uid, version) VALUES (?, 1)
            ON CONFLICT(uid) DO UPDATE SET version = version + 1
            """)
        for uid in Set(uids) { try mark.execute(arguments: [uid]) }
    }

    /// What marks a conflict copy in SQL: a literal, so that the partial index
    /// `event_conflict_copy` (migration v7) answers the queries that repeat it.
    static let isConflictCopySQL = "extraProperties LIKE '%\(Event.conflictOfProperty):%'"

    /// Local changes the next sync will send: edited or deleted events already on the
    /// server, and events never sent. Conflict copies stay local. Never a read of every
    /// event row: events never sent are counted on the uid index, the conflict copies among
    /// them on their own partial index (`SyncStatusTests` checks the plan).
    public func pendingSyncChanges() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: Store.pendingSyncChangesSQL) ?? 0 }
    }

    /// The conflict copies, with the condition as a literal so that their partial index
    /// answers (`check` asks at every run; with a bound pattern it read every event row).
    static let conflictCopiesSQL = "SELECT * FROM event WHERE \(isConflictCopySQL) ORDER BY created, uid"

    static let pendingSyncChangesSQL = """
        SELECT (SELECT count(*) FROM sync_change c JOIN sync_resource r ON r.uid = c.uid)
             + (SELECT count(*) FROM event e WHERE NOT EXISTS(SELECT 1 FROM sync_resource r WHERE r.uid = e.uid))
             - (SELECT count(*) FROM event e WHERE e.\(isConflictCopySQL)
                AND NOT EXISTS(SELECT 1 FROM sync_resource r WHERE r.uid = e.uid))
        """

    /// The conflict copies sync made, oldest first, each with its original when it still exists.
    public func conflictCopies() throws -> [ConflictCopy] {
        try read { db in
            let records = try EventRecord.fetchAll(db, sql: Store.conflictCopiesSQL)
            return try Store.hydrate(db, records).compactMap { copy in
                guard let original = copy.conflictOf else { return nil }
                return ConflictCopy(copy: copy, originalUid: original, original: try Store.event(db, uid: original))
            }
        }
    }

    // MARK: For the sync engine

    struct SyncSnapshot {
        var resources: [String: SyncResource]
        var dirty: [String: Int]
        var unsynced: [String]
    }

    func syncSnapshot() throws -> SyncSnapshot {
        try read { db in
            var resources: [String: SyncResource] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT uid, href, etag, hash FROM sync_resource") {
                resources[row["uid"]] = SyncResource(uid: row["uid"], href: row["href"], etag: row["etag"], hash: row["hash"])
            }
            var dirty: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT uid, version FROM sync_change") { dirty[row["uid"]] = row["version"] }
            let unsynced = try String.fetchAll(db, sql: """
                SELECT uid FROM event e WHERE NOT EXISTS(SELECT 1 FROM sync_resource r WHERE r.uid = e.uid)
                AND e.extraProperties NOT LIKE ? ORDER BY startUtc, uid
                """, arguments: ["%\(Event.conflictOfProperty):%"])
            return SyncSnapshot(resources: resources, dirty: dirty, unsynced: unsynced)
        }
    }

    /// A write transaction for the sync engine (no undo step, no change mark: what comes
    /// from the server is not a local change to send back).
    func syncWrite<T>(_ body: (Database) throws -> T) throws -> T {
        try write { db in
            let result = try body(db)
            try Store.bumpRevision(db)
            return result
        }
    }

    static func resource(_ db: Database, uid: String) throws -> SyncResource? {
        try Row.fetchOne(db, sql: "SELECT uid, href, etag, hash FROM sync_resource WHERE uid = ?", arguments: [uid]).map {
            SyncResource(uid: $0["uid"], href: $0["href"], etag: $0["etag"], hash: $0["hash"])
        }
    }

    static func record(_ db: Database, _ r: SyncResource) throws {
        // A uid moved to another href (or an href reused by another uid) replaces the old row.
        try db.execute(sql: "DELETE FROM sync_resource WHERE href = ? AND uid <> ?", arguments: [r.href, r.uid])
        try db.execute(sql: """
            INSERT INTO sync_resource(uid, href, etag, hash) VALUES (?, ?, ?, ?)
            ON CONFLICT(uid) DO UPDATE SET href = excluded.href, etag = excluded.etag, hash = excluded.hash
            """, arguments: [r.uid, r.href, r.etag, r.hash])
    }

    static func forgetResource(_ db: Database, uid: String) throws {
        try db.execute(sql: "DELETE FROM sync_resource WHERE uid = ?", arguments: [uid])
    }

    /// The local change mark of `uid`, when it is still the one seen at `version` (a change
    /// made while the sync ran keeps its mark for the next sync).
    static func clearMark(_ db: Database, uid: String, version: Int?) throws {
        if let version {
            try db.execute(sql: "DELETE FROM sync_change WHERE uid = ? AND version = ?", arguments: [uid, version])
        } else {
            try db.execute(sql: "DELETE FROM sync_change WHERE uid = ?", arguments: [uid])
        }
    }

    static func markVersion(_ db: Database, uid: String) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT version FROM sync_change WHERE uid = ?", arguments: [uid])
    }

    /// Saves an event that came from the server (people and series it names are added).
    static func saveFromServer(_ db: Database, _ e: Event, people: [Person]) throws {
        for p in people {
            let home = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM city WHERE id = ?)", arguments: [p.home]) == true ? p.home : (e.cities.first ?? "TLS")
            try db.execute(sql: "INSERT OR IGNORE INTO person(id, name, home) VALUES (?, ?, ?)", arguments: [p.id, p.name, home])
        }
        for p in e.people {
            try db.execute(sql: "INSERT OR IGNORE INTO person(id, name, home) VALUES (?, ?, ?)", arguments: [p, p, e.cities.first ?? "TLS"])
        }
        if let s = e.series {
            try db.execute(sql: "INSERT OR IGNORE INTO series(id, name, kind, spreadWeeks) VALUES (?, ?, ?, 1)", arguments: [s, s, e.kind.rawValue])
        }
        try upsert(db, e)
    }
}
