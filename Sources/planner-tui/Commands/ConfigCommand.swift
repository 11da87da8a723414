import ArgumentParser
import Foundation
import PlannerCore

/// `config`: shows this database's settings, or sets its own office.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "config", abstract: "Show or set this database's own office.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "This database's own office: toulouse, montpellier or joint.")
    var office: String?

    func run() throws {
        let newOffice = try office.map { o in
            guard let v = Office(userText: o) else { throw PlannerError.invalidValue("unknown office \"\(o)\": expected toulouse, montpellier or joint") }
            return v
        }
        let store = try global.openStore()
        if let newOffice { try store.setOwnOffice(newOffice) }
        let fr = global.language == .fr
        let own = try store.ownOffice()
        Console.out("""
            \(fr ? "base" : "database"): \(global.databasePath)
            \(fr ? "bureau" : "office"): \(own?.rawValue ?? (fr ? "non choisi (joint par défaut)" : "not set (joint by default)"))
            \(fr ? "événements" : "events"): \(try store.eventCount())

            """)
    }
}
