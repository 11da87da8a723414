import ArgumentParser
import Foundation
import PlannerCore

/// Options every subcommand takes (CONTRACT.md): the database, the language, the zone.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: .localized(Catalogue.Help.db))
    var db: String?

    @Option(name: .long, help: .localized(Catalogue.Help.lang))
    var lang: String?

    @Option(name: .long, help: .localized(Catalogue.Help.tz))
    var tz: String?

    @Flag(name: .customLong("no-sample"), help: .localized(Catalogue.Help.noSample))
    var noSample = false

    func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError(Catalogue.invalidChoice("--lang", lang, expected: ["fr", "en"]))
        }
        if let tz, TimeZone(identifier: tz) == nil {
            throw ValidationError(Catalogue.unknownZone(tz))
        }
    }

    var language: Language {
        lang.flatMap { Language(rawValue: $0.lowercased()) } ?? Language.fromEnvironment()
    }

    func zone() throws -> TimeZone {
        let id = tz ?? "Europe/Paris"
        guard let z = TimeZone(identifier: id) else { throw PlannerError.invalidValue(Catalogue.unknownZone(id)) }
        return z
    }

    func today() -> LocalDate { UserInput.today(in: (try? zone()) ?? TimeZone(identifier: "Europe/Paris")!) }

    /// `--db`, else `$PLANNER_DB`, else `$XDG_DATA_HOME/planner/planner.sqlite`, else
    /// `~/.local/share/planner/planner.sqlite`.
    var databasePath: String {
        let env = ProcessInfo.processInfo.environment
        if let db, !db.isEmpty { return db }
        if let p = env["PLANNER_DB"], !p.isEmpty { return p }
        if let x = env["XDG_DATA_HOME"], !x.isEmpty { return x + "/planner/planner.sqlite" }
        let home = env["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/planner/planner.sqlite"
    }

    func openStore() throws -> Store {
        try Store(path: databasePath, sample: !noSample)
    }

    func context(store: Store, from: LocalDate, to: LocalDate, color: Bool) throws -> AgendaContext {
        try store.agendaContext(lang: language, zone: try zone(), from: from, to: to, color: color)
    }
}
