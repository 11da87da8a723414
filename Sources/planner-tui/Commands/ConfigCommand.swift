import ArgumentParser
import Foundation
import PlannerCore

/// `config`: shows this database's settings, or sets its own office.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "config", abstract: "Show or set this database's own office.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "This database's own office: toulouse, montpellier or joint.")
    var office: String?

    @Option(name: .customLong("parity-threshold"), help: "Flag a quarter or month whose Toulouse−Montpellier difference exceeds this (default 3).")
    var parityThreshold: String?

    @Option(help: "The CUPS printer for --print and P in the TUI (\"\" for the system default).")
    var printer: String?

    func run() throws {
        let newOffice = try office.map { o in
            guard let v = Office(userText: o) else { throw PlannerError.invalidValue("unknown office \"\(o)\": expected toulouse, montpellier or joint") }
            return v
        }
        let store = try global.openStore()
        if let newOffice { try store.setOwnOffice(newOffice) }
        if let parityThreshold {
            guard let n = Int(parityThreshold), (0...100).contains(n) else {
                throw PlannerError.invalidValue(Catalogue.Cluster.invalidThreshold(parityThreshold)(global.language))
            }
            try store.setSetting(Store.ClusterSetting.parityThreshold, String(n))
        }
        if let printer { try store.setSetting(Store.ClusterSetting.printer, printer.isEmpty ? nil : printer) }
        let fr = global.language == .fr
        let own = try store.ownOffice()
        Console.out("""
            \(fr ? "base" : "database"): \(global.databasePath)
            \(fr ? "bureau" : "office"): \(own?.rawValue ?? (fr ? "non choisi (joint par défaut)" : "not set (joint by default)"))
            \(fr ? "événements" : "events"): \(try store.eventCount())
            \(Catalogue.Cluster.parityThresholdLine(try store.parityThreshold())(global.language))
            \(Catalogue.Cluster.printerSet(try store.printerName())(global.language))

            """)
    }
}
