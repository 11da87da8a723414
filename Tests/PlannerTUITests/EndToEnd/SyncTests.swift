import Foundation
import PlannerCore
import Testing
@testable import planner_tui

/// Two-way CalDAV sync through the real binary against a real Radicale: two offices'
/// databases ("Toulouse" and "Montpellier") sharing one calendar.
@Suite(.serialized, .enabled(if: RadicaleServer.shouldRun, "Radicale not installed in .venv (.ci/run installs it)"))
struct SyncTests {
    /// One office: its own database, pointed at the server with `config`.
    struct Office {
        let runner: BinaryRunner
        let server: RadicaleServer
        /// Every output of every command, to search for the password.
        nonisolated(unsafe) static var transcript = ""

        init(_ server: RadicaleServer, office: String, direct: Bool = false) throws {
            runner = try BinaryRunner(lang: "fr_FR.UTF-8")
            self.server = server
            let url = direct ? server.collection.absoluteString : server.base.absoluteString
            let r = try run(["config", "--no-sample", "--office", office, "--caldav-url", url, "--caldav-user", RadicaleServer.user])
            #expect(r.status == 0, Comment(rawValue: r.stderr))
        }

        @discardableResult
        func run(_ args: [String], env: [String: String] = ["PLANNER_CALDAV_PASSWORD": RadicaleServer.password]) throws -> BinaryRunner.Result {
            let r = try runner.run(args, env: env)
            Office.transcript += r.stdout + r.stderr
            return r
        }

        /// `sync`, expecting `status`.
        @discardableResult
        func sync(_ extra: [String] = [], status: Int32 = 0, sourceLocation: SourceLocation = #_sourceLocation) throws -> BinaryRunner.Result {
            let r = try run(["sync"] + extra)
            #expect(r.status == status, Comment(rawValue: r.stdout + r.stderr), sourceLocation: sourceLocation)
            return r
        }

        func add(_ args: [String]) throws -> String {
            let r = try run(["add"] + args)
            #expect(r.status == 0, Comment(rawValue: r.stderr))
            return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        func export() throws -> String { try run(["export"]).stdout }
        func count() throws -> Int { try runner.eventCount() }
        func pending() throws -> Int {
            let line = try run(["config", "--lang", "en"]).stdout.split(separator: "\n").first { $0.hasPrefix("local changes waiting:") }
            return Int(line?.split(separator: " ").last ?? "-1") ?? -1
        }
        func agendaTitles(_ from: String = "2026-11-30", days: Int = 60) throws -> [String] {
            let json = try runner.agendaJSON(["--from", from, "--days", "\(days)"])
            return ((json["occurrences"] as? [[String: Any]]) ?? []).compactMap { $0["title"] as? String }
        }
    }

    /// An event as another CalDAV client writes it (no X-PLANNER properties).
    static func foreignEvent(uid: String, title: String, day: String) -> String {
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//other client//EN\r\nBEGIN:VEVENT\r\nUID:\(uid)\r\nDTSTAMP:20261120T100000Z\r\n"
            + "DTSTART;TZID=Europe/Paris:\(day)T140000\r\nDTEND;TZID=Europe/Paris:\(day)T160000\r\nSUMMARY:\(title)\r\nLOCATION:BIC Innov'up\\, Nîmes\r\n"
            + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    }

