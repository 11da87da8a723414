// ReadOnlyStoreTests: a database opened read-only (SQLite's read-only flag, asked with
// `readOnly: true`, as a file without write permission gets it): every read works, every
// write is refused with the catalogue's one line and the file stays byte for byte the same;
// a read-only file that needs a migration says so instead of failing obscurely.
// The permission-bit cases, as an unprivileged user, are in PlannerTUITests/ReadOnlyTests.
import Foundation
import GRDB
import Testing
@testable import PlannerCore

struct ReadOnlyStoreTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    func sampleFile() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("readonly-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("planner.sqlite")
        _ = try Store(path: url.path)
        return url
    }

    func sha(_ url: URL) throws -> String { SHA256.hex(try Data(contentsOf: url)) }

    func week48(_ store: Store) throws -> [Occurrence] {
        let w = ISOWeek(year: 2026, week: 48)
        return try store.occurrences(from: w.monday.startInstant(in: paris), to: w.monday.adding(days: 7).startInstant(in: paris))
    }

    @Test func readsWorkAndEveryWriteIsRefusedWithItsReason() throws {
        let url = try sampleFile()
        let expected = try week48(try Store(path: url.path)).map(\.uid)
        let before = try sha(url)
        let store = try Store(path: url.path, readOnly: true)
        #expect(store.readOnly == .requested)
        #expect(try week48(store).map(\.uid) == expected)
        #expect(!expected.isEmpty)
        #expect(try store.eventCount() > 0)
        let refusal = PlannerError.database(Catalogue.readOnlyCannotChange(url.path, .requested))
        let event = try #require(try store.event(uid: expected[0]))
        var changed = event
        changed.title = "Changé"
        #expect(throws: refusal) { try store.save(changed, label: .edit) }
        #expect(throws: refusal) { try store.delete(uids: [event.uid]) }
        #expect(throws: refusal) { try store.setSetting(.printer, "Bureau") }
        #expect(throws: refusal) { try store.setOwnOffice(.toulouse) }
        #expect(throws: refusal) { _ = try store.importEvents([changed]) }
        #expect(throws: refusal) { try store.resetEmpty() }
        #expect(try sha(url) == before)
        #expect(try Store(path: url.path).eventCount() == store.eventCount())
    }

    @Test func theRefusalIsOneLineInEachLanguage() {
        let fr = Catalogue.readOnlyCannotChange("/srv/planner.sqlite", .file).fr
        #expect(fr == "/srv/planner.sqlite : ouverte en lecture seule (fichier non modifiable) ; modification impossible, rien n'a été écrit")
        let en = Catalogue.readOnlyCannotChange("/srv/planner.sqlite", .folder("/srv")).en
        #expect(en == "/srv/planner.sqlite: opened read-only (folder /srv not writable); it cannot be changed, nothing was written")
        #expect(Catalogue.readOnlyEditRefused(.file).fr == "Lecture seule (fichier non modifiable) : modification impossible")
        #expect(!fr.contains("\n") && !en.contains("\n"))
    }

    @Test func aReadOnlyFileThatNeedsAMigrationSaysSo() throws {
        let url = try sampleFile()
        // As a previous version left it: its last migration not applied yet.
        let queue = try DatabaseQueue(path: url.path)
        let last = try #require(Migrations.migrator.migrations.last)
        try queue.write { db in try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [last]) }
        try queue.close()
        let before = try sha(url)
        #expect(throws: PlannerError.database(Catalogue.readOnlyNeedsUpgrade(url.path, .requested))) {
            _ = try Store(path: url.path, readOnly: true)
        }
        #expect(try sha(url) == before)
        // An empty file (never set up) is the same case.
        let empty = url.deletingLastPathComponent().appendingPathComponent("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: empty.path, contents: Data()))
        #expect(throws: PlannerError.database(Catalogue.readOnlyNeedsUpgrade(empty.path, .requested))) {
            _ = try Store(path: empty.path, readOnly: true)
        }
    }
}
