import ArgumentParser
import Foundation
import PlannerCore

/// `reset --empty` / `reset --sample`: empties the database of events or restores the
/// sample season. Asks for confirmation on a terminal.
struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reset", abstract: "Remove every event (--empty) or restore the sample season (--sample).")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Remove every event; cities, people and holidays stay.")
    var empty = false

    @Flag(help: "Replace every event by the sample 2026–27 season.")
    var sample = false

    @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
    var yes = false

    func validate() throws {
        if empty == sample { throw ValidationError("choose one of --empty or --sample") }
    }

    func run() throws {
        let store = try global.openStore()
        let fr = global.language == .fr
        if !yes && Console.stdinIsTerminal {
            let n = try store.eventCount()
            Console.out(fr ? "Remplacer les \(n) événements de \(global.databasePath) ? [o/N] "
                           : "Replace the \(n) events of \(global.databasePath)? [y/N] ")
            let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard ["o", "oui", "y", "yes"].contains(answer) else {
                Console.out(fr ? "Rien n'a été modifié.\n" : "Nothing was changed.\n")
                return
            }
        }
        if empty { try store.resetEmpty() } else { try store.resetSample() }
        Console.out(fr ? "\(try store.eventCount()) événements.\n" : "\(try store.eventCount()) events.\n")
    }
}
