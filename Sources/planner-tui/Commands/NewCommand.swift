// `new "TEXT"`: quick add from one line of French or English (PlannerCore's QuickAdd), as
// khal's `new`; prints what it understood on stderr and the new event's uid on stdout.
import ArgumentParser
import Foundation
import PlannerCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: Catalogue.Help.newAbstract.help,
        discussion: Catalogue.Help.newDiscussion.help
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: .localized(Catalogue.Help.newText))
    var text: [String]

    func run() throws {
        let zone = try global.zone()
        let store = try global.openStore()
        var names = QuickAdd.Names(cities: [:], people: [:])
        for c in try store.cities() { names.cities[c.id] = c.name }
        for p in try store.people() { names.people[p.id] = p.name }
        let parsed = try QuickAdd.parse(text.joined(separator: " "), today: global.today(), names: names)
        let saved = try store.save(parsed.draft, for: .new(office: try store.ownOffice() ?? .joint), zone: zone, today: global.today(), label: .add)
        Console.error(parsed.summary(global.language, names: names))
        Console.out(saved.uid + "\n")
    }
}
