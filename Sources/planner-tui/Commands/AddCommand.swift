import ArgumentParser
import Foundation
import PlannerCore

/// `add`: adds one event (several --city = one event held in several places at once) and
/// prints its uid.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: Catalogue.Help.addAbstract.help)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var fields: EventOptions

    func validate() throws {
        if fields.title == nil { throw ValidationError(Catalogue.missingOption("--title")) }
        if fields.start == nil { throw ValidationError(Catalogue.missingOption("--start")) }
        if fields.cities.isEmpty { throw ValidationError(Catalogue.missingRepeatable("--city")) }
    }

    func run() throws {
        let zone = try global.zone()
        // Parse every value before opening the database, so bad input creates nothing.
        let (start, end, allDay) = try fields.timing(zone: zone, today: global.today(), current: nil)
        let office = try fields.parsedOffice()
        let kind = try fields.parsedKind() ?? .meeting
        let audience = try fields.parsedAudience() ?? .regional
        if let rule = fields.rrule { _ = try EventEditing.validatedRule(rule) }
        let store = try global.openStore()
        let cities = try store.cityIds(fields.cities)
        let now = Date()
        let event = Event(title: fields.title!.trimmingCharacters(in: .whitespacesAndNewlines),
                          description: fields.description ?? "", start: start, end: end, allDay: allDay,
                          timeZone: zone.identifier, cities: cities, office: try office ?? store.ownOffice() ?? .joint,
                          kind: kind, audience: audience, rrule: fields.rrule.map(EventEditing.normalizedRule),
                          big: fields.big, created: now, lastModified: now)
        // A name that matches nobody becomes a new person, as documented; say so, since a typo
        // ("Sophie Garnie") would otherwise hide the real person's conflicts.
        let home = try store.cities().first { $0.id == cities.first }?.name ?? cities.first ?? ""
        for name in fields.people where try store.person(matching: name) == nil {
            Console.error(Catalogue.cliNewPerson(name, city: home)(global.language))
        }
        let saved = try store.save(event, people: fields.people, series: fields.series, label: "add")
        Console.out(saved.uid + "\n")
    }
}
