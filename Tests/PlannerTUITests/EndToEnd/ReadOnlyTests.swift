// ReadOnlyTests: #13 point 9 on the real binary. A database file the user may not write
// (chmod 444, or a writable file in a read-only folder) opens read-only: `agenda` and the
// TUI show it, printing works, every edit says in one line why it cannot. CI runs as root,
// which permission bits do not stop: the program then runs as `nobody` through setpriv.
import Foundation
import Testing

@Suite(.serialized) struct ReadOnlyTests {
    /// What runs the program as an unprivileged user: nothing when we are one already,
    /// setpriv when we are root (nil if it is missing: the tests then show as skipped).
    static let unprivileged: [String]? = {
        if geteuid() != 0 { return [] }
        let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
        return setpriv.map { [$0, "--reuid=nobody", "--regid=nogroup", "--clear-groups"] }
    }()

    /// `planner-tui ARGS` as the unprivileged user.
    func run(_ runner: BinaryRunner, _ args: [String], env extra: [String: String] = [:]) throws -> BinaryRunner.Result {
        let prefix = Self.unprivileged ?? []
        var env = runner.environment
        for (k, v) in extra { env[k] = v }
        let argv = Array(prefix.dropFirst()) + [BinaryRunner.executable.path, args[0], "--db", runner.db] + args.dropFirst()
        let exe = prefix.first.map { URL(fileURLWithPath: $0) } ?? BinaryRunner.executable
        return try BinaryRunner.execute(exe, arguments: prefix.isEmpty ? Array(argv.dropFirst()) : argv, environment: env, directory: runner.folder)
    }

    func sha(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// A folder the unprivileged user may write, for printed files.
    func printFolder(_ runner: BinaryRunner) throws -> String {
        let out = runner.folder.appendingPathComponent("printed").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o777])
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: out)
        return out
    }

    @Test(.enabled(if: unprivileged != nil, "needs setpriv to run as an unprivileged user"))
    func aReadOnlyFileIsViewedAndPrintedAndEditsSayWhy() throws {
        let runner = try BinaryRunner()
        #expect(try runner.run(["agenda", "--week", "2026-W48"]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: runner.db)
        let before = try sha(runner.db)
        let agenda = try run(runner, ["agenda", "--week", "2026-W48"])
        #expect(agenda.status == 0, Comment(rawValue: agenda.stderr))
        #expect(agenda.stdout.contains("DigiWorld Summit"))
        let out = try printFolder(runner)
        let print = try run(runner, ["agenda", "--week", "2026-W48", "--print"], env: ["PLANNER_PRINT_DIR": out, "PATH": out])
        #expect(print.status == 0, Comment(rawValue: print.stderr))
        #expect(FileManager.default.fileExists(atPath: out + "/agenda-2026-W48.html"))
        let add = try run(runner, ["add", "--title", "Essai", "--start", "2026-12-01T10:00", "--city", "Albi"])
        #expect(add.status == 2)
        #expect(add.stderr == "planner-tui: \(runner.db) : ouverte en lecture seule (fichier non modifiable) ; modification impossible, rien n'a été écrit\n")
        let english = try run(runner, ["config", "--printer", "Bureau"], env: ["LANG": "en_GB.UTF-8"])
        #expect(english.status == 2)
        #expect(english.stderr == "planner-tui: \(runner.db): opened read-only (file not writable); it cannot be changed, nothing was written\n")
        #expect(try sha(runner.db) == before)
    }

    @Test(.enabled(if: unprivileged != nil, "needs setpriv to run as an unprivileged user"))
    func aFileInAReadOnlyFolderOpensReadOnly() throws {
        let runner = try BinaryRunner()
        #expect(try runner.run(["agenda", "--week", "2026-W48"]).status == 0)
        // The file is writable but SQLite cannot create its journal next to it.
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: runner.db)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: runner.folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: runner.folder.path) }
        let before = try sha(runner.db)
        let agenda = try run(runner, ["agenda", "--week", "2026-W48", "--format", "json"])
        #expect(agenda.status == 0, Comment(rawValue: agenda.stderr))
        #expect(agenda.stdout.contains("DigiWorld Summit"))
        let delete = try run(runner, ["reset", "--empty", "--yes"])
        #expect(delete.status == 2)
        #expect(delete.stderr == "planner-tui: \(runner.db) : ouverte en lecture seule (dossier \(runner.folder.path) non modifiable) ; modification impossible, rien n'a été écrit\n")
        #expect(try sha(runner.db) == before)
        // Nothing was created beside it (no journal, no -wal or -shm).
        #expect(try FileManager.default.contentsOfDirectory(atPath: runner.folder.path) == ["planner.sqlite"])
    }

    @Test(.enabled(if: unprivileged != nil, "needs setpriv to run as an unprivileged user"))
    func theTUIShowsAReadOnlyFileAndRefusesEditsInOneLine() throws {
        let runner = try BinaryRunner(today: "2026-11-26")
        #expect(try runner.run(["agenda", "--week", "2026-W48"]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: runner.db)
        let before = try sha(runner.db)
        let out = try printFolder(runner)
        let tui = try TmuxSession(runner: runner, rows: 24, cols: 80, env: ["PLANNER_PRINT_DIR": out, "PATH": out],
                                  prefix: Self.unprivileged ?? [])
        let screen = try tui.waitFor("Semaine 48")
        // The status line offers only what works, and marks the file read-only.
        let status = screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
        #expect(status.hasSuffix("lecture seule"), Comment(rawValue: status))
        #expect(status.contains("i détails · / chercher · P imprimer · ? aide · q quitter"))
        #expect(!status.contains("a ajouter"))
        #expect(screen.contains("DigiWorld"))
        for key in ["a", "u", "x", "Enter"] {
            try tui.keys(key)
            let after = try tui.waitFor("Lecture seule (fichier non modifiable) : modification impossible")
            #expect(!after.contains("Nouvel événement") && !after.contains("Supprimer"))
            try tui.keys("Escape")
        }
        // Details open (reading is not an edit), printing writes its files.
        try tui.keys("i")
        try tui.waitFor("Détails")
        try tui.keys("Escape")
        try tui.keys("P")
        try tui.waitFor("Imprimé : ")
        #expect(FileManager.default.fileExists(atPath: out + "/agenda-2026-W48.html"))
        try tui.keys("q")
        #expect(tui.exitStatus() == 0)
        #expect(try sha(runner.db) == before)
    }
}
