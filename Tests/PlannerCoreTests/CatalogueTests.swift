// The string catalogue: every member has a French and an English text, different where a
// translation is expected, with French plurals and elision; and no user-visible text is left
// outside the catalogue in the sources (no inline `fr ? … : …`, no English-only error).
import Foundation
import Testing
@testable import PlannerCore

@Suite struct CatalogueTests {
    /// Every member of the catalogue files of the core, the command line and its help, with
    /// sample arguments, paired with its name (the names are checked against the sources).
    static let members: [(String, Localized)] = [
        ("fileProblem", Catalogue.fileProblem(file: "a.ics", line: 3, reason: Catalogue.emptyPersonName)),
        ("invalidDay", Catalogue.invalidDay("--from", "x")),
        ("invalidMoment", Catalogue.invalidMoment("--start", "x")),
        ("missingTime", Catalogue.missingTime("--start", "x")),
        ("invalidDuration", Catalogue.invalidDuration("--duration", "x")),
        ("invalidWeek", Catalogue.invalidWeek("2026-W60")),
        ("unknownCity", Catalogue.unknownCity("Bordeaux", known: ["Toulouse"])),
        ("emptyPersonName", Catalogue.emptyPersonName),
        ("noEvent", Catalogue.noEvent(uid: "7f3c")),
        ("ambiguousUid", Catalogue.ambiguousUid("7")),
        ("invalidSeries", Catalogue.invalidSeries("-")),
        ("invalidEvent", Catalogue.invalidEvent("A", .emptyTitle)),
        ("invalidEvent", Catalogue.invalidEvent("A", .endBeforeStart)),
        ("invalidEvent", Catalogue.invalidEvent("A", .noCity)),
        ("invalidEvent", Catalogue.invalidEvent("A", .unknownZone("X/Y"))),
        ("invalidEvent", Catalogue.invalidEvent("A", .unknownCity("BDX"))),
        ("invalidEvent", Catalogue.invalidEvent("A", .unknownPerson("P9"))),
        ("invalidEvent", Catalogue.invalidEvent("A", .unknownSeries("s"))),
        ("invalidEvent", Catalogue.invalidEvent("A", .invalidRule("r"))),
        ("unknownOfficeInDatabase", Catalogue.unknownOfficeInDatabase(uid: "u", office: "x")),
        ("database", Catalogue.database("p", .isFolder)),
        ("database", Catalogue.database("p", .cannotCreateFolder("f"))),
        ("database", Catalogue.database("p", .cannotCreateFile)),
        ("database", Catalogue.database("p", .newerVersion)),
        ("database", Catalogue.database("p", .notSQLite)),
        ("database", Catalogue.database("p", .busy)),
        ("database", Catalogue.database("p", .readOnly)),
        ("database", Catalogue.database("p", .diskFull)),
        ("database", Catalogue.database("p", .cannotOpen)),
        ("database", Catalogue.database("p", .damaged)),
        ("database", Catalogue.database("p", .other("m"))),
        ("invalidReference", Catalogue.invalidReference("m")),
        ("backupIsFolder", Catalogue.backupIsFolder("p")),
        ("cannotWriteBackup", Catalogue.cannotWriteBackup("p", reason: nil)),
        ("unknownCityOfEvent", Catalogue.unknownCityOfEvent(uid: "u", city: "BDX")),
        ("allDay", Catalogue.allDay),
        ("noEvents", Catalogue.noEvents),
        ("publicHoliday", Catalogue.publicHoliday),
        ("weekPrefix", Catalogue.weekPrefix(48)),
        ("organisingOffice", Catalogue.organisingOffice(.joint)),
        ("organisingOffice", Catalogue.organisingOffice(.toulouse)),
        ("holiday", Catalogue.holiday("Noël")),
        ("titles", Catalogue.titles(["A", "B"])),
        ("doubleBooked", Catalogue.doubleBooked("Claire", Catalogue.titles(["A", "B"]))),
        ("travelTooShort", Catalogue.travelTooShort("Claire", have: 3600, need: 7200, Catalogue.titles(["A", "B"]))),
        ("bigEventsSameDay", Catalogue.bigEventsSameDay(city: "Nîmes", Catalogue.titles(["A", "B"]))),
        ("onPublicHoliday", Catalogue.onPublicHoliday(Catalogue.titles(["A"]), holiday: Catalogue.holiday("Noël"))),
        ("noConflicts", Catalogue.noConflicts),
        ("conflictCount", Catalogue.conflictCount(2)),
        ("missingOption", Catalogue.missingOption("--title")),
        ("missingRepeatable", Catalogue.missingRepeatable("--city")),
        ("emptyOption", Catalogue.emptyOption("--title")),
        ("notCombined", Catalogue.notCombined("--end", "--duration")),
        ("weekNotCombined", Catalogue.weekNotCombined()),
        ("goTogether", Catalogue.goTogether("--from", "--to")),
        ("chooseOne", Catalogue.chooseOne("--empty", "--sample")),
        ("outOfRange", Catalogue.outOfRange("--days", "0", "1", "10", unit: Catalogue.seconds)),
        ("seconds", Catalogue.seconds),
        ("invalidOption", Catalogue.invalidOption("--year", "0")),
        ("invalidChoice", Catalogue.invalidChoice("--by", "week", expected: ["quarter", "month"])),
        ("unknownZone", Catalogue.unknownZone("Mars/Base")),
        ("unknownOffice", Catalogue.unknownOffice("paris")),
        ("unknownKind", Catalogue.unknownKind("party", known: ["meeting"])),
        ("unknownAudience", Catalogue.unknownAudience("x")),
        ("unknownPerson", Catalogue.unknownPerson("x")),
        ("noSeries", Catalogue.noSeries("x")),
        ("mustBeAfter", Catalogue.mustBeAfter("--to", "--from")),
        ("endBeforeStart", Catalogue.endBeforeStart(end: "a", start: "b")),
        ("endNotAfterStart", Catalogue.endNotAfterStart(end: "a", start: "b")),
        ("invalidRule", Catalogue.invalidRule("FREQ=X", "r")),
        ("notRecurring", Catalogue.notRecurring(uid: "u")),
        ("noOccurrence", Catalogue.noOccurrence(uid: "u", day: "2026-12-01")),
        ("noTerminal", Catalogue.noTerminal),
        ("unknownTerminal", Catalogue.unknownTerminal("vt52")),
        ("invalidUsage", Catalogue.invalidUsage),
        ("inputTooLarge", Catalogue.inputTooLarge(limitMB: 64)),
        ("fileTooLarge", Catalogue.fileTooLarge(sizeMB: 70, limitMB: 64)),
        ("noSuchFile", Catalogue.noSuchFile("p")),
        ("isFolder", Catalogue.isFolder("p")),
        ("cannotRead", Catalogue.cannotRead("p")),
        ("noFolder", Catalogue.noFolder("p", "d")),
        ("cannotWrite", Catalogue.cannotWrite("p")),
        ("importCounts", Catalogue.importCounts(read: 3, added: 1, updated: 1, unchanged: 1)),
        ("importSkippedPrefix", Catalogue.importSkippedPrefix),
        ("importDryRun", Catalogue.importDryRun),
        ("confirmReplace", Catalogue.confirmReplace(3, path: "p")),
        ("confirmEmpty", Catalogue.confirmEmpty(3, path: "p")),
        ("nothingChanged", Catalogue.nothingChanged),
        ("eventCount", Catalogue.eventCount(3)),
        ("configDatabase", Catalogue.configDatabase),
        ("configOffice", Catalogue.configOffice),
        ("configEvents", Catalogue.configEvents),
        ("officeNotSet", Catalogue.officeNotSet),
        ("backupWritten", Catalogue.backupWritten),
        ("noFreeDay", Catalogue.noFreeDay(from: "a", to: "b")),
        ("slotDays", Catalogue.slotDays(2)),
        ("slotDriving", Catalogue.slotDriving(120)),
        ("invalidTime", Catalogue.invalidTime("Début", "9h99")),
        ("invalidEnd", Catalogue.invalidEnd("--end", "x")),
        ("cannotReadFile", Catalogue.cannotReadFile("p")),
        ("colon", Catalogue.colon),
        ("quickAddNoTitle", Catalogue.quickAddNoTitle("mardi")),
        ("quickAddNoCity", Catalogue.quickAddNoCity("mardi")),
        ("expectedOneOf", Catalogue.expectedOneOf("--touring", "--fixed-venue")),
        ("invalidUntil", Catalogue.invalidUntil("Jusqu'au", "x")),
    ] + EventDraft.Field.allCases.filter { $0 != .description }.map { ("draftField", Catalogue.draftField($0)) }
      + UndoLabel.allCases.filter { $0 != .import }.map { ("undoLabel", Catalogue.undoLabel($0)) } + Catalogue.Help.parserPhrases.map { ("parserPhrases", $0) }

