import ArgumentParser
import Foundation
import PlannerCore

/// `add`: adds one event (several --city = one event held in several places at once) and
/// prints its uid.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: Catalogue.Help.addAbstract.help)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var fields: EventOptions

    func run() throws {
        let zone = try global.zone()
        let store = try global.openStore()
        // A name that matches nobody becomes a new person, as documented; say so, since a typo
        // ("Sophie Garnie") would otherwise hide the real person's conflicts.
        let first = (try? store.cityIds(fields.cities))?.first
        let home = try store.cities().first { $0.id == first }?.name ?? first ?? ""
        for name in fields.people where try store.person(matching: name) == nil {
            Console.error(Catalogue.cliNewPerson(name, city: home)(global.language))
        }
        let saved = try store.save(fields.draft, for: .new(office: try store.ownOffice() ?? .joint),
                                   zone: zone, today: global.today(), label: .add)
        Console.out(saved.uid + "\n")
    }
}
