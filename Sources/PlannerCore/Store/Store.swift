import Foundation
import GRDB

/// The planner's SQLite database (through GRDB): reference data, events, settings and the
/// undo journal. WAL mode lets the TUI read while scripts write; every user-visible change is
/// one transaction, so a crash leaves either all of it or none.
///
/// Reading a window of occurrences goes through indexes on start time (single events) and a
/// small set of recurring events expanded in their zone: it never scans all history.
public final class Store: Sendable {
    /// The file path, nil for an in-memory database.
    public let path: String?
    let writer: any DatabaseWriter
    /// Why the file is open read-only (Store+ReadOnly); nil when it is writable.
    public let readOnly: ReadOnlyReason?

    /// Opens (creating if needed, with its parent folders) the database at `path`. A new
    /// database receives the reference data and, unless `sample` is false, the sample season.
    /// A file this process may not write opens read-only (`readOnly` says why);
    /// `readOnly: true` asks for that whatever the permissions.
    public convenience init(path: String, sample: Bool = true, readOnly: Bool = false) throws {
        try self.init(path: path, sample: sample, prepare: nil, readOnly: readOnly)
    }

    /// `prepare` runs on every connection as it opens (tests use it to cap the file size with
    /// `PRAGMA max_page_count`, which makes SQLite report a full disk).
    init(path: String, sample: Bool, prepare: (@Sendable (Database) throws -> Void)?, readOnly askedReadOnly: Bool = false) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let fm = FileManager.default
        let folder = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw PlannerError.database(Catalogue.database(path, .isFolder))
        }
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw PlannerError.database(Catalogue.database(path, .cannotCreateFolder(folder)))
        }
        let isNew = !fm.fileExists(atPath: path)
        if !isNew, let reason = askedReadOnly ? .requested : Store.readOnlyReason(path) {
            try Store.probe(path)
            readOnly = reason
            do {
                writer = try Store.openReadOnly(path, prepare: prepare)
            } catch let e as DatabaseError {
                throw Store.describe(e, path: path)
            }
            try checkReadOnlyIsCurrent()
            return
        }
        readOnly = nil
        if isNew {
            // Calendars are personal data: readable by the owner only.
            guard fm.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw PlannerError.database(Catalogue.database(path, .cannotCreateFile))
            }
        }
        if !isNew { try Store.probe(path) }
        var config = Configuration()
        config.busyMode = .timeout(Store.busyTimeout)
        config.foreignKeysEnabled = true
        if let prepare { config.prepareDatabase(prepare) }
        // Opening a pool may write (GRDB makes sure the WAL file exists): it waits for other
        // writers like any write does.
        let configuration = config
        writer = try Store.retryingBusy(path: path) { try DatabasePool(path: path, configuration: configuration) }
        try migrate(sample: sample)
    }

    /// Looks at an existing file through a read-only connection before anything opens it for
    /// writing (opening a WAL pool writes to the file): a file that is not a database, or
    /// one from a newer planner, is refused byte for byte untouched.
    static func probe(_ path: String) throws {
        do {
            let queue = try Store.openReadOnly(path)
            defer { try? queue.close() }
            let newer: Bool = try queue.read { db in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
                guard try db.tableExists("grdb_migrations") else { return false }
                let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
                return !applied.isSubset(of: Set(Migrations.migrator.migrations))
            }
            if newer { throw PlannerError.database(Catalogue.database(path, .newerVersion)) }
        } catch let e as DatabaseError {
            throw Store.describe(e, path: path)
        }
    }

    /// A private in-memory database, for tests and previews.
    public init(inMemorySample sample: Bool) throws {
        path = nil
        readOnly = nil
        var config = Configuration()
        config.foreignKeysEnabled = true
        writer = try DatabaseQueue(configuration: config)
        try migrate(sample: sample)
    }

    private func migrate(sample: Bool) throws {
        let migrator = Migrations.migrator
        do {
            // A file that is not a database, or is from a newer planner, was refused by
            // `probe` before anything opened it for writing.
            // Opening an up-to-date database takes no write lock (another process may hold it).
            let pending = try writer.read { db in try !migrator.hasCompletedMigrations(db) }
            if pending {
                try retryingBusy { try migrator.migrate(writer) }
                try write { db in try Store.rebuildOccurrenceIndexIfStale(db) }
            }
            // A new database gets its reference data and sample once, even when two processes
            // create it at the same moment: the check is inside the write transaction.
            let empty = try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM city") == 0 }
            if empty {
                try write { db in
                    guard try Int.fetchOne(db, sql: "SELECT count(*) FROM city") == 0 else { return }
                    try ReferenceData.install(db)
                    if sample { try SampleSeason.install(db) }
                }
            }
        } catch let e as DatabaseError {
            throw Store.describe(e, path: path ?? ":memory:")
        }
    }

    static func describe(_ e: DatabaseError, path: String) -> PlannerError {
        switch e.resultCode {
        case .SQLITE_NOTADB: return .database(Catalogue.database(path, .notSQLite))
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(Catalogue.database(path, .busy))
        case .SQLITE_READONLY: return .database(Catalogue.database(path, .readOnly))
        case .SQLITE_FULL: return .database(Catalogue.database(path, .diskFull))
        case .SQLITE_CANTOPEN: return .database(Catalogue.database(path, .cannotOpen))
        case .SQLITE_CORRUPT: return .database(Catalogue.database(path, .damaged))
        case .SQLITE_CONSTRAINT: return .invalidValue(Catalogue.invalidReference(e.message ?? "constraint failed"))
        default: return .database(Catalogue.database(path, .other(e.message ?? "\(e.resultCode.rawValue)")))
        }
    }

    /// Runs a read, mapping SQLite errors to planner errors.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.read(body) } catch let e as DatabaseError { throw Store.describe(e, path: path ?? ":memory:") }
    }

    /// Runs one write transaction, mapping SQLite errors to planner errors. SQLite already
    /// waits up to the busy timeout for other writers; when it still reports busy (a WAL
    /// snapshot conflict, a checkpoint), the whole transaction is retried a few times before
    /// giving up with `.busy` (exit 75), never half-written.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try refuseWriteIfReadOnly()
        return try retryingBusy { try writer.write(body) }
    }

    /// Runs `body`, again after a pause while SQLite reports busy (up to `busyRetries`
    /// times), mapping SQLite errors to planner errors.
    func retryingBusy<T>(_ body: () throws -> T) throws -> T {
        try Store.retryingBusy(path: path ?? ":memory:", body)
    }

    static func retryingBusy<T>(path: String, _ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let e as DatabaseError where (e.resultCode == .SQLITE_BUSY || e.resultCode == .SQLITE_LOCKED) && attempt < Store.busyRetries {
                attempt += 1
                usleep(UInt32(50_000 * attempt))
            } catch let e as DatabaseError {
                throw Store.describe(e, path: path)
            }
        }
    }

    static let busyRetries = 8

    /// How long SQLite waits for another writer before reporting busy, in seconds: 15 by
    /// default, `PLANNER_BUSY_TIMEOUT` to change it (a slow network file system wants more;
    /// the tests want less).
    static let busyTimeout: TimeInterval = {
        if let text = ProcessInfo.processInfo.environment["PLANNER_BUSY_TIMEOUT"], let v = Double(text), v >= 0, v <= 3600 { return v }
        return 15
    }()

    /// `PRAGMA integrity_check`: empty when the file is sound, else SQLite's findings.
    public func integrityCheck() throws -> [String] {
        try read { db in
            let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            return rows == ["ok"] ? [] : rows
        }
    }

    /// A counter bumped by every change to events, by any process. The TUI polls it when idle
    /// to show events added by other processes without a restart.
    public func revision() throws -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM setting WHERE key = ?", arguments: [SettingKey.revision.rawValue]) ?? 0
        }
    }

    static func bumpRevision(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO setting(key, value) VALUES (?, '1')
            ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)
            """, arguments: [SettingKey.revision.rawValue])
    }
}