    /// The help texts, all translated.
    static let help: [Localized] = [
        Catalogue.Help.plannerAbstract,
        Catalogue.Help.plannerDiscussion,
        Catalogue.Help.deleteAbstract,
        Catalogue.Help.eventUid,
        Catalogue.Help.deleteOccurrence,
        Catalogue.Help.checkAbstract,
        Catalogue.Help.checkFrom,
        Catalogue.Help.checkTo,
        Catalogue.Help.textOrJSON,
        Catalogue.Help.addAbstract,
        Catalogue.Help.importAbstract,
        Catalogue.Help.importFile,
        Catalogue.Help.importOffice,
        Catalogue.Help.importDryRun,
        Catalogue.Help.importCity,
        Catalogue.Help.importStrict,
        Catalogue.Help.importVerbose,
        Catalogue.Help.syncAbstract,
        Catalogue.Help.syncURL,
        Catalogue.Help.syncUser,
        Catalogue.Help.syncPasswordFile,
        Catalogue.Help.syncPrefer,
        Catalogue.Help.syncList,
        Catalogue.Help.syncInsecure,
        Catalogue.Help.configCaldavURL,
        Catalogue.Help.configCaldavUser,
        Catalogue.Help.configCaldavPasswordCommand,
        Catalogue.Help.configSyncEvery,
        Catalogue.Help.cityAbstract,
        Catalogue.Help.cityName,
        Catalogue.Help.cityLatitude,
        Catalogue.Help.cityLongitude,
        Catalogue.Help.cityId,
        Catalogue.Help.exportAbstract,
        Catalogue.Help.exportFrom,
        Catalogue.Help.exportTo,
        Catalogue.Help.exportOutput,
        Catalogue.Help.db,
        Catalogue.Help.lang,
        Catalogue.Help.tz,
        Catalogue.Help.noSample,
        Catalogue.Help.scheduleAbstract,
        Catalogue.Help.scheduleDiscussion,
        Catalogue.Help.scheduleInstance,
        Catalogue.Help.scheduleOutput,
        Catalogue.Help.scheduleTimeLimit,
        Catalogue.Help.scheduleSeed,
        Catalogue.Help.scheduleMaxIterations,
        Catalogue.Help.scheduleCheck,
        Catalogue.Help.reportAbstract,
        Catalogue.Help.parityAbstract,
        Catalogue.Help.parityYear,
        Catalogue.Help.parityBy,
        Catalogue.Help.seriesAbstract,
        Catalogue.Help.seriesId,
        Catalogue.Help.personAbstract,
        Catalogue.Help.personArgument,
        Catalogue.Help.personWeek,
        Catalogue.Help.firstDay,
        Catalogue.Help.dayAfterLast,
        Catalogue.Help.resetAbstract,
        Catalogue.Help.resetEmpty,
        Catalogue.Help.resetSample,
        Catalogue.Help.resetYes,
        Catalogue.Help.agendaAbstract,
        Catalogue.Help.agendaDiscussion,
        Catalogue.Help.agendaWeek,
        Catalogue.Help.agendaFrom,
        Catalogue.Help.agendaTo,
        Catalogue.Help.agendaDays,
        Catalogue.Help.agendaCity,
        Catalogue.Help.agendaOffice,
        Catalogue.Help.agendaKind,
        Catalogue.Help.agendaFormat,
        Catalogue.Help.planAbstract,
        Catalogue.Help.planApply,
        Catalogue.Help.planTimeLimit,
        Catalogue.Help.planSeed,
        Catalogue.Help.title,
        Catalogue.Help.start,
        Catalogue.Help.end,
        Catalogue.Help.duration,
        Catalogue.Help.allDay,
        Catalogue.Help.city,
        Catalogue.Help.office,
        Catalogue.Help.kind,
        Catalogue.Help.audience,
        Catalogue.Help.series,
        Catalogue.Help.person,
        Catalogue.Help.rrule,
        Catalogue.Help.description,
        Catalogue.Help.big,
        Catalogue.Help.editAbstract,
        Catalogue.Help.editOccurrence,
        Catalogue.Help.configAbstract,
        Catalogue.Help.configOffice,
        Catalogue.Help.backupAbstract,
        Catalogue.Help.backupFile,
        Catalogue.Help.slotAbstract,
        Catalogue.Help.slotDiscussion,
        Catalogue.Help.slotPerson,
        Catalogue.Help.slotCity,
        Catalogue.Help.slotDays,
        Catalogue.Help.slotFrom,
        Catalogue.Help.slotTo,
        Catalogue.Help.slotCount,
        Catalogue.Help.newAbstract,
        Catalogue.Help.newDiscussion,
        Catalogue.Help.newText,

        Catalogue.Help.agendaAllDays,
        Catalogue.Help.seriesAbstract2,
        Catalogue.Help.seriesIdArgument,
        Catalogue.Help.seriesTouring,
        Catalogue.Help.seriesFixed,
        Catalogue.Help.reportFormat,
        Catalogue.Help.reportPrint,
        Catalogue.Help.seriesReportAbstract,
        Catalogue.Help.personReportAbstract,
        Catalogue.Help.personMonth,
        Catalogue.Help.holidaysAbstract,
        Catalogue.Help.holidaysListAbstract,
        Catalogue.Help.holidaysFrom,
        Catalogue.Help.holidaysTo,
        Catalogue.Help.holidaysImportAbstract,
        Catalogue.Help.holidaysFile,
        Catalogue.Help.agendaPrint,
        Catalogue.Help.planAbstractReasons,
        Catalogue.Help.planApplyTitle,
        Catalogue.Help.configParityThreshold,
        Catalogue.Help.configPrinter,

    ]

