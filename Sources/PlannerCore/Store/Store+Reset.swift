// Emptying the calendar or replacing it by the sample season (`reset`), recorded for undo.
import Foundation
import GRDB

extension Store {
    /// Removes every event (reference data, people and series stay); recorded for undo.
    public func resetEmpty() throws {
        try write { db in
            let uids = try String.fetchAll(db, sql: "SELECT uid FROM event")
            try Store.journal(db, label: .reset, uids: uids)
            try db.execute(sql: "DELETE FROM event")
        }
    }

    /// Replaces every event by the sample season.
    public func resetSample() throws {
        try write { db in
            let uids = try String.fetchAll(db, sql: "SELECT uid FROM event")
            try Store.journal(db, label: .reset, uids: uids + SampleSeason.events.map(\.uid))
            try db.execute(sql: "DELETE FROM event")
            try SampleSeason.install(db)
        }
    }
}
