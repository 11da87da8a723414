import ArgumentParser
import Foundation
import PlannerCore

/// `slot`: proposes free days for people (and a venue city), the way a coordinator would
/// look for a date for the next committee or workshop.
struct SlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slot", abstract: Catalogue.Help.slotAbstract.help,
        discussion: Catalogue.Help.slotDiscussion.help)

    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("person"), help: .localized(Catalogue.Help.slotPerson)) var people: [String] = []
    @Option(help: .localized(Catalogue.Help.slotCity)) var city: String?
    @Option(help: .localized(Catalogue.Help.slotDays)) var days = 1
    @Option(help: .localized(Catalogue.Help.slotFrom)) var from: String?
    @Option(help: .localized(Catalogue.Help.slotTo)) var to: String?
    @Option(help: .localized(Catalogue.Help.slotCount)) var count = 5
    @Option(help: .localized(Catalogue.Help.textOrJSON)) var format: TextOrJSONFormat = .text

    func validate() throws {
        if people.isEmpty { throw ValidationError(Catalogue.missingRepeatable("--person")) }
        if days < 1 || days > 10 { throw ValidationError(Catalogue.outOfRange("--days", "\(days)", "1", "10")) }
        if count < 1 || count > 100 { throw ValidationError(Catalogue.outOfRange("--count", "\(count)", "1", "100")) }
    }

    func run() throws {
        let zone = try global.zone()
        let today = global.today()
        let start = try from.map { try UserInput.day($0, today: today, option: "--from") } ?? today.adding(days: 1)
        let end = try to.map { try UserInput.day($0, today: today, option: "--to") } ?? start.adding(days: 60)
        guard end > start else { throw PlannerError.invalidValue(Catalogue.mustBeAfter("--to", "--from")) }
        let store = try global.openStore()
        let persons = try people.map { text -> Person in
            guard let p = try store.person(matching: text) else { throw PlannerError.invalidValue(Catalogue.unknownPerson(text)) }
            return p
        }
        let venue = try city.map { try store.cityIds([$0])[0] }
        let slots = try store.freeSlots(people: persons, venue: venue, length: days, from: start, to: end, count: count, zone: zone)
        let lang = global.language
        if format == .json {
            Console.out(JSONValue.object([
                ("people", .strings(persons.map(\.id))),
                ("city", .optional(venue)),
                ("slots", .array(slots.map { .object([("start", .string($0.first.description)), ("days", .int($0.days)), ("travelKm", .int($0.travelKm))]) })),
            ]).serialized(indent: 2) + "\n")
            return
        }
        if slots.isEmpty {
            Console.out(Catalogue.noFreeDay(from: "\(start)", to: "\(end)")(lang) + "\n")
            return
        }
        for s in slots {
            var line = "  " + CalendarNames.dayHeading(s.first, lang, year: true)
            if s.days > 1 { line += Catalogue.slotDays(s.days)(lang) }
            if venue != nil { line += Catalogue.slotDriving(s.travelKm)(lang) }
            Console.out(line + "\n")
        }
    }
}
