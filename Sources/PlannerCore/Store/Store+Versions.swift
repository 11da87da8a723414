// Store+Versions: reads the stored versions of a few events and puts events back to given
// versions, journalled like any change. A program's own undo and redo (the TUI's, which only
// reverts what its session did) are built on these two calls.
import Foundation
import GRDB

extension Store {
    /// The stored version of each uid that exists (a uid absent from the result is not stored).
    public func versions(of uids: [String]) throws -> [String: Event] {
        try read { db in
            var out: [String: Event] = [:]
            for uid in Set(uids) { out[uid] = try Store.event(db, uid: uid) }
            return out
        }
    }

    /// Writes each of `uids` as in `versions` (deleted when absent from it), in one
    /// transaction recorded in the undo journal under `label`. Either all are written or none.
    public func restore(uids: [String], to versions: [String: Event], label: UndoLabel) throws {
        try write { db in
            try Store.journal(db, label: label, uids: uids)
            for uid in Set(uids) {
                _ = try EventRecord.deleteOne(db, key: uid)
                if let e = versions[uid] { try Store.upsert(db, e) }
            }
        }
    }
}