    /// Texts that read the same in both languages on purpose.
    static let sameInBoth: Set<String> = ["Toulouse", "Montpellier", "total", "Description.", "OPTIONS:", "ARGUMENTS:"]

    @Test func everyMessageHasBothLanguages() {
        for (name, m) in Self.members + Self.help.map { ("help", $0) } {
            #expect(!m.fr.trimmingCharacters(in: .whitespaces).isEmpty, "\(name): empty French")
            #expect(!m.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(name): empty English")
            if !Self.sameInBoth.contains(m.en) {
                #expect(m.fr != m.en, "\(name): French and English are the same: \(m.en)")
            }
            #expect(!m.fr.contains("\""), "\(name): French uses « » rather than \"\": \(m.fr)")
        }
    }

    /// Every static member declared in the catalogue files this suite covers is in `members`
    /// or `help` above: a new message cannot skip the check.
    @Test func everyMemberIsEnumerated() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let listed = Set(Self.members.map(\.0))
        let helpSource = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let declaration = try Regex(#"public static (?:func|let|var) ([A-Za-z]+)"#)
        for file in ["Catalogue+Core.swift", "Catalogue+CLI.swift", "Catalogue+Reports.swift", "Catalogue+Help.swift"] {
            let text = try String(contentsOf: root.appendingPathComponent("Sources/PlannerCore/Localization/\(file)"), encoding: .utf8)
            for match in text.matches(of: declaration) {
                let name = String(match.output[1].substring ?? "")
                if name == "parserText" { continue }  // a function of the phrases, not a message
                let known = listed.contains(name) || helpSource.contains("Catalogue.Help.\(name),")
                #expect(known, "\(file): \(name) is not checked by CatalogueTests")
            }
        }
    }

