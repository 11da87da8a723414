import ArgumentParser
import Foundation
import PlannerCore

/// `slot`: proposes free days for people (and a venue city), the way a coordinator would
/// look for a date for the next committee or workshop.
struct SlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slot", abstract: "Propose free days for people (and a venue city).",
        discussion: "A free day is a workday, not a public holiday, with no event for any of the people, and with a free day between it and any event of theirs more than 150 km from the venue.")

    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("person"), help: "A person (id or name); repeatable.") var people: [String] = []
    @Option(help: "The venue city.") var city: String?
    @Option(help: "Length of the event in consecutive workdays (default 1).") var days = 1
    @Option(help: "First day to consider (default tomorrow).") var from: String?
    @Option(help: "Day after the last one to consider (default: 60 days after --from).") var to: String?
    @Option(help: "How many proposals (default 5).") var count = 5
    @Option(help: "text or json.") var format: ReportFormat = .text

    func validate() throws {
        if people.isEmpty { throw ValidationError("missing --person (at least one)") }
        if days < 1 || days > 10 { throw ValidationError("invalid --days \(days): expected 1 to 10") }
        if count < 1 || count > 100 { throw ValidationError("invalid --count \(count): expected 1 to 100") }
    }

    func run() throws {
        let zone = try global.zone()
        let today = global.today()
        let start = try from.map { try UserInput.day($0, today: today, option: "--from") } ?? today.adding(days: 1)
        let end = try to.map { try UserInput.day($0, today: today, option: "--to") } ?? start.adding(days: 60)
        guard end > start else { throw PlannerError.invalidValue("--to must be after --from") }
        let store = try global.openStore()
        let persons = try people.map { text -> Person in
            guard let p = try store.person(matching: text) else { throw PlannerError.invalidValue("unknown person \"\(text)\"") }
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
            Console.out(lang == .fr ? "Aucun jour libre entre le \(start) et le \(end).\n" : "No free day between \(start) and \(end).\n")
            return
        }
        for s in slots {
            var line = "  " + CalendarNames.dayHeading(s.first, lang, year: true)
            if s.days > 1 { line += lang == .fr ? " (\(s.days) jours)" : " (\(s.days) days)" }
            if venue != nil { line += lang == .fr ? " — \(s.travelKm) km de route au total" : " — \(s.travelKm) km of driving in all" }
            Console.out(line + "\n")
        }
    }
}
