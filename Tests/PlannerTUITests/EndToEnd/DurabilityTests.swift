import Foundation
import PlannerCore
import Testing

/// Never lose an edit: the real binary killed with SIGKILL at random moments during a
/// 10,000-event import and during a stream of edits, and two writers racing while a TUI is
/// open. After each kill the database opens, passes `PRAGMA integrity_check`, and every
/// operation is either entirely there or entirely absent.
@Suite(.serialized) struct DurabilityTests {
    static let paris = TimeZone(identifier: "Europe/Paris")!

    /// A calendar of `n` events (UIDs `imp-N`), as another program would mail it.
    static func calendar(_ n: Int) -> String {
        var s = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//durability//EN\r\n"
        for i in 0..<n {
            let day = 1 + i % 28, month = 1 + (i / 28) % 12, hour = 8 + i % 10
            s += "BEGIN:VEVENT\r\nUID:imp-\(i)\r\nDTSTAMP:20261101T000000Z\r\n"
            s += String(format: "DTSTART;TZID=Europe/Paris:2027%02d%02dT%02d0000\r\nDURATION:PT1H\r\n", month, day, hour)
            s += "SUMMARY:Atelier importé n°\(i)\r\nLOCATION:Toulouse\r\nEND:VEVENT\r\n"
        }
        return s + "END:VCALENDAR\r\n"
    }

    /// Starts the binary; returns the process (already running).
    func start(_ runner: BinaryRunner, _ args: [String]) throws -> Process {
        let p = Process()
        p.executableURL = BinaryRunner.executable
        p.arguments = [args[0], "--db", runner.db] + args.dropFirst()
        p.environment = runner.environment
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return p
    }

    func killAfter(_ p: Process, seconds: Double) {
        usleep(useconds_t(seconds * 1_000_000))
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
    }

    func assertSound(_ path: String) throws -> Store {
        let store = try Store(path: path)
        #expect(try store.integrityCheck().isEmpty)
        return store
    }

