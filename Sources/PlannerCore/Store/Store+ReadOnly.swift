// Store+ReadOnly: opening a database file the user may read but not write (a file without
// write permission, or one in a folder without it, where SQLite cannot create its -wal and
// -shm files). Such a file opens read-only: every read works (agenda, TUI, print, export);
// every write stops before touching anything with one line saying why.
import Foundation
import GRDB

extension Store {
    /// Why a database is open read-only.
    public enum ReadOnlyReason: Sendable, Equatable {
        /// The file itself is not writable (`chmod 444`, a read-only mount).
        case file
        /// The file is writable but its folder is not: SQLite could not write its journal.
        case folder(String)
        /// Asked for (tests; opening a copy for reading only).
        case requested
    }

    /// Whether this process may write `path` and its folder; nil when it may (root always may).
    static func readOnlyReason(_ path: String) -> ReadOnlyReason? {
        if access(path, W_OK) != 0 { return .file }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if access(folder, W_OK) != 0 { return .folder(folder) }
        return nil
    }

    /// A read-only connection to an existing file. A WAL database whose folder is read-only
    /// (no -shm file can be created) opens as immutable: nothing can change it meanwhile
    /// except its owner, and SQLite then reads the main file alone.
    static func openReadOnly(_ path: String, prepare: (@Sendable (Database) throws -> Void)? = nil) throws -> DatabaseQueue {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(Store.busyTimeout)
        config.foreignKeysEnabled = true
        if let prepare { config.prepareDatabase(prepare) }
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch let e as DatabaseError where e.resultCode == .SQLITE_READONLY || e.resultCode == .SQLITE_CANTOPEN {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            guard access(folder, W_OK) != 0, !FileManager.default.fileExists(atPath: path + "-wal") else { throw e }
            // Percent-encode what a URI cannot hold as is.
            var allowed = CharacterSet.urlPathAllowed
            allowed.remove(charactersIn: "?#%")
            let escaped = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
            let queue = try DatabaseQueue(path: "file:\(escaped)?immutable=1", configuration: config)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        }
    }

    /// A read-only database must already be set up by this version: it cannot be migrated.
    func checkReadOnlyIsCurrent() throws {
        guard let readOnly else { return }
        let current: Bool = try read { db in
            guard try Migrations.migrator.hasCompletedMigrations(db) else { return false }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM city") ?? 0 > 0
        }
        if !current { throw PlannerError.database(Catalogue.readOnlyNeedsUpgrade(path ?? ":memory:", readOnly)) }
    }

    /// Stops a write on a read-only database before it starts.
    func refuseWriteIfReadOnly() throws {
        if let readOnly { throw PlannerError.database(Catalogue.readOnlyCannotChange(path ?? ":memory:", readOnly)) }
    }

    /// Why this database is read-only, in one line for the status bar (nil when writable).
    public var readOnlyNotice: Localized? {
        readOnly.map { Catalogue.readOnlyNotice($0) }
    }
}
