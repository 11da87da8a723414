import Foundation
import GRDB

/// The undo journal: each change records the events as they were before it, in the same
/// transaction, so undo works across restarts and for changes made by other processes.
/// One step per change: the events it replaced or deleted as undo items (their JSON before),
/// the uids it added as one list in the step (an import of 100,000 new events is one row).
extension Store {
    /// How many steps are kept; older ones are dropped.
    static let undoDepth = 200

    static func journal(_ db: Database, label: UndoLabel, uids: [String]) throws {
        try bumpRevision(db)
        try markForSync(db, uids)
        try db.execute(sql: "INSERT INTO undo_step(label, at) VALUES (?, ?)", arguments: [label.rawValue, Date().timeIntervalSince1970])
        let step = db.lastInsertedRowID
        let insert = try db.cachedStatement(sql: "INSERT INTO undo_item(step, uid, before) VALUES (?, ?, ?)")
        var added: [String] = []
        var seen = Set<String>()
        let exists = try db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM event WHERE uid = ?)")
        for uid in uids where seen.insert(uid).inserted {
            // New events (all of a first import) cost one indexed lookup, not a decoding.
            if try Bool.fetchOne(exists, arguments: [uid]) == true, let before = try event(db, uid: uid) {
                try insert.execute(arguments: [step, uid, EventRecord.json(before)])
            } else {
                added.append(uid)
            }
        }
        if !added.isEmpty {
            try db.execute(sql: "UPDATE undo_step SET added = ? WHERE id = ?", arguments: [EventRecord.json(added), step])
        }
        try db.execute(sql: "DELETE FROM undo_step WHERE id <= ?", arguments: [step - Int64(undoDepth)])
        CrashPoint.holdIfRequested()
    }

    /// The step `undo()` would revert, if any.
    public func lastUndo() throws -> UndoLabel? {
        try read { db in try String.fetchOne(db, sql: "SELECT label FROM undo_step ORDER BY id DESC LIMIT 1") }.flatMap(UndoLabel.init(rawValue:))
    }

    /// Reverts the most recent change; returns its label, or nil when there is nothing to undo.
    @discardableResult
    public func undo() throws -> UndoLabel? {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, label, added FROM undo_step ORDER BY id DESC LIMIT 1") else { return nil }
            let step: Int64 = row["id"]
            if let added: String = row["added"] {
                let remove = try db.cachedStatement(sql: "DELETE FROM event WHERE uid = ?")
                let uids = try EventRecord.decode([String].self, added)
                try Store.markForSync(db, uids)
                for uid in uids { try remove.execute(arguments: [uid]) }
            }
            for item in try Row.fetchAll(db, sql: "SELECT uid, before FROM undo_item WHERE step = ?", arguments: [step]) {
                let uid: String = item["uid"]
                try Store.markForSync(db, [uid])
                _ = try EventRecord.deleteOne(db, key: uid)
                if let before: String = item["before"] {
                    try Store.upsert(db, try EventRecord.decode(Event.self, before))
                }
            }
            try db.execute(sql: "DELETE FROM undo_step WHERE id = ?", arguments: [step])
            try Store.bumpRevision(db)
            return UndoLabel(rawValue: row["label"] as String)
        }
    }
}
