// The command line in French and English: help, usage errors and value errors follow
// `--lang`, else the locale (French for LANG=fr_*), through the real binary.
import Foundation
import Testing

@Suite struct LanguageTests {
    /// Words of the English help that the French help must not contain.
    static let englishHelp = ["Add an event", "Title of the event", "Show help information", "USAGE:", "OPTIONS:"]

    @Test(arguments: [["add", "--help", "--lang", "fr"], ["--lang=fr", "add", "--help"]])
    func helpIsFrenchWithLangFr(_ args: [String]) throws {
        let cli = try BinaryRunner(lang: "C")
        let r = try cli.run(args)
        #expect(r.status == 0)
        #expect(r.stdout.contains("Ajouter un événement ; affiche son uid."), Comment(rawValue: r.stdout))
        #expect(r.stdout.contains("Titre de l'événement."))
        #expect(r.stdout.contains("UTILISATION :") && r.stdout.contains("Afficher cette aide."))
        for english in Self.englishHelp { #expect(!r.stdout.contains(english), "English left: \(english)") }
    }

    /// Every command's French help, including ArgumentParser's own suffixes when a line wraps
    /// inside them ("; default:" at the end of a line) and the day words the parser accepts.
    static let everyCommand: [[String]] = [[], ["agenda"], ["add"], ["new"], ["edit"], ["delete"], ["config"],
        ["reset"], ["report"], ["report", "parity"], ["report", "series"], ["report", "person"], ["backup"],
        ["check"], ["slot"], ["import"], ["city"], ["city", "add"], ["city", "list"], ["export"], ["schedule"],
        ["plan"], ["holidays"], ["holidays", "list"], ["holidays", "import"], ["series"], ["sync"], ["manual"],
        ["completions"]]

    @Test(arguments: everyCommand)
    func everyFrenchHelpIsFrench(_ command: [String]) throws {
        let r = try BinaryRunner(lang: "C").run(command + ["--help", "--lang", "fr"])
        #expect(r.status == 0)
        for english in ["default", "(values", "today, tomorrow", "See '", "USAGE"] {
            #expect(!r.stdout.contains(english), "\(command): English left: \(english)\n\(r.stdout)")
        }
    }

    @Test func frenchConfigPutsASpaceBeforeEachColon() throws {
        let r = try BinaryRunner(lang: "C").run(["config", "--lang", "fr"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").filter { $0.contains(":") }
        #expect(lines.count >= 10, Comment(rawValue: r.stdout))
        for line in lines { #expect(line.contains(" : ") && !line.contains("\u{20}:\u{20}:"), "\(line)") }
        #expect(lines.contains { $0.hasPrefix("événements : ") }, Comment(rawValue: r.stdout))
    }

    @Test func checkAndSlotRefuseAFormatTheyCannotWrite() throws {
        let cli = try BinaryRunner(lang: "C")
        for command in [["check"], ["slot", "--person", "P001"]] {
            let r = try cli.run(command + ["--format", "html", "--lang", "fr"])
            #expect(r.status == 2, Comment(rawValue: r.stdout + r.stderr))
            #expect(r.stderr.contains("html") && r.stdout.isEmpty, Comment(rawValue: r.stderr))
            #expect(r.stderr.contains("Valeurs possibles : 'text' et 'json'."), Comment(rawValue: r.stderr))
        }
    }

    @Test func helpFollowsTheLocaleAndEnglishOtherwise() throws {
        let fr = try BinaryRunner(lang: "fr_FR.UTF-8").run(["--help"])
        #expect(fr.stdout.contains("Le planner de Digital113") && fr.stdout.contains("SOUS-COMMANDES :"), Comment(rawValue: fr.stdout))
        let en = try BinaryRunner(lang: "en_GB.UTF-8").run(["--help"])
        #expect(en.stdout.contains("The Digital113 planner") && en.stdout.contains("SUBCOMMANDS:"), Comment(rawValue: en.stdout))
        let forced = try BinaryRunner(lang: "fr_FR.UTF-8").run(["agenda", "--help", "--lang", "en"])
        #expect(forced.stdout.contains("List the events of a week"), Comment(rawValue: forced.stdout))
    }

    /// The same mistakes, in each language: ArgumentParser's own errors, validation errors
    /// and value errors.
    static let mistakes: [([String], String, String)] = [
        (["add", "--bogus"], "option inconnue '--bogus'", "Unknown option '--bogus'"),
        (["add", "--title", "X", "--start", "2026-12-03", "--city", "TLS", "--end", "x", "--duration", "2h"],
         "--end et --duration ne peuvent pas être utilisés ensemble", "--end and --duration cannot be combined"),
        (["add", "--title", "X", "--city", "TLS"], "--start manquant", "missing --start"),
        (["agenda", "--days", "0"], "--days 0 invalide : attendu de 1 à 3660", "invalid --days 0: expected 1 to 3660"),
        (["agenda", "--from", "2026-02-30"], "--from « 2026-02-30 » invalide", "invalid --from \"2026-02-30\""),
        (["agenda", "--tz", "Mars/Olympus"], "fuseau horaire inconnu « Mars/Olympus »", "unknown time zone \"Mars/Olympus\""),
        (["edit", "nope", "--title", "Y"], "aucun événement d'uid « nope »", "no event with uid \"nope\""),
    ]

    @Test(arguments: mistakes)
    func errorsInBothLanguages(_ args: [String], _ french: String, _ english: String) throws {
        let cli = try BinaryRunner(lang: "C")
        let fr = try cli.run(args + ["--lang", "fr"])
        #expect(fr.status == 2)
        #expect(fr.stderr.split(separator: "\n").count == 1 && fr.stderr.contains(french), Comment(rawValue: fr.stderr))
        let en = try cli.run(args)
        #expect(en.status == 2)
        #expect(en.stderr.split(separator: "\n").count == 1 && en.stderr.contains(english), Comment(rawValue: en.stderr))
    }

    @Test func importCountsUseFrenchPlurals() throws {
        let cli = try BinaryRunner()
        let file = cli.folder.appendingPathComponent("one.ics")
        try """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//test//EN\r
            BEGIN:VEVENT\r
            UID:one@test\r
            DTSTAMP:20261101T000000Z\r
            DTSTART:20261203T090000Z\r
            DTEND:20261203T100000Z\r
            SUMMARY:Atelier\r
            END:VEVENT\r
            END:VCALENDAR\r

            """.write(to: file, atomically: true, encoding: .utf8)
        let r = try cli.run(["import", file.path])
        #expect(r.status == 0)
        #expect(r.stdout == "1 événement lu : 1 ajouté, 0 mis à jour, 0 inchangé\n", Comment(rawValue: r.stdout + r.stderr))
    }
}