    @Test func killedImportsAreAllOrNothing() throws {
        let runner = try BinaryRunner()
        let ics = runner.folder.appendingPathComponent("big.ics")
        try Self.calendar(10_000).write(to: ics, atomically: true, encoding: .utf8)
        try runner.run(["config"])  // creates the database with the sample season
        let template = runner.folder.appendingPathComponent("template.sqlite")
        try Store(path: runner.db).backup(to: template.path)
        // How long a whole import takes here, to kill at random points inside it.
        let clock = Date()
        let full = try runner.run(["import", ics.path])
        #expect(full.status == 0, Comment(rawValue: full.stderr))
        let duration = Date().timeIntervalSince(clock)
        var rng = SeededGenerator(seed: 10_000)
        var outcomes: [Int: Int] = [:]
        for round in 0..<10 {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: runner.db + suffix) }
            try FileManager.default.copyItem(at: template, to: URL(fileURLWithPath: runner.db))
            let p = try start(runner, ["import", ics.path])
            killAfter(p, seconds: duration * (0.05 + 0.9 * rng.unit()))
            let store = try assertSound(runner.db)
            let imported = try store.allEvents().filter { $0.uid.hasPrefix("imp-") }.count
            #expect(imported == 0 || imported == 10_000, "half an import: \(imported) events")
            outcomes[imported, default: 0] += 1
            // The database keeps working after the crash.
            if round == 9 {
                #expect(try runner.run(["import", ics.path]).status == 0)
                #expect(try store.allEvents().filter { $0.uid.hasPrefix("imp-") }.count == 10_000)
            }
        }
        #expect(outcomes[0, default: 0] > 0, "no kill landed inside an import: \(outcomes)")
    }

    @Test func killedEditsAreAllOrNothing() throws {
        let runner = try BinaryRunner()
        try runner.run(["config"])
        var rng = SeededGenerator(seed: 42)
        let small = runner.folder.appendingPathComponent("small.ics")
        try Self.calendar(300).write(to: small, atomically: true, encoding: .utf8)
        for round in 0..<10 {
            // A stream of edits; the last one is killed at a random moment.
            let uid = try runner.run(["add", "--title", "Flux \(round)", "--start", "2027-05-03T10:00", "--city", "Albi", "--person", "Claire Martin"])
                .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let killed: [String]
            switch round % 4 {
            case 0: killed = ["add", "--title", "Tué \(round)", "--start", "2027-05-04T10:00", "--city", "Nîmes", "--city", "Alès", "--person", "Inconnu \(round)"]
            case 1: killed = ["edit", uid, "--title", "Flux \(round) modifié", "--start", "2027-05-05T15:00", "--city", "Rodez"]
            case 2: killed = ["delete", uid]
            default: killed = ["import", small.path]
            }
            let p = try start(runner, killed)
            killAfter(p, seconds: 0.01 + 0.12 * rng.unit())
            let store = try assertSound(runner.db)
            let events = try store.allEvents()
            switch round % 4 {
            case 0:
                if let e = events.first(where: { $0.title == "Tué \(round)" }) {
                    #expect(e.cities == ["NIM", "ALS"])
                    #expect(e.people.count == 1)
                    #expect(try store.person(matching: "Inconnu \(round)") != nil)
                } else {
                    #expect(try store.person(matching: "Inconnu \(round)") == nil)
                }
            case 1:
                let e = try #require(events.first { $0.uid == uid })
                let new = e.title == "Flux \(round) modifié"
                #expect(new || e.title == "Flux \(round)")
                #expect(e.cities == (new ? ["RDZ"] : ["ALB"]))
                #expect(LocalDateTime(e.start, in: Self.paris).hour == (new ? 15 : 10))
            case 2:
                // The delete and its undo record are one transaction: both or neither.
                if let e = events.first(where: { $0.uid == uid }) {
                    #expect(e.title == "Flux \(round)")
                    #expect(try store.lastUndo() == .add)
                } else {
                    #expect(try store.lastUndo() == .delete)
                }
            default:
                let n = events.filter { $0.uid.hasPrefix("imp-") }.count
                #expect(n == 0 || n == 300)
                try runner.run(["delete", "imp-0"])
                if n == 300 { try store.delete(uids: (0..<300).map { "imp-\($0)" }) }
            }
        }
    }

    /// A kill that certainly lands inside the write transaction: the binary, asked to, stops
    /// once its undo record is written (revision bumped, changes marked for sync, new people
    /// added), creates a marker file and waits. Killed there, the database must show nothing
    /// of the change: same events, same people, same revision, same last undo step.
    @Test(arguments: ["add", "edit", "delete", "import"])
    func aKillInsideTheTransactionLeavesNothingOfIt(_ command: String) throws {
        let runner = try BinaryRunner()
        try runner.run(["config"])
        let uid = try runner.run(["add", "--title", "Témoin", "--start", "2027-05-03T10:00", "--city", "Albi"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let small = runner.folder.appendingPathComponent("small.ics")
        try Self.calendar(300).write(to: small, atomically: true, encoding: .utf8)
        let args: [String]
        switch command {
        case "add": args = ["add", "--title", "Tué", "--start", "2027-05-04T10:00", "--city", "Nîmes", "--person", "Inconnu Tué"]
        case "edit": args = ["edit", uid, "--title", "Témoin modifié", "--city", "Rodez"]
        case "delete": args = ["delete", uid]
        default: args = ["import", small.path]
        }
        let before = try Store(path: runner.db)
        let events = try before.allEvents(), revision = try before.revision(), people = try before.people().count
        let pending = try before.pendingSyncChanges()
        let marker = runner.folder.appendingPathComponent("inside-\(command)").path
        var held = runner
        held.environment["PLANNER_HOLD_IN_TRANSACTION"] = marker
        let p = try start(held, args)
        // Wait (generously: a loaded machine) until the binary says it is inside.
        let deadline = Date().addingTimeInterval(120)
        while !FileManager.default.fileExists(atPath: marker) && p.isRunning && Date() < deadline { usleep(20_000) }
        #expect(FileManager.default.fileExists(atPath: marker), "the \(command) never reached its transaction")
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal)
        let store = try assertSound(runner.db)
        #expect(try store.allEvents() == events)
        #expect(try store.people().count == people)
        #expect(try store.revision() == revision)
        #expect(try store.lastUndo() == .add)
        #expect(try store.pendingSyncChanges() == pending)
        // And the same command, not held, goes through.
        #expect(try runner.run(args).status == 0)
        #expect(try store.revision() > revision)
    }

    @Test func twoWritersAndAnOpenTUILoseNothing() throws {
        let runner = try BinaryRunner()
        try runner.run(["config"])
        let tui = try TmuxSession(runner: runner)
        try tui.waitFor("Semaine 48")
        try tui.keys("g")
        try tui.type("2027-01-04")
        try tui.keys("Enter")
        let writers = try (1...2).map { w -> Process in
            let script = """
            i=0
            while [ $i -lt 500 ]; do
              "$0" add --db "$1" --title "Écriture $2-$i" --start 2027-01-0$(( 4 + i % 5 ))T$(( 8 + i % 10 )):00 --city Montpellier >/dev/null 2>>"$3" || echo "$i $?" >> "$3"
              i=$((i+1))
            done
            """
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", script, BinaryRunner.executable.path, runner.db, "\(w)", runner.folder.appendingPathComponent("errors-\(w)").path]
            p.environment = runner.environment
            try p.run()
            return p
        }
        for p in writers { p.waitUntilExit() }
        for w in 1...2 {
            let errors = (try? String(contentsOf: runner.folder.appendingPathComponent("errors-\(w)"), encoding: .utf8)) ?? ""
            #expect(errors.isEmpty, "writer \(w): \(errors.prefix(500))")
        }
        let store = try Store(path: runner.db)
        #expect(try store.integrityCheck().isEmpty)
        let titles = try store.allEvents().map(\.title).filter { $0.hasPrefix("Écriture ") }
        #expect(titles.count == 1000)
        #expect(Set(titles).count == 1000)
        // The TUI saw the new events arrive and is still responsive.
        try tui.waitFor("Écri", timeout: 5)
        try tui.keys("q")
        #expect(tui.exitStatus() == 0)
    }

    @Test func aWriterLockedOutPastTheRetriesGetsExit75AndWritesNothing() throws {
        let runner = try BinaryRunner()
        try runner.run(["config"])
        let before = try runner.eventCount()
        // Another program holds the write lock for 6 s.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["sqlite3", runner.db, "BEGIN IMMEDIATE;", "UPDATE setting SET value = value WHERE key = 'revision';", ".shell sleep 6", "ROLLBACK;"]
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        usleep(500_000)
        let clock = Date()
        let r = try runner.run(["add", "--title", "Bloqué", "--start", "2027-01-05T10:00", "--city", "Albi"], env: ["PLANNER_BUSY_TIMEOUT": "0.2"])
        #expect(r.status == 75, Comment(rawValue: r.stderr))
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("occupée") && r.stderr.contains("rien n'a été écrit"), Comment(rawValue: r.stderr))
        #expect(!r.stderr.lowercased().contains("database is locked"))
        // It retried for a while (nine tries) before giving up.
        #expect(Date().timeIntervalSince(clock) > 1.5)
        holder.waitUntilExit()
        #expect(try runner.eventCount() == before)
        // Once the lock is gone, the same command works (with the default patience).
        #expect(try runner.run(["add", "--title", "Débloqué", "--start", "2027-01-05T10:00", "--city", "Albi"]).status == 0)
        #expect(try runner.eventCount() == before + 1)
    }
}
