import Foundation
import Testing

/// `import` and `city` through the real binary, as a new user would: a messy calendar is
/// imported with grouped `FILE:LINE: reason` warnings and counts, the agenda then shows its
/// events; `--strict` refuses it (exit 65) and writes nothing; `--city` and `city add` give
/// a city to locations the planner did not know.
struct ImportCLITests {
    /// A calendar with a bit of everything issue #14 lists, written like the programs do.
    static let messy = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 14.4//EN",
        "BEGIN:VEVENT", "UID:a@apple", "DTSTAMP:20261101T000000Z",
        "DTSTART;TZID=Europe/Paris:20261201T100000", "DTEND;TZID=Europe/Paris:20261201T110000",
        "SUMMARY:Visite \u{1B}]0;pwned\u{07}chantier", "LOCATION:Hangar 14\\, Bordeaux",
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE=Hangar;", "X-APPLE-RADIUS=49.91;X-TITLE=Hangar:geo:44.8,-0.5",
        "END:VEVENT",
        "BEGIN:VEVENT", "UID:b@outlook", "DTSTAMP:20261101T000000Z",
        "DTSTART;TZID=\"W. Europe Standard Time\":20261202T140000", "DTEND;TZID=\"W. Europe Standard Time\":20261202T150000",
        "SUMMARY:Revue Outlook", "LOCATION:Nîmes", "RRULE:", "END:VEVENT",
        "BEGIN:VEVENT", "UID:c@feed", "DTSTAMP:20261101T000000Z", "DTSTART;TZID=CUSTOM_tzid:20261203T090000",
        "DURATION:PT1H", "LOCATION:Montpellier", "END:VEVENT",
        "BEGIN:VEVENT", "UID:d@feed", "DTSTAMP:20261101T000000Z", "DTSTART:20261204T090000Z", "DURATION:P999999999999999999W",
        "SUMMARY:Trop long", "END:VEVENT",
        "BEGIN:VEVENT", "UID:e@feed", "DTSTAMP:20261101T000000Z", "DTSTART;TZID=CUSTOM_tzid:20261204T140000",
        "DTEND;TZID=CUSTOM_tzid:20261204T150000", "SUMMARY:Deuxième fuseau maison", "LOCATION:Toulouse", "END:VEVENT",
        "END:VCALENDARD",
    ].joined(separator: "\r\n") + "\r\n"

    func write(_ cli: BinaryRunner, _ text: String = messy) throws -> String {
        let path = cli.folder.appendingPathComponent("partner.ics").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aMessyCalendarImportsWithGroupedWarningsAndShowsInTheAgenda() throws {
        let cli = try BinaryRunner(lang: "en_GB.UTF-8")
        try cli.run(["reset", "--empty"])
        let file = try write(cli)
        let r = try cli.run(["import", file])
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        #expect(r.stdout == "4 events read: 4 added, 0 updated, 0 unchanged; skipped: 1 unreadable event\n", Comment(rawValue: r.stdout))
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(file): 11 warnings", Comment(rawValue: r.stderr))
        #expect(lines.contains("\(file):9: control characters in SUMMARY: removed"))
        #expect(lines.contains("\(file):11: invalid parameter in X-APPLE-STRUCTURED-LOCATION: line skipped"))
        #expect(lines.contains("\(file):10: location \"Hangar 14, Bordeaux\": no known city: city left unknown (use --city or 'city add')"))
        #expect(lines.contains("\(file):21: empty RRULE: dropped"))
        #expect(lines.contains("\(file):34: DURATION \"P999999999999999999W\" outside the supported years (1900–2200): event skipped"))
        // Two lines with the same problem: one line and a count.
        #expect(lines.contains("\(file):26: unknown time zone \"CUSTOM_tzid\" (no VTIMEZONE for it): time read in the import zone (and 2 more: lines 40, 41)"),
                Comment(rawValue: r.stderr))
        #expect(!r.stderr.contains("\u{1B}"))
        // The agenda shows them at the same times, with the location text for the unknown city.
        let agenda = try cli.run(["agenda", "--week", "2026-12-01", "--lang", "en"])
        #expect(agenda.status == 0)
        #expect(agenda.stdout.range(of: "10:00–11:00 +Visite \\]0;pwnedchantier", options: .regularExpression) != nil, Comment(rawValue: agenda.stdout))
        #expect(!agenda.stdout.contains("\u{1B}") && !agenda.stdout.contains("\u{07}"))
        #expect(agenda.stdout.contains("Hangar 14, Bordeaux · "))
        #expect(agenda.stdout.range(of: "14:00–15:00 +Revue Outlook", options: .regularExpression) != nil)
        #expect(agenda.stdout.range(of: "09:00–10:00 +\\(untitled\\)", options: .regularExpression) != nil)
        // --verbose lists each problem.
        let verbose = try cli.run(["import", file, "--verbose"])
        #expect(verbose.stderr.contains("\(file):40: unknown time zone") && verbose.stderr.contains("\(file):41: unknown time zone"))
        #expect(verbose.stdout.hasPrefix("4 events read: 0 added, 0 updated, 4 unchanged"))
        // And no command crashes afterwards.
        for args in [["check"], ["export"], ["agenda", "--week", "2026-12-01", "--format", "json"], ["report", "parity", "--year", "2026"]] {
            let out = try cli.run(args)
            #expect(out.status == 0 || out.status == 1, Comment(rawValue: "\(args): \(out.stderr)"))
        }
    }

    @Test func strictRefusesAtTheFirstProblemAndWritesNothing() throws {
        let cli = try BinaryRunner(lang: "fr_FR.UTF-8")
        try cli.run(["reset", "--empty"])
        let file = try write(cli)
        let r = try cli.run(["import", file, "--strict"])
        #expect(r.status == 65)
        #expect(r.stderr == "planner-tui: \(file):11: paramètre invalide dans X-APPLE-STRUCTURED-LOCATION\n", Comment(rawValue: r.stderr))
        #expect(try cli.eventCount() == 0)
    }

    @Test func cityGivesImportedLocationsACity() throws {
        let cli = try BinaryRunner(lang: "fr_FR.UTF-8")
        try cli.run(["reset", "--empty"])
        let file = try write(cli)
        let unknownCity = try cli.run(["import", file, "--city", "Atlantis"])
        #expect(unknownCity.status == 2 && unknownCity.stderr.contains("Atlantis"))
        #expect(try cli.eventCount() == 0)
        let add = try cli.run(["city", "add", "Bordeaux", "--lat", "44.8378", "--lon", "-0.5792"])
        #expect(add.status == 0, Comment(rawValue: add.stderr))
        #expect(add.stdout.hasPrefix("ville Bordeaux (BOR) ajoutée ; ") && add.stdout.contains("× 1,30"), Comment(rawValue: add.stdout))
        #expect(try cli.run(["city", "add", "Bordeaux", "--lat", "1", "--lon", "1"]).status == 2)
        #expect(try cli.run(["city", "add", "Nulle part", "--lat", "91", "--lon", "1"]).status == 2)
        let list = try cli.run(["city", "list"])
        #expect(list.stdout.contains("BOR      Bordeaux"))
        let r = try cli.run(["import", file, "--city", "Montpellier"])
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        #expect(!r.stderr.contains("aucune ville connue"), Comment(rawValue: r.stderr))
        let agenda = try cli.run(["agenda", "--week", "2026-12-01"])
        #expect(agenda.stdout.contains("Bordeaux · "), Comment(rawValue: agenda.stdout))
        #expect(agenda.stdout.contains("(sans titre)"))
    }
}