    @Test func frenchPluralsAndElision() {
        #expect(Catalogue.importCounts(read: 1, added: 1, updated: 0, unchanged: 0).fr == "1 événement lu : 1 ajouté, 0 mis à jour, 0 inchangé")
        #expect(Catalogue.importCounts(read: 3, added: 2, updated: 1, unchanged: 0).en == "3 events read: 2 added, 1 updated, 0 unchanged")
        #expect(Catalogue.importCounts(read: 3, added: 2, updated: 0, unchanged: 1).fr == "3 événements lus : 2 ajoutés, 0 mis à jour, 1 inchangé")
        #expect(Catalogue.travelTooShort("Claire", have: 3600, need: 7200, Catalogue.titles(["A", "B"])).fr
            == "Claire n'a qu'une heure pour faire la route (2 h nécessaires) entre « A » et « B »")
        #expect(Catalogue.travelTooShort("Claire", have: 2700, need: 7200, Catalogue.titles(["A", "B"])).fr.contains("n'a que 45 min"))
        #expect(Catalogue.conflictCount(1).fr == "1 conflit :")
        #expect(Catalogue.conflictCount(0).en == "0 conflicts:")
        #expect(Catalogue.confirmReplace(1, path: "p").fr == "Remplacer l'événement de p ? [o/N] ")
        #expect(Catalogue.confirmReplace(2, path: "p").fr == "Remplacer les 2 événements de p ? [o/N] ")
        // reset --empty empties: it does not "replace" (#13).
        #expect(Catalogue.confirmEmpty(83, path: "p").fr == "Supprimer les 83 événements de p ? [o/N] ")
        #expect(Catalogue.confirmEmpty(83, path: "p").en == "Delete the 83 events of p? [y/N] ")
        #expect(Catalogue.confirmEmpty(1, path: "p").fr == "Supprimer l'événement de p ? [o/N] ")
        #expect(Catalogue.confirmEmpty(0, path: "p").fr == "Vider p (aucun événement) ? [o/N] ")
        #expect(Catalogue.holiday("Noël").en == "Christmas Day")
        #expect(Catalogue.invalidChoice("--by", "week", expected: ["quarter", "month"]).fr == "--by « week » invalide : attendu quarter ou month")
    }

    @Test func plannerErrorsRenderInEitherLanguage() {
        let e = PlannerError.invalidValue(Catalogue.unknownOffice("paris"))
        #expect(e.exitCode == 2)
        #expect(e.message(.fr) == "bureau inconnu « paris » : attendu toulouse, montpellier ou joint")
        #expect(e.description == "unknown office \"paris\": expected toulouse, montpellier or joint")
        let f = PlannerError.invalidFile(file: "a.json", line: 4, reason: Catalogue.emptyPersonName)
        #expect(f.exitCode == 65)
        #expect(f.message(.fr) == "a.json:4: nom de personne vide")
        // The older string forms still compile and read the same in both languages.
        #expect(PlannerError.busy("locked").exitCode == 75)
        #expect(PlannerError.unreachable("down").message(.fr) == "down")
    }

    @Test func argumentParserPhrasesInFrench() {
        #expect(Catalogue.Help.parserText("Unknown option '--foo'", .fr) == "option inconnue '--foo'")
        #expect(Catalogue.Help.parserText("Missing value for '--title <title>'", .fr) == "valeur manquante pour '--title <title>'")
        #expect(Catalogue.Help.parserText("USAGE: planner-tui add", .en) == "USAGE: planner-tui add")
    }

    /// No user-visible text outside the catalogue: no language ternary, no `lang == .fr`
    /// outside Localization/, and no literal message given to an error.
    @Test func noTextLeftOutsideTheCatalogue() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources")
        let forbidden = try Regex(#"\bfr \?|== \.fr\b|\.fr \?|(PlannerError\.[a-zA-Z]+|ValidationError)\(""#)
        var offenders: [String] = []
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        for case let url as URL in walker where url.pathExtension == "swift" {
            let path = url.path.replacingOccurrences(of: sources.path + "/", with: "")
            if path.hasPrefix("PlannerCore/Localization/") { continue }
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (i, line) in lines.enumerated() where line.contains(forbidden) {
                offenders.append("\(path):\(i + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offenders.isEmpty, "texts outside the catalogue:\n\(offenders.joined(separator: "\n"))")
    }
}
