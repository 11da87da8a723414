import Foundation
import Testing

/// The cluster's commands through the real binary: parity threshold, holidays import,
/// plan --apply with a title written as a choice, check's soft warnings, series flag.
struct ClusterCLITests {
    @Test func parityThresholdIsConfigurableAndValidated() throws {
        let cli = try BinaryRunner()
        #expect(try cli.run(["report", "parity", "--year", "2026"]).stdout.contains("−10 Montpellier ⚠"))
        try cli.run(["config", "--parity-threshold", "12"])
        let r = try cli.run(["report", "parity", "--year", "2026", "--format", "json"])
        #expect(r.stdout.contains("\"threshold\": 12") && r.stdout.contains("\"flagged\": [\n\n  ]") || r.stdout.contains("\"flagged\": []"))
        let bad = try cli.run(["config", "--parity-threshold", "beaucoup"])
        #expect(bad.status == 2 && bad.stderr == "planner-tui: seuil de parité invalide « beaucoup » : un entier de 0 à 100 attendu\n")
    }

    @Test func holidaysImportReadsTheFeedAllOrNothing() throws {
        let cli = try BinaryRunner()
        let good = cli.folder.appendingPathComponent("Zone-C.ics").path
        try Data(("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20281021\r\nDTEND;VALUE=DATE:20281106\r\n"
                  + "SUMMARY:Vacances de la Toussaint - Zone C\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20281021\r\n"
                  + "DTEND;VALUE=DATE:20281106\r\nSUMMARY:Vacances de la Toussaint - Zone A\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").utf8)
            .write(to: URL(fileURLWithPath: good))
        let r = try cli.run(["holidays", "import", good])
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        #expect(r.stdout == "1 période de vacances scolaires lue dans \(good) (1 nouvelle), 1 période d'une autre zone ignorée\n")
        let list = try cli.run(["holidays", "list", "--from", "2028-09-01"])
        #expect(list.stdout.contains("Vacances de la Toussaint  du samedi 21 octobre au dimanche 5 novembre 2028, reprise le lundi 6 novembre 2028"))
        let bad = cli.folder.appendingPathComponent("bad.ics").path
        try Data("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Vacances de Noël - Zone C\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".utf8).write(to: URL(fileURLWithPath: bad))
        let b = try cli.run(["holidays", "import", bad])
        #expect(b.status == 65 && b.stderr == "planner-tui: \(bad):2: VEVENT sans DTSTART\n")
    }

    @Test func planApplyGivesTheChoiceTitleItsCityAndExplains() throws {
        let cli = try BinaryRunner()
        let plan = try cli.run(["plan"])
        #expect(plan.status == 0, Comment(rawValue: plan.stderr))
        #expect(plan.stdout.contains("« Green IT Day — Rodez ou Albi » → "))
        #expect(plan.stdout.contains("✓ Élodie Fabre, Léa Castan sont libres ce jour-là"))
        #expect(plan.stdout.contains("2e choix : "))
        let apply = try cli.run(["plan", "--apply"])
        #expect(apply.stdout.hasSuffix("2 événements placés.\n"))
        let doc = try cli.agendaJSON(["--from", "2027-03-01", "--to", "2027-04-01"])
        let titles = (doc["occurrences"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        #expect(titles.contains { $0 == "Green IT Day — Rodez" || $0 == "Green IT Day — Albi" })
        #expect(!titles.contains("Green IT Day — Rodez ou Albi"))
    }

    @Test func checkListsSoftWarningsWithoutFailingOnThem() throws {
        let cli = try BinaryRunner()
        try cli.run(["reset", "--empty"])
        try cli.run(["add", "--title", "Forum de Noël", "--start", "2026-12-22T09:00", "--duration", "3h", "--city", "Toulouse", "--kind", "day"])
        // A small event: no warning.
        #expect(try cli.run(["check"]).stdout == "Aucun conflit.\n")
        try cli.run(["add", "--title", "Salon de Noël", "--start", "2026-12-23T09:00", "--duration", "3h", "--city", "Montpellier", "--big"])
        let r = try cli.run(["check"])
        #expect(r.status == 0)
        #expect(r.stdout == "Aucun conflit.\n1 avertissement (sans gravité) :\n  mercredi 23 décembre 2026  grand événement « Salon de Noël » "
            + "pendant les vacances scolaires (Vacances de Noël) : public réduit à prévoir\n")
        let json = try cli.run(["check", "--format", "json"])
        #expect(json.stdout.contains("\"kind\": \"school-holiday\""))
    }

    @Test func seriesCanBeMarkedAsATour() throws {
        let cli = try BinaryRunner()
        #expect(!(try cli.run(["report", "series", "factory-esante"]).stdout.contains("pas encore visitées")))
        let r = try cli.run(["series", "factory-esante", "--touring"])
        #expect(r.stdout == "« Factory e-santé » est une tournée\n")
        #expect(try cli.run(["report", "series", "factory-esante"]).stdout.contains("Villes pas encore visitées cette saison :"))
        #expect(try cli.run(["series", "nope", "--fixed-venue"]).status == 2)
    }
}
