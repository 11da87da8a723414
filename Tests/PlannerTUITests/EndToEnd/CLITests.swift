import Foundation
import Testing

/// The command line as scripts and people use it, on the real binary with a temporary database.
@Suite(.serialized)
struct CLITests {
    @Test func weekAgendaJSONHasEveryContractFieldForTheSampleDigiWorldWeek() throws {
        let cli = try BinaryRunner()
        let doc = try cli.agendaJSON(["--week", "2026-W48"])
        #expect(doc["from"] as? String == "2026-11-23")
        #expect(doc["to"] as? String == "2026-11-30")
        #expect(doc["timeZone"] as? String == "Europe/Paris")
        let occ = try #require(doc["occurrences"] as? [[String: Any]])
        #expect(occ.count >= 15)
        let keys: Set<String> = ["uid", "title", "start", "end", "allDay", "cities", "office", "kind", "series", "people", "recurring", "recurrenceId"]
        for o in occ { #expect(Set(o.keys) == keys) }
        let green = try #require(occ.first { $0["title"] as? String == "Green IT Day — Nîmes" })
        #expect(green["start"] as? String == "2026-11-24T09:00:00+01:00")
        #expect(green["end"] as? String == "2026-11-24T17:30:00+01:00")
        #expect(green["cities"] as? [String] == ["Nîmes"])
        #expect(green["office"] as? String == "montpellier")
        #expect(green["kind"] as? String == "day")
        #expect(green["series"] as? String == "green-it-day-2026")
        #expect(green["people"] as? [String] == ["P007"])
        #expect(green["recurring"] as? Bool == false)
        #expect(green["recurrenceId"] is NSNull)
        let week = try #require(occ.first { $0["title"] as? String == "DigiWorldWeek 2026" })
        #expect(week["allDay"] as? Bool == true && week["start"] as? String == "2026-11-23" && week["end"] as? String == "2026-11-28")
        // Sorted by start, then title.
        let starts = occ.map { $0["start"] as! String }
        #expect(starts == starts.sorted { ($0.count == 10 ? $0 + "T00:00" : $0) <= ($1.count == 10 ? $1 + "T00:00" : $1) })
    }

    @Test func addedDuplexEventAppearsWithOffsetCitiesAndOffice() throws {
        let cli = try BinaryRunner()
        let add = try cli.run(["add", "--title", "Soirée duplex", "--start", "2027-06-14 18:30", "--duration", "2h",
                               "--city", "Toulouse", "--city", "montpellier", "--office", "joint", "--kind", "launch",
                               "--person", "Nouvelle Personne", "--person", "P001"])
        #expect(add.status == 0, Comment(rawValue: add.stderr))
        let uid = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(uid.hasSuffix("@planner"))
        let doc = try cli.agendaJSON(["--from", "2027-06-14", "--days", "1"])
        let o = try #require((doc["occurrences"] as? [[String: Any]])?.first { $0["uid"] as? String == uid })
        #expect(o["start"] as? String == "2027-06-14T18:30:00+02:00")
        #expect(o["end"] as? String == "2027-06-14T20:30:00+02:00")
        #expect(o["cities"] as? [String] == ["Toulouse", "Montpellier"])
        #expect(o["office"] as? String == "joint" && o["kind"] as? String == "launch")
        #expect((o["people"] as? [String])?.count == 2)
        let person = try cli.run(["report", "person", "nouvelle personne", "--from", "2027-06-14", "--to", "2027-06-15", "--lang", "en"])
        #expect(person.stdout.contains("Nouvelle Personne (P013)"))
    }

    @Test func winterAndSummerOffsetsAndAccentInsensitiveCities() throws {
        let cli = try BinaryRunner()
        try cli.run(["add", "--title", "Hiver", "--start", "2027-01-12T09:00", "--city", "nimes"])
        try cli.run(["add", "--title", "Été", "--start", "2027-07-13T09:00", "--city", "LEZIGNAN-CORBIERES"])
        let winter = try cli.agendaJSON(["--from", "2027-01-12", "--days", "1", "--city", "Nîmes"])
        let w = (winter["occurrences"] as? [[String: Any]])?.first { $0["title"] as? String == "Hiver" }
        #expect(w?["start"] as? String == "2027-01-12T09:00:00+01:00")
        #expect(w?["end"] as? String == "2027-01-12T10:00:00+01:00")
        let summer = try cli.agendaJSON(["--from", "2027-07-13", "--days", "1"])
        let s = (summer["occurrences"] as? [[String: Any]])?.first { $0["title"] as? String == "Été" }
        #expect(s?["start"] as? String == "2027-07-13T09:00:00+02:00")
        #expect(s?["cities"] as? [String] == ["Lézignan-Corbières"])
        let ny = try cli.agendaJSON(["--from", "2027-07-13", "--days", "1", "--tz", "America/New_York"])
        let n = (ny["occurrences"] as? [[String: Any]])?.first { $0["title"] as? String == "Été" }
        #expect(n?["start"] as? String == "2027-07-13T03:00:00-04:00")
    }

    @Test func configOfficeIsTheDefaultOfficeOfNewEvents() throws {
        let cli = try BinaryRunner()
        #expect(try cli.run(["config", "--office", "montpellier"]).status == 0)
        let uid = try cli.run(["add", "--title", "Atelier", "--start", "2027-02-03 10:00", "--city", "MPL"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let doc = try cli.agendaJSON(["--from", "2027-02-03", "--days", "1", "--office", "montpellier"])
        #expect((doc["occurrences"] as? [[String: Any]])?.contains { $0["uid"] as? String == uid } == true)
    }

    @Test func editDeleteResetAndRecurringOccurrences() throws {
        let cli = try BinaryRunner()
        let uid = try cli.run(["add", "--title", "Brouillon", "--start", "2027-03-03 10:00", "--city", "TLS"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try cli.run(["edit", String(uid.prefix(8)), "--title", "Réunion finale", "--start", "2027-03-03 14:00", "--duration", "30m"]).status == 0)
        var occ = try cli.agendaJSON(["--from", "2027-03-03", "--days", "1"])["occurrences"] as? [[String: Any]] ?? []
        let edited = occ.first { $0["uid"] as? String == uid }
        #expect(edited?["title"] as? String == "Réunion finale")
        #expect(edited?["start"] as? String == "2027-03-03T14:00:00+01:00" && edited?["end"] as? String == "2027-03-03T14:30:00+01:00")
        #expect(try cli.run(["delete", uid]).status == 0)
        occ = try cli.agendaJSON(["--from", "2027-03-03", "--days", "1"])["occurrences"] as? [[String: Any]] ?? []
        #expect(!occ.contains { $0["uid"] as? String == uid })

        let weekly = try cli.run(["add", "--title", "Hebdo", "--start", "2027-03-02 12:00", "--city", "TLS", "--rrule", "FREQ=WEEKLY;COUNT=4"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try cli.run(["delete", weekly, "--occurrence", "2027-03-09"]).status == 0)
        #expect(try cli.run(["edit", weekly, "--occurrence", "2027-03-16", "--title", "Hebdo (déplacé)", "--start", "2027-03-17 15:00"]).status == 0)
        occ = try cli.agendaJSON(["--from", "2027-03-01", "--days", "31"])["occurrences"] as? [[String: Any]] ?? []
        let mine = occ.filter { $0["uid"] as? String == weekly }
        #expect(mine.map { $0["start"] as? String } == ["2027-03-02T12:00:00+01:00", "2027-03-17T15:00:00+01:00", "2027-03-23T12:00:00+01:00"])
        #expect(mine[1]["title"] as? String == "Hebdo (déplacé)" && mine[1]["recurrenceId"] as? String == "2027-03-16T12:00:00+01:00")
        #expect(mine.allSatisfy { $0["recurring"] as? Bool == true })

        #expect(try cli.run(["reset", "--empty"]).status == 0)
        #expect(try cli.eventCount() == 0)
        #expect(try cli.run(["reset", "--sample"]).status == 0)
        #expect(try cli.eventCount() > 60)
    }

    @Test func printedWeekInFrenchAndEnglish() throws {
        let cli = try BinaryRunner()
        let fr = try cli.run(["agenda", "--week", "2026-W48", "--all-days"])
        #expect(fr.stdout.hasPrefix("Semaine 48 — du lundi 23 au dimanche 29 novembre 2026\n"))
        #expect(fr.stdout.contains("\nsamedi 28 novembre\n  (aucun événement)\n"))
        #expect(fr.stdout.contains("  09:00–17:30       Green IT Day — Nîmes\n"))
        #expect(fr.stdout.contains("toute la journée  DigiWorldWeek 2026"))
        #expect(!fr.stdout.contains("\u{1B}["))
        let en = try cli.run(["agenda", "--week", "2026-W48"], env: ["LANG": "en_US.UTF-8"])
        #expect(en.stdout.hasPrefix("Week 48 — Monday 23 to Sunday 29 November 2026\n"))
        #expect(try cli.run(["agenda", "--week", "2026-W48", "--lang", "en", "--all-days"]).stdout.contains("Saturday 28 November\n  (no events)"))
        let current = try cli.run(["agenda", "--week"])
        #expect(current.stdout.hasPrefix("Semaine 48 —"))
        let w53 = try cli.run(["agenda", "--week", "2026-W53"])
        #expect(w53.stdout.hasPrefix("Semaine 53 — du lundi 28 décembre 2026 au dimanche 3 janvier 2027\n"))
        #expect(w53.stdout.contains("vendredi 1er janvier — Jour de l'an (férié)"))
    }

    @Test func htmlWeekIsOneSelfContainedPrintablePage() throws {
        let cli = try BinaryRunner()
        let r = try cli.run(["agenda", "--week", "2026-W48", "--format", "html"])
        #expect(r.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(r.stdout.contains("<meta charset=\"utf-8\">") && r.stdout.contains("size: A4 landscape"))
        #expect(!r.stdout.contains("<link") && !r.stdout.contains("<script") && !r.stdout.contains("src="))
        #expect(r.stdout.contains("Green IT Day — Nîmes"))
        #expect(r.stdout.components(separatedBy: "</th>").count - 1 == 7)
    }

    @Test func defaultDatabaseFollowsXDGAndPlannerDB() throws {
        let cli = try BinaryRunner()
        let xdg = cli.folder.appendingPathComponent("xdg")
        #expect(try cli.run(["config"], useDefaultDB: true, env: ["XDG_DATA_HOME": xdg.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: xdg.appendingPathComponent("planner/planner.sqlite").path))
        let attrs = try FileManager.default.attributesOfItem(atPath: xdg.appendingPathComponent("planner/planner.sqlite").path)
        #expect((attrs[.posixPermissions] as? Int) == 0o600)
        let explicit = cli.folder.appendingPathComponent("deep/er/x.sqlite")
        #expect(try cli.run(["config"], useDefaultDB: true, env: ["PLANNER_DB": explicit.path, "XDG_DATA_HOME": xdg.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: explicit.path))
        #expect(try cli.run(["config"], useDefaultDB: true).status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent(".local/share/planner/planner.sqlite").path))
    }

    @Test func bareCommandWithoutATerminalPrintsUsageAndExits2() throws {
        let cli = try BinaryRunner()
        let start = Date()
        let r = try cli.run([], useDefaultDB: true)
        #expect(r.status == 2)
        #expect(r.stderr.contains("Utilisation"))
        #expect(Date().timeIntervalSince(start) < 30)
    }

    static let badInputs: [([String], String)] = [
        (["add", "--title", "X", "--start", "2026-13-45", "--city", "TLS"], "2026-13-45"),
        (["add", "--title", "X", "--start", "2026-12-03 10:00", "--end", "2026-12-03 09:00", "--city", "TLS"], "--end"),
        (["add", "--title", "X", "--start", "2026-12-03 10:00", "--city", "Paris"], "ville inconnue « Paris »"),
        (["add", "--title", "X", "--start", "2026-12-03 10:00", "--city", "TLS", "--office", "lyon"], "bureau inconnu « lyon »"),
        (["add", "--title", "  ", "--start", "2026-12-03 10:00", "--city", "TLS"], "--title vide"),
        (["add", "--title", "X", "--start", "2026-12-03 10:00", "--city", "TLS", "--duration", "5x"], "5x"),
        (["add", "--title", "X", "--start", "2026-12-03 10:00", "--city", "TLS", "--rrule", "FREQ=SOMETIMES"], "FREQ"),
        (["agenda", "--week", "2026-W54"], "2026-W54"),
        (["agenda", "--from", "2026-02-30"], "2026-02-30"),
        (["agenda", "--kind", "party"], "type inconnu « party »"),
        (["edit", "no-such-uid", "--title", "Y"], "no-such-uid"),
        (["import", "/nonexistent/file.ics"], "fichier introuvable"),
        (["import", "/tmp"], "/tmp : c'est un dossier"),
        (["agenda", "--week", "2027-W53"], "2027-W53"),
        (["agenda", "--week", "2026-W00"], "2026-W00"),
        (["agenda", "--week", "48"], "48"),
        (["agenda", "--days", "0"], "--days 0"),
        (["agenda", "--from", "2026-12-03", "--to", "2026-12-01"], "--to"),
        (["agenda", "--tz", "Mars/Olympus"], "Mars/Olympus"),
        (["agenda", "--lang", "de"], "--lang"),
        (["agenda", "--format", "pdf"], "pdf"),
        (["agenda", "--bogus"], "--bogus"),
        (["add", "--title", "X", "--start", "2026-12-03T24:30", "--city", "TLS"], "2026-12-03T24:30"),
        (["add", "--title", "X", "--start", "2026-12-03T09:60", "--city", "TLS"], "2026-12-03T09:60"),
        (["add", "--title", "X", "--start", "la semaine prochaine", "--city", "TLS"], "la semaine prochaine"),
        (["add", "--title", "X", "--start", "2026-12-03 10:00", "--duration", "0m", "--city", "TLS"], "0m"),
        (["add", "--title", "X", "--start", "2026-12-03 10:00", "--duration", "1h70", "--city", "TLS"], "1h70"),
        (["add", "--title", "X", "--start", "2026-12-03 10:00"], "--city"),
        (["add", "--title", "X", "--start", "2026-12-03 10:00", "--city", "TLS", "--kind", "party"], "party"),
        (["delete", "no-such-uid"], "no-such-uid"),
        (["delete", "sample-", "--occurrence", "2026-12-01"], "sample-"),
        (["edit", "sample-digiworldweek-2026-2026-11-23@planner", "--start", "2026-02-30"], "2026-02-30"),
        (["schedule", "/nonexistent/instance.json"], "fichier introuvable"),
        (["schedule", "/tmp"], "/tmp : c'est un dossier"),
        (["slot", "--person", "Personne Inconnue"], "Personne Inconnue"),
        (["slot", "--person", "P001", "--city", "Lyon"], "Lyon"),
        (["report", "person", "nobody"], "nobody"),
        (["export", "-o", "/nonexistent/folder/x.ics"], "/nonexistent/folder"),
        (["export", "-o", "/tmp"], "/tmp : c'est un dossier"),
        (["backup", "/nonexistent/folder/b.sqlite"], "/nonexistent/folder/b.sqlite"),
        (["config", "--office", "lyon"], "lyon"),
    ]

    /// Files whose content is wrong: exit 65, `FILE:LINE: reason` on one line, nothing written
    /// (`import --strict`; a lenient import repairs what it can, ImportCLITests).
    static let badFiles: [(String, String, String)] = [
        ("import", "garbage.ics", "\u{0}\u{1}binary\u{FF}"),
        ("import", "unterminated.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261203T090000Z\r\n"),
        ("import", "baddate.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261345T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
        ("schedule", "notjson.json", "{\n  \"schema\": \"d113-sched-instance/1\",\n  oops\n}"),
        ("schedule", "empty.json", ""),
    ]

    @Test(arguments: badFiles)
    func badFileContentExits65WithFileAndLine(_ command: String, _ name: String, _ content: String) throws {
        let cli = try BinaryRunner()
        let before = try cli.eventCount()
        let file = cli.folder.appendingPathComponent(name)
        try content.write(to: file, atomically: true, encoding: .utf8)
        let r = try cli.run([command, file.path] + (command == "import" ? ["--strict"] : []))
        #expect(r.status == 65, Comment(rawValue: r.stderr))
        #expect(r.stderr.split(separator: "\n").count == 1, Comment(rawValue: r.stderr))
        #expect(r.stderr.range(of: "\(file.path):[0-9]+: ", options: .regularExpression) != nil, Comment(rawValue: r.stderr))
        #expect(try cli.eventCount() == before)
    }

    @Test func aHugeFileIsRefusedBeforeBeingRead() throws {
        let cli = try BinaryRunner()
        let file = cli.folder.appendingPathComponent("huge.ics")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        let h = try FileHandle(forWritingTo: file)
        let chunk = Data(String(repeating: "X-FILLER:" + String(repeating: "a", count: 1000) + "\r\n", count: 1000).utf8)
        for _ in 0..<100 { h.write(chunk) }
        try h.close()
        let r = try cli.run(["import", file.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("fichier trop grand"))
    }

    /// Permission bits do not stop root (CI runs as root): the binary then runs as nobody
    /// through setpriv, on a file nobody may read, in a folder nobody may write.
    @Test(.enabled(if: ReadOnlyTests.unprivileged != nil, "needs setpriv to run as an unprivileged user"))
    func anUnreadableFileIsExit2() throws {
        let cli = try BinaryRunner()
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: cli.folder.path)
        let file = cli.folder.appendingPathComponent("secret.ics")
        try "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        let r = try ReadOnlyTests().run(cli, ["import", file.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("lecture impossible"))
    }

    @Test(arguments: badInputs)
    func badInputExitsTwoWithOneLineAndWritesNothing(_ args: [String], _ needle: String) throws {
        let cli = try BinaryRunner()
        let before = try cli.eventCount()
        let r = try cli.run(args)
        #expect(r.status == 2)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, Comment(rawValue: r.stderr))
        #expect(r.stderr.contains(needle), Comment(rawValue: r.stderr))
        #expect(try cli.eventCount() == before)
    }

    @Test func databaseInAFolderThatCannotBeCreatedIsExit2() throws {
        let cli = try BinaryRunner()
        let file = cli.folder.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        let r = try cli.run(["agenda", "--db", file.appendingPathComponent("sub/x.sqlite").path], useDefaultDB: true)
        #expect(r.status == 2)
        #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains("impossible de créer le dossier"))
    }

    @Test func importExportRoundTripThroughTheBinary() throws {
        let cli = try BinaryRunner()
        let ics = cli.folder.appendingPathComponent("season.ics").path
        #expect(try cli.run(["export", "-o", ics]).status == 0)
        let other = try BinaryRunner()
        try other.run(["reset", "--empty"])
        let imported = try other.run(["import", ics, "--lang", "en"])
        #expect(imported.status == 0 && imported.stdout.contains("added"), Comment(rawValue: imported.stderr))
        let again = other.folder.appendingPathComponent("again.ics").path
        #expect(try other.run(["export", "-o", again]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: ics)) == Data(contentsOf: URL(fileURLWithPath: again)))
        // A malformed file: FILE:LINE: reason, exit 65, nothing written.
        let bad = cli.folder.appendingPathComponent("bad.ics").path
        try Data("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261301T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".utf8).write(to: URL(fileURLWithPath: bad))
        let before = try other.eventCount()
        let r = try other.run(["import", bad, "--strict"])
        #expect(r.status == 65)
        #expect(r.stderr == "planner-tui: \(bad):4: DTSTART invalide « 20261301T090000 » (date AAAAMMJJ ou AAAAMMJJTHHMMSS attendue)\n")
        #expect(try other.eventCount() == before)
    }

    @Test func checkReportsTheSampleConflictAndExitsOne() throws {
        let cli = try BinaryRunner()
        let r = try cli.run(["check", "--format", "json"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\"kind\": \"double-booked\"") && r.stdout.contains("\"day\": \"2026-11-25\""))
        try cli.run(["reset", "--empty"])
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func newAddsFromOneLineAndSaysWhatItUnderstood() throws {
        let cli = try BinaryRunner()
        let r = try cli.run(["new", "mardi 12h-13h30 Castres Atelier RGPD avec Claire Martin"])
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        #expect(r.stderr.contains("Compris : mardi 1er décembre 2026, 12:00–13:30, Castres : « Atelier RGPD » avec Claire Martin"))
        let occ = try #require(try cli.agendaJSON(["--from", "2026-12-01", "--days", "1"])["occurrences"] as? [[String: Any]])
        let e = try #require(occ.first { $0["title"] as? String == "Atelier RGPD" })
        #expect(e["start"] as? String == "2026-12-01T12:00:00+01:00")
        #expect(e["uid"] as? String == r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(e["people"] as? [String] == ["P001"])
        let bad = try cli.run(["new", "demain Atelier"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("aucune ville connue"))
    }

    @Test func versionAndAnUnknownPersonWarning() throws {
        let cli = try BinaryRunner()
        let v = try cli.run(["--version"])
        #expect(v.status == 0 && v.stdout.hasPrefix("planner-tui "))
        let add = try cli.run(["add", "--title", "Formation", "--start", "2026-12-02T10:00", "--city", "Albi", "--person", "Sophie Garnie"])
        #expect(add.status == 0)
        #expect(add.stderr.contains("« Sophie Garnie » ne correspond à aucune personne connue"))
        let known = try cli.run(["add", "--title", "Formation 2", "--start", "2026-12-03T10:00", "--city", "Albi", "--person", "Sophie Garnier"])
        #expect(known.stderr.isEmpty)
    }

    @Test func agendaSkipsEmptyDaysUnlessAllDays() throws {
        let cli = try BinaryRunner()
        // Week 50 of the sample: some days without events.
        let short = try cli.run(["agenda", "--week", "2026-W50"])
        let all = try cli.run(["agenda", "--week", "2026-W50", "--all-days"])
        #expect(all.stdout.contains("(aucun événement)"))
        #expect(!short.stdout.contains("(aucun événement)"))
        #expect(all.stdout.contains("lundi 7 décembre") && all.stdout.contains("dimanche 13 décembre"))
        #expect(!short.stdout.contains("\ndimanche 13 décembre\n"))
        #expect(all.stdout.contains("\ndimanche 13 décembre\n"))
    }
}