    @Test func twoOfficesStayInStepThroughOneServer() throws {
        let server = try RadicaleServer()
        let tls = try Office(server, office: "toulouse")
        let mpl = try Office(server, office: "montpellier", direct: true)
        // Toulouse: a duplex launch with people and a series, a weekly workshop with an EXDATE
        // and a moved occurrence. Montpellier: a joint committee in Lézignan.
        let launch = try tls.add(["--title", "Soirée de lancement", "--start", "2026-12-03 18:30", "--end", "2026-12-03 21:30",
                                  "--city", "Toulouse", "--city", "Montpellier", "--office", "joint", "--kind", "launch",
                                  "--person", "Claire Martin", "--person", "Dupont, Jean", "--series", "Lancements 2026",
                                  "--description", "Duplex ; écran géant, 2 salles"])
        let weekly = try tls.add(["--title", "Midi-deux", "--start", "2026-12-01 12:00", "--duration", "1h30", "--city", "Toulouse",
                                  "--rrule", "FREQ=WEEKLY;COUNT=6"])
        #expect(try tls.run(["delete", weekly, "--occurrence", "2026-12-08"]).status == 0)
        #expect(try tls.run(["edit", weekly, "--occurrence", "2026-12-15", "--start", "2026-12-16 12:00", "--title", "Midi-deux (mercredi)"]).status == 0)
        let committee = try mpl.add(["--title", "Comité commun", "--start", "2026-12-10", "--all-day", "--city", "Lézignan-Corbières"])
        // Another client puts an event directly on the server.
        let put = try server.request("PUT", server.collection.appendingPathComponent("from-thunderbird.ics"),
                                     body: Self.foreignEvent(uid: "tb-1@example.org", title: "Table à secousses", day: "20261204"),
                                     headers: ["Content-Type": "text/calendar; charset=utf-8", "If-None-Match": "*"])
        #expect(put.status == 201)

        try tls.sync()
        try mpl.sync()
        try tls.sync()
        #expect(try tls.count() == 4)
        #expect(try mpl.count() == 4)
        #expect(try tls.export() == mpl.export())
        let exported = try mpl.export()
        for fragment in ["X-PLANNER-CITIES:TLS,MPL", "X-PLANNER-PEOPLE:P001,P002", "X-PLANNER-PERSON:P002,Dupont\\, Jean,TLS",
                         "X-PLANNER-SERIES:lancements-2026", "DESCRIPTION:Duplex \\; écran géant\\, 2 salles", "RRULE:FREQ=WEEKLY;COUNT=6",
                         "EXDATE;TZID=Europe/Paris:20261208T120000", "RECURRENCE-ID;TZID=Europe/Paris:20261215T120000",
                         "SUMMARY:Midi-deux (mercredi)", "X-PLANNER-CITIES:LEZ", "X-PLANNER-CITIES:NIM", "X-PLANNER-OFFICE:montpellier"] {
            #expect(exported.contains(fragment), "missing \(fragment)")
        }
        #expect(try tls.pending() == 0)
        #expect(try mpl.pending() == 0)

        // Nothing new: nothing is rewritten on the server or here.
        let before = try server.etags()
        let quiet = try tls.sync()
        #expect(quiet.stdout.contains("0 reçu, 0 supprimé ici, 0 envoyé, 0 supprimé sur le serveur"), Comment(rawValue: quiet.stdout))
        #expect(try server.etags() == before)

        // An edit in Montpellier, a deletion in Toulouse.
        #expect(try mpl.run(["edit", launch, "--title", "Soirée de lancement Digital113"]).status == 0)
        #expect(try tls.run(["delete", committee]).status == 0)
        try mpl.sync()
        try tls.sync()
        try mpl.sync()
        #expect(try tls.count() == 3)
        #expect(try mpl.count() == 3)
        #expect(try tls.export() == mpl.export())
        #expect(try tls.agendaTitles().contains("Soirée de lancement Digital113"))
        #expect(try server.etags().count == 3)
        // Other clients see ordinary events: LOCATION with the city names.
        let bodies = try server.resources().values.joined()
        #expect(bodies.contains("LOCATION:Toulouse\\, Montpellier"))
    }

