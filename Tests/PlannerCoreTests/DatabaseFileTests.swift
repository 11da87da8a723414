import Foundation
import GRDB
import Testing
@testable import PlannerCore

/// The database file under hostile conditions: a full disk, a file that is not a database,
/// one from a newer planner, read-only files and folders, backups under load. Each time: a
/// clear error, nothing half-written, and the file never silently rewritten.
struct DatabaseFileTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    func temp(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dbfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name)
    }

    func events(_ n: Int, prefix: String) -> [Event] {
        let base = LocalDateTime(date: LocalDate(iso: "2027-03-01")!, hour: 9, minute: 0).instant(in: paris)
        return (0..<n).map { i in
            Event(uid: "\(prefix)-\(i)@test", title: "\(prefix) \(i) — " + String(repeating: "é", count: 200),
                  start: base.addingTimeInterval(Double(i) * 3600), end: base.addingTimeInterval(Double(i) * 3600 + 1800),
                  cities: ["TLS"], created: Date(), lastModified: Date())
        }
    }

    func sha(_ url: URL) throws -> String { SHA256.hex(try Data(contentsOf: url)) }

    @Test func newDatabaseIsPrivateToItsOwner() throws {
        let url = try temp("new.sqlite")
        _ = try Store(path: url.path)
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func fullDiskFailsTheWholeImportAndKeepsTheFileSound() throws {
        let url = try temp("full.sqlite")
        let pages: Int
        do {
            let store = try Store(path: url.path)
            pages = try store.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count")! }
        }
        // SQLite reports SQLITE_FULL when the file would grow past max_page_count, exactly as
        // on a full file system.
        let limit = pages + 20
        let store = try Store(path: url.path, sample: true, prepare: { db in try db.execute(sql: "PRAGMA max_page_count = \(limit)") })
        let before = try store.eventCount()
        #expect {
            try store.importEvents(events(5_000, prefix: "full"))
        } throws: { error in
            (error as? PlannerError).map { "\($0)".contains("disk full") && $0.exitCode == 2 } ?? false
        }
        #expect(try store.eventCount() == before)
        #expect(try store.integrityCheck().isEmpty)
        // A small edit still fits, and the undo journal is intact.
        try store.save(events(1, prefix: "small")[0], label: .add)
        #expect(try store.eventCount() == before + 1)
        #expect(try store.undo() == .add)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws {
        let url = try temp("notes.sqlite")
        try Data("Réunion mardi 14h, ne pas oublier les badges.\n".utf8).write(to: url)
        let before = try sha(url)
        #expect {
            _ = try Store(path: url.path)
        } throws: { error in
            "\(error)".contains("not a planner database")
        }
        #expect(try sha(url) == before)
        let wal = (try? Data(contentsOf: URL(fileURLWithPath: url.path + "-wal"))) ?? Data()
        #expect(wal.isEmpty)
    }

    @Test func aDatabaseFromANewerPlannerIsRefusedUnchanged() throws {
        let url = try temp("newer.sqlite")
        do {
            let store = try Store(path: url.path)
            try store.write { db in try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v9-from-the-future')") }
        }
        // Checkpoint so the main file holds everything, then fingerprint it.
        let q = try DatabaseQueue(path: url.path)
        try q.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try q.close()
        let before = try sha(url)
        #expect {
            _ = try Store(path: url.path)
        } throws: { error in
            "\(error)".contains("newer version")
        }
        #expect(try sha(url) == before)
    }

    @Test func sqliteReadOnlyRefusalIsClearAndWritesNothing() throws {
        // SQLite's own refusal (query_only), which stops every user, root included.
        let url = try temp("ro.sqlite")
        let count = try Store(path: url.path).eventCount()
        // Opening may already refuse (it writes its settings); else the first save does.
        do {
            let store = try Store(path: url.path, sample: true, prepare: { db in try db.execute(sql: "PRAGMA query_only = 1") })
            #expect { try store.save(events(1, prefix: "ro")[0], label: .add) } throws: { "\($0)".contains("read-only") }
        } catch {
            #expect("\(error)".contains("read-only"))
        }
        #expect(try Store(path: url.path).eventCount() == count)
    }

    /// Permission bits do not stop root; as root (CI), ReadOnlyTests runs the program as
    /// nobody through setpriv for the same cases.
    @Test(.enabled(if: geteuid() != 0, "permission bits do not stop root: ReadOnlyTests covers this as nobody"))
    func readOnlyFileOrFolderGivesAClearErrorAndWritesNothing() throws {
        let url = try temp("ro.sqlite")
        let count = try Store(path: url.path).eventCount()
        let folder = url.deletingLastPathComponent()
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: url.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path) }
        // A file this user may not write opens read-only: reading works, every edit is refused.
        let reopened = try #require(try? Store(path: url.path), "a read-only file must still open for reading")
        #expect(try reopened.eventCount() == count)
        #expect { try reopened.save(events(1, prefix: "ro")[0], label: .add) } throws: { "\($0)".contains("read-only") }
        #expect(try reopened.eventCount() == count)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path) }
        #expect(throws: PlannerError.self) { _ = try Store(path: folder.appendingPathComponent("new.sqlite").path) }
    }

    @Test func backupIsConsistentWhileAnotherConnectionWrites() throws {
        let url = try temp("live.sqlite")
        let store = try Store(path: url.path)
        let writer = try Store(path: url.path)
        let backups = try (0..<5).map { try temp("backup-\($0).sqlite") }
        let done = DispatchSemaphore(value: 0)
        let batches = events(2_000, prefix: "live")
        DispatchQueue.global().async {
            for chunk in stride(from: 0, to: batches.count, by: 100) {
                try? writer.importEvents(Array(batches[chunk..<(chunk + 100)]))
            }
            done.signal()
        }
        for b in backups { try store.backup(to: b.path) }
        done.wait()
        for b in backups {
            let copy = try Store(path: b.path)
            #expect(try copy.integrityCheck().isEmpty)
            // Whole import batches only: each one is a transaction.
            let live = try copy.allEvents().filter { $0.uid.hasPrefix("live-") }.count
            #expect(live % 100 == 0)
            let mode = try FileManager.default.attributesOfItem(atPath: b.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        #expect(try store.allEvents().filter { $0.uid.hasPrefix("live-") }.count == 2_000)
    }
}
