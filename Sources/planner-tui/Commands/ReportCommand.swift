import ArgumentParser
import Foundation
import PlannerCore

/// `report parity|series|person`: the balance between the two cities, series as tours, and
/// one person's itinerary with the road between events.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Parity, series and itinerary reports.",
        subcommands: [ParityReportCommand.self, SeriesReportCommand.self, PersonReportCommand.self])
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

struct ParityReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parity", abstract: "Events per city side and per office, by quarter or month.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Year (default: the current one).") var year: Int?
    @Option(help: "quarter or month.") var by: String = "quarter"
    @Option(help: "text or json.") var format: ReportFormat = .text

    func run() throws {
        guard let grouping = ParityReport.Grouping(rawValue: by) else {
            throw PlannerError.invalidValue("invalid --by \"\(by)\": expected quarter or month")
        }
        let y = year ?? global.today().year
        guard (1900...9999).contains(y) else { throw PlannerError.invalidValue("invalid --year \(y)") }
        let zone = try global.zone()
        let store = try global.openStore()
        let occ = try store.occurrences(from: LocalDate(year: y, month: 1, day: 1).startInstant(in: zone),
                                        to: LocalDate(year: y + 1, month: 1, day: 1).startInstant(in: zone))
        let report = ParityReport(year: y, grouping: grouping, occurrences: occ, zone: zone)
        Console.out(format == .json ? report.json.serialized(indent: 2) + "\n" : report.text(global.language))
    }
}

struct SeriesReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "series", abstract: "Each series as a tour: stops, gaps, cities not visited.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A series id or name (default: every series).") var id: String?
    @Option(help: "text or json.") var format: ReportFormat = .text

    func run() throws {
        let store = try global.openStore()
        var all = try store.series()
        if let id {
            let key = id.foldedForSearch
            all = all.filter { $0.id.foldedForSearch == key || $0.name.foldedForSearch == key }
            if all.isEmpty { throw PlannerError.notFound("no series \"\(id)\"") }
        }
        let events = try store.allEvents()
        let cities = try store.cities()
        let names = Dictionary(uniqueKeysWithValues: cities.map { ($0.id, $0.name) })
        let reports = all.map { SeriesReport(series: $0, events: events, allCities: cities, zone: (try? global.zone()) ?? .current) }
        if format == .json {
            Console.out(JSONValue.object([("series", .array(reports.map { $0.json(cityNames: names) }))]).serialized(indent: 2) + "\n")
        } else {
            Console.out(reports.map { $0.text(global.language, cityNames: names) }.joined(separator: "\n"))
        }
    }
}

struct PersonReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "person", abstract: "One person's itinerary: events, cities, travel between them.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A person's id or name.") var person: String
    @Option(help: "An ISO week (2026-W48) or a day in it.") var week: String?
    @Option(help: "First day.") var from: String?
    @Option(help: "Day after the last one (exclusive).") var to: String?
    @Option(help: "text or json.") var format: ReportFormat = .text

    func run() throws {
        let today = global.today()
        let zone = try global.zone()
        let start: LocalDate, end: LocalDate
        if let week {
            let w = try UserInput.week(week, today: today)
            (start, end) = (w.monday, w.monday.adding(days: 7))
        } else {
            start = try from.map { try UserInput.day($0, today: today, option: "--from") } ?? today.mondayOfWeek
            end = try to.map { try UserInput.day($0, today: today, option: "--to") } ?? start.adding(days: 7)
            guard end > start else { throw PlannerError.invalidValue("--to must be after --from") }
        }
        let store = try global.openStore()
        guard let p = try store.person(matching: person) else { throw PlannerError.notFound("unknown person \"\(person)\"") }
        let occ = try store.occurrences(from: start.startInstant(in: zone), to: end.startInstant(in: zone))
        let itinerary = PersonItinerary(person: p, occurrences: occ, travel: RoadTravel(distances: try store.distances()))
        let ctx = try global.context(store: store, from: start, to: end, color: false)
        Console.out(format == .json ? itinerary.json(context: ctx).serialized(indent: 2) + "\n" : itinerary.text(context: ctx))
    }
}
