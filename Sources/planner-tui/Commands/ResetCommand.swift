import ArgumentParser
import Foundation
import PlannerCore

/// `reset --empty` / `reset --sample`: empties the database of events or restores the
/// sample season. Asks for confirmation on a terminal.
struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reset", abstract: Catalogue.Help.resetAbstract.help)

    @OptionGroup var global: GlobalOptions

    @Flag(help: .localized(Catalogue.Help.resetEmpty))
    var empty = false

    @Flag(help: .localized(Catalogue.Help.resetSample))
    var sample = false

    @Flag(name: .shortAndLong, help: .localized(Catalogue.Help.resetYes))
    var yes = false

    func validate() throws {
        if empty == sample { throw ValidationError(Catalogue.chooseOne("--empty", "--sample")) }
    }

    func run() throws {
        let store = try global.openStore()
        let lang = global.language
        if !yes && Console.stdinIsTerminal {
            let n = try store.eventCount()
            let question = empty ? Catalogue.confirmEmpty(n, path: global.databasePath) : Catalogue.confirmReplace(n, path: global.databasePath)
            Console.out(question(lang))
            let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard ["o", "oui", "y", "yes"].contains(answer) else {
                Console.out(Catalogue.nothingChanged(lang) + "\n")
                return
            }
        }
        if empty { try store.resetEmpty() } else { try store.resetSample() }
        Console.out(Catalogue.eventCount(try store.eventCount())(lang) + "\n")
    }
}