    @Test func concurrentEditsKeepBothVersions() throws {
        let server = try RadicaleServer()
        let tls = try Office(server, office: "toulouse")
        let mpl = try Office(server, office: "montpellier")
        let uid = try tls.add(["--title", "Green IT Day", "--start", "2026-12-07 09:00", "--duration", "8h", "--city", "Nîmes"])
        try tls.sync()
        try mpl.sync()
        #expect(try tls.run(["edit", uid, "--title", "Green IT Day — Toulouse"]).status == 0)
        #expect(try mpl.run(["edit", uid, "--title", "Green IT Day — Montpellier"]).status == 0)
        try tls.sync()
        let r = try mpl.sync(status: 1)
        #expect(r.stdout.contains("copie de conflit"))
        #expect(try mpl.agendaTitles().sorted() == ["Green IT Day — Montpellier", "Green IT Day — Toulouse"])
        let check = try mpl.run(["check", "--lang", "en"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("1 conflict copy"))
        #expect(check.stdout.contains("your version of \(uid)"))
        // The copy stays in Montpellier until someone keeps one version.
        try tls.sync()
        try mpl.sync()
        #expect(try tls.agendaTitles() == ["Green IT Day — Toulouse"])

        // --prefer local: Montpellier's edit overwrites the server's.
        #expect(try tls.run(["edit", uid, "--duration", "7h"]).status == 0)
        #expect(try mpl.run(["edit", uid, "--title", "Green IT Day — Nîmes"]).status == 0)
        try tls.sync()
        try mpl.sync(["--prefer", "local"])
        try tls.sync()
        #expect(try tls.agendaTitles() == ["Green IT Day — Nîmes"])

        // Deleted in Toulouse, edited in Montpellier: the edit wins and is reported.
        #expect(try tls.run(["delete", uid]).status == 0)
        #expect(try mpl.run(["edit", uid, "--title", "Green IT Day (maintenu)"]).status == 0)
        try tls.sync()
        let kept = try mpl.sync()
        #expect(kept.stdout.contains("la modification est gardée"), Comment(rawValue: kept.stdout))
        try tls.sync()
        #expect(try tls.agendaTitles() == ["Green IT Day (maintenu)"])
    }

    @Test func anOutageLosesNothing() throws {
        let server = try RadicaleServer()
        let tls = try Office(server, office: "toulouse")
        let mpl = try Office(server, office: "montpellier")
        try tls.sync()
        _ = try tls.add(["--title", "Atelier numérique", "--start", "2026-12-03 09:00", "--city", "Alès"])
        server.stop()
        let down = try tls.sync(status: 69)
        #expect(down.stderr.split(separator: "\n").count == 1, Comment(rawValue: down.stderr))
        #expect(down.stderr.contains("injoignable (connexion refusée)"), Comment(rawValue: down.stderr))
        #expect(try tls.pending() == 1)
        #expect(try tls.count() == 1)
        try server.start()
        try tls.sync()
        #expect(try tls.pending() == 0)
        try mpl.sync()
        #expect(try mpl.agendaTitles() == ["Atelier numérique"])
    }

    @Test func passwordsStayOutOfSightAndRefusalsChangeNothing() throws {
        let server = try RadicaleServer()
        let tls = try Office(server, office: "toulouse")
        _ = try tls.add(["--title", "Assemblée générale", "--start", "2026-12-11 14:00", "--city", "Toulouse"])
        // A wrong password: exit 69, one clear line, nothing changed here.
        let exportBefore = try tls.export()
        let refused = try tls.run(["sync"], env: ["PLANNER_CALDAV_PASSWORD": "wrong"])
        #expect(refused.status == 69)
        #expect(refused.stderr.contains("HTTP 401"), Comment(rawValue: refused.stderr))
        #expect(try tls.export() == exportBefore)
        #expect(try tls.pending() == 1)
        #expect(try server.etags().isEmpty)
        // No password at all: a usage error naming where it comes from.
        let none = try tls.run(["sync"], env: ["PLANNER_CALDAV_PASSWORD": ""])
        #expect(none.status == 2)
        #expect(none.stderr.contains("--password-file"))
        // From a file, then from the configured command.
        let file = tls.runner.folder.appendingPathComponent("caldav-password")
        try Data((RadicaleServer.password + "\n").utf8).write(to: file)
        #expect(try tls.run(["sync", "--password-file", file.path], env: [:]).status == 0)
        #expect(try tls.run(["config", "--caldav-password-command", "cat '\(file.path)'"]).status == 0)
        _ = try tls.add(["--title", "Bureau", "--start", "2026-12-14 10:00", "--city", "Toulouse"])
        #expect(try tls.run(["sync"], env: ["PLANNER_CALDAV_PASSWORD": ""]).status == 0)
        #expect(try server.etags().count == 2)
        // Plain http to another machine is refused before anything is sent.
        let plain = try tls.run(["sync", "--url", "http://calendar.example.org/dav/", "--user", "alice"])
        #expect(plain.status == 2)
        #expect(plain.stderr.contains("--insecure"))
        // The password appears in no output, no log, no database file.
        var files = [server.logFile]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: tls.runner.folder.path)) ?? [] where name.hasPrefix("planner.sqlite") {
            files.append(tls.runner.folder.appendingPathComponent(name))
        }
        #expect(files.count >= 2)
        for f in files {
            let data = try Data(contentsOf: f)
            #expect(data.range(of: Data(RadicaleServer.password.utf8)) == nil, "password found in \(f.lastPathComponent)")
        }
        #expect(!Office.transcript.contains(RadicaleServer.password))
    }

