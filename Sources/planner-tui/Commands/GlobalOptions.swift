import ArgumentParser
import Foundation
import PlannerCore

/// Options every subcommand takes (CONTRACT.md): the database, the language, the zone.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database (default $PLANNER_DB, else $XDG_DATA_HOME/planner/planner.sqlite).")
    var db: String?

    @Option(name: .long, help: "Language of text output: fr or en (default from LC_ALL, LC_TIME, LANG).")
    var lang: String?

    @Option(name: .long, help: "Display time zone (default Europe/Paris).")
    var tz: String?

    @Flag(name: .customLong("no-sample"), help: "When the database is created, leave the sample season out.")
    var noSample = false

    func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError("invalid --lang \"\(lang)\": expected fr or en")
        }
        if let tz, TimeZone(identifier: tz) == nil {
            throw ValidationError("unknown time zone \"\(tz)\" for --tz")
        }
    }

    var language: Language {
        lang.flatMap { Language(rawValue: $0.lowercased()) } ?? Language.fromEnvironment()
    }

    func zone() throws -> TimeZone {
        let id = tz ?? "Europe/Paris"
        guard let z = TimeZone(identifier: id) else { throw PlannerError.invalidValue("unknown time zone \"\(id)\"") }
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
