import ArgumentParser
import Foundation
import PlannerCore

/// `series ID --touring | --fixed-venue`: whether a series tours the region (only tours have
/// cities "not visited yet" and a proposed next stop in `report series` and the tour panel).
struct SeriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "series", abstract: "Mark a series as a tour or as held in one place.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A series id or name.") var id: String
    @Flag(help: "The series tours the region (Green IT Day).") var touring = false
    @Flag(name: .customLong("fixed-venue"), help: "The series is held in one place (Factory e-santé).") var fixedVenue = false

    func validate() throws {
        if touring == fixedVenue { throw ValidationError("expected one of --touring or --fixed-venue") }
    }

    func run() throws {
        let store = try global.openStore()
        let lang = global.language
        let key = id.foldedForSearch
        guard let s = try store.series().first(where: { $0.id.foldedForSearch == key || $0.name.foldedForSearch == key }) else {
            throw PlannerError.notFound(Catalogue.Cluster.unknownSeries(id)(lang))
        }
        try store.setSeriesTouring(s.id, touring)
        Console.out(Catalogue.Cluster.seriesTouringSet(s.name, touring: touring)(lang) + "\n")
    }
}