    @Test func aMalformedResourceIsSkippedWithItsHref() throws {
        let server = try RadicaleServer()
        let mpl = try Office(server, office: "montpellier")
        // Unreadable (a year the planner does not support): skipped, and the warning names its href.
        let bad = Self.foreignEvent(uid: "bad-1@example.org", title: "Illisible", day: "23001205")
        // Readable but for one property: kept, repaired, and the warning names its href and the value.
        let repaired = Self.foreignEvent(uid: "odd-1@example.org", title: "Réparé", day: "20261205")
            .replacingOccurrences(of: "END:VEVENT", with: "X-PLANNER-OFFICE:nowhere\r\nEND:VEVENT")
        for (name, body) in [("bad.ics", bad), ("odd.ics", repaired),
                             ("good.ics", Self.foreignEvent(uid: "good-1@example.org", title: "Lisible", day: "20261205"))] {
            #expect(try server.request("PUT", server.collection.appendingPathComponent(name), body: body,
                                       headers: ["Content-Type": "text/calendar"]).status == 201)
        }
        let r = try mpl.sync()
        #expect(r.stderr.contains("/alice/shared/bad.ics"), Comment(rawValue: r.stderr))
        #expect(r.stderr.contains("/alice/shared/odd.ics"), Comment(rawValue: r.stderr))
        #expect(r.stderr.contains("nowhere"))
        #expect(try mpl.agendaTitles().sorted() == ["Lisible", "Réparé"])
    }

    /// A calendar of `n` events to import, as in DurabilityTests.
    static func calendar(_ n: Int) -> String {
        var s = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//sync test//EN\r\n"
        for i in 0..<n {
            let day = 1 + i % 28, month = 1 + (i / 28) % 12, hour = 8 + i % 10
            s += "BEGIN:VEVENT\r\nUID:bulk-\(i)@test\r\nDTSTAMP:20261101T000000Z\r\n"
            s += String(format: "DTSTART;TZID=Europe/Paris:2027%02d%02dT%02d0000\r\nDURATION:PT1H\r\n", month, day, hour)
            s += "SUMMARY:Atelier n°\(i)\r\nLOCATION:Toulouse\r\nEND:VEVENT\r\n"
        }
        return s + "END:VCALENDAR\r\n"
    }

    @Test func killedSyncsLeaveNoDuplicateAndLoseNothing() throws {
        let n = Int(ProcessInfo.processInfo.environment["SYNC_KILL_EVENTS"] ?? "") ?? 240
        let server = try RadicaleServer()
        let tls = try Office(server, office: "toulouse")
        let mpl = try Office(server, office: "montpellier")
        let file = tls.runner.folder.appendingPathComponent("bulk.ics")
        try Data(Self.calendar(n).utf8).write(to: file)
        #expect(try tls.run(["import", file.path]).status == 0)
        var rng = SystemRandomNumberGenerator()
        // Kill the pushing sync, then the pulling one, at random moments.
        for office in [tls, mpl] {
            for _ in 0..<3 {
                let p = Process()
                p.executableURL = BinaryRunner.executable
                p.arguments = ["sync", "--db", office.runner.db]
                var env = office.runner.environment
                env["PLANNER_CALDAV_PASSWORD"] = RadicaleServer.password
                p.environment = env
                p.standardOutput = FileHandle.nullDevice
                p.standardError = FileHandle.nullDevice
                try p.run()
                usleep(UInt32.random(in: 300_000...3_000_000, using: &rng))
                kill(p.processIdentifier, SIGKILL)
                p.waitUntilExit()
            }
            try office.sync()
        }
        try tls.sync()
        let resources = try server.resources()
        #expect(resources.count == n)
        let uids = resources.values.compactMap { body in
            body.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") }
        }
        #expect(Set(uids).count == n)
        #expect(try tls.count() == n)
        #expect(try mpl.count() == n)
        #expect(try tls.pending() == 0)
        #expect(try mpl.pending() == 0)
        #expect(try tls.export() == mpl.export())
    }

    /// `S` in the TUI: the sync runs off the key loop (the state machine keeps answering keys
    /// while it runs), a progress line shows, the result says what went, the status line
    /// shows the last sync and the changes waiting.
    @Test func theSKeySyncsWhileTheScreenStaysLive() throws {
        let server = try RadicaleServer()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planner-tui-sync-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let passwordFile = folder.appendingPathComponent("pw")
        try Data(RadicaleServer.password.utf8).write(to: passwordFile)
        let store = try Store(path: folder.appendingPathComponent("planner.sqlite").path, sample: false)
        var h = try Harness(store: store)
        h.press(.char("S"))
        #expect(h.state.messageIsError)
        #expect(h.state.message?.contains("config --caldav-url") == true)
        try store.setSyncConfiguration(url: server.base.absoluteString, user: RadicaleServer.user, passwordCommand: "cat '\(passwordFile.path)'")
        let now = Date()
        try store.save(Event(title: "Atelier TUI", start: now, end: now.addingTimeInterval(3600), cities: ["TLS"]), label: .add)
        h.send(.externalChange)
        #expect(h.text.contains("synchro jamais, 1 changement en attente"))
        h.press(.char("S"))
        #expect(h.state.sync.running)
        h.press(.char("n"))   // keys still work while it runs
        #expect(!h.quit)
        var finished = false
        let deadline = Date().addingTimeInterval(120)
        while !finished && Date() < deadline {
            for m in h.session.runner.syncWorker.drain() {
                if case .syncFinished = m { finished = true }
                h.send(m)
            }
            usleep(50_000)
        }
        #expect(finished)
        #expect(!h.state.sync.running)
        #expect(h.state.messageIsError == false, Comment(rawValue: h.state.message ?? ""))
        #expect(h.state.message?.contains("1 envoyé") == true, Comment(rawValue: h.state.message ?? ""))
        #expect(h.text.contains("synchro ") && !h.text.contains("synchro jamais"))
        #expect(try server.etags().count == 1)
        #expect(try store.pendingSyncChanges() == 0)
    }
}
