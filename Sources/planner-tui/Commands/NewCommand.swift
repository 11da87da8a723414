// `new "TEXT"`: quick add from one line of French or English (PlannerCore's QuickAdd), as
// khal's `new`; prints what it understood on stderr and the new event's uid on stdout.
import ArgumentParser
import Foundation
import PlannerCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Quick add from one line: \"mardi 12h-13h30 Castres Atelier RGPD avec Claire Martin\"; prints what it understood and the uid.",
        discussion: "Day: a weekday name (the next one, today included), demain/tomorrow, aujourd'hui/today or 2026-12-03 (default today). Time: 12h, 12h30, 9:00, 12h-13h30 (one hour when no end; all day without a time). A known city, then avec/with and known people; the other words are the title."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The event in words, e.g. \"demain 9h Albi Comité de pilotage avec Karim Benali\".")
    var text: [String]

    func run() throws {
        let zone = try global.zone()
        let store = try global.openStore()
        var names = QuickAdd.Names(cities: [:], people: [:])
        for c in try store.cities() { names.cities[c.id] = c.name }
        for p in try store.people() { names.people[p.id] = p.name }
        let parsed = try QuickAdd.parse(text.joined(separator: " "), today: global.today(), names: names)
        let event = parsed.event(zone: zone, office: try store.ownOffice() ?? .joint, now: Date())
        let saved = try store.save(event, people: nil, series: nil, label: "add")
        Console.error(parsed.summary(global.language, names: names))
        Console.out(saved.uid + "\n")
    }
}
