import ArgumentParser
import Foundation
import PlannerCore

/// `series ID --touring | --fixed-venue`: whether a series tours the region (only tours have
/// cities "not visited yet" and a proposed next stop in `report series` and the tour panel).
struct SeriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "series", abstract: Catalogue.Help.seriesAbstract2.help)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(Catalogue.Help.seriesIdArgument)) var id: String
    @Flag(help: .localized(Catalogue.Help.seriesTouring)) var touring = false
    @Flag(name: .customLong("fixed-venue"), help: .localized(Catalogue.Help.seriesFixed)) var fixedVenue = false

    func validate() throws {
        if touring == fixedVenue { throw ValidationError(Catalogue.expectedOneOf("--touring", "--fixed-venue")) }
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
