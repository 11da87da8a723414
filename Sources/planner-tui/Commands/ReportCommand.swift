import ArgumentParser
import Foundation
import PlannerCore

/// `report parity|series|person`: the balance between the two cities, series as tours, and
/// one person's itinerary with the road between events; each as text, JSON or one A4 HTML
/// page, and `--print` for paper (PrintCommandSupport).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: Catalogue.Help.reportAbstract.help,
        subcommands: [ParityReportCommand.self, SeriesReportCommand.self, PersonReportCommand.self])
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case text, json, html }
/// The formats of commands that have no HTML rendering (`check`, `slot`): html is refused.
enum TextOrJSONFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

struct ParityReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parity", abstract: Catalogue.Help.parityAbstract.help)

    @OptionGroup var global: GlobalOptions
    @Option(help: .localized(Catalogue.Help.parityYear)) var year: Int?
    @Option(help: .localized(Catalogue.Help.parityBy)) var by: String = "quarter"
    @Option(help: .localized(Catalogue.Help.reportFormat)) var format: ReportFormat = .text
    @Flag(help: .localized(Catalogue.Help.reportPrint)) var print = false

    func run() throws {
        guard let grouping = ParityReport.Grouping(rawValue: by) else {
            throw PlannerError.invalidValue(Catalogue.invalidChoice("--by", by, expected: ["quarter", "month"]))
        }
        let y = year ?? global.today().year
        guard (1900...9999).contains(y) else { throw PlannerError.invalidValue(Catalogue.invalidOption("--year", "\(y)")) }
        let store = try global.openStore()
        let lang = global.language
        let report = try store.parityReport(year: y, grouping: grouping, zone: try global.zone(), today: global.today())
        if print {
            try PrintSupport.print(text: report.text(lang), html: report.html(lang), name: "parite-\(y)-\(grouping.rawValue)",
                                   title: report.title(lang), store: store, lang: lang)
            return
        }
        switch format {
        case .json: Console.out(report.json.serialized(indent: 2) + "\n")
        case .text: Console.out(report.text(lang))
        case .html: Console.out(report.html(lang))
        }
    }
}

struct SeriesReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "series", abstract: Catalogue.Help.seriesReportAbstract.help)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(Catalogue.Help.seriesId)) var id: String?
    @Option(help: .localized(Catalogue.Help.reportFormat)) var format: ReportFormat = .text
    @Flag(help: .localized(Catalogue.Help.reportPrint)) var print = false

    func run() throws {
        let store = try global.openStore()
        let lang = global.language
        var all = try store.series()
        if let id {
            let key = id.foldedForSearch
            all = all.filter { $0.id.foldedForSearch == key || $0.name.foldedForSearch == key }
            if all.isEmpty { throw PlannerError.notFound(Catalogue.Cluster.unknownSeries(id)(lang)) }
        }
        let zone = try global.zone()
        let names = Dictionary(uniqueKeysWithValues: try store.cities().map { ($0.id, $0.name) })
        let reports = try all.map { try store.seriesReport($0, zone: zone, today: global.today()) }
        let text = reports.map { $0.text(lang, cityNames: names) }.joined(separator: "\n")
        if print {
            // One page per series: the HTML of the first when one is named, else all joined.
            let html = reports.count == 1 ? reports[0].html(lang, cityNames: names) : reports.map { $0.html(lang, cityNames: names) }.joined()
            try PrintSupport.print(text: text, html: html, name: "tournee-\(id.map { _ in all[0].id } ?? "toutes")",
                                   title: all.count == 1 ? all[0].name : Catalogue.Cluster.allSeries(lang), store: store, lang: lang)
            return
        }
        switch format {
        case .json: Console.out(JSONValue.object([("series", .array(reports.map { $0.json(cityNames: names) }))]).serialized(indent: 2) + "\n")
        case .text: Console.out(text)
        case .html: Console.out(reports.map { $0.html(lang, cityNames: names) }.joined())
        }
    }
}

struct PersonReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "person", abstract: Catalogue.Help.personReportAbstract.help)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(Catalogue.Help.personArgument)) var person: String
    @Option(help: .localized(Catalogue.Help.personWeek)) var week: String?
    @Option(help: .localized(Catalogue.Help.personMonth)) var month: String?
    @Option(help: .localized(Catalogue.Help.firstDay)) var from: String?
    @Option(help: .localized(Catalogue.Help.dayAfterLast)) var to: String?
    @Option(help: .localized(Catalogue.Help.reportFormat)) var format: ReportFormat = .text
    @Flag(help: .localized(Catalogue.Help.reportPrint)) var print = false

    func run() throws {
        let today = global.today()
        let zone = try global.zone()
        let lang = global.language
        let start: LocalDate, end: LocalDate
        if let week {
            let w = try UserInput.week(week, today: today)
            (start, end) = (w.monday, w.monday.adding(days: 7))
        } else if let month {
            let text = month.count == 7 ? month + "-01" : month
            let d = try UserInput.day(text, today: today, option: "--month")
            (start, end) = (d.firstOfMonth, d.firstOfMonth.adding(days: 32).firstOfMonth)
        } else {
            start = try from.map { try UserInput.day($0, today: today, option: "--from") } ?? today.mondayOfWeek
            end = try to.map { try UserInput.day($0, today: today, option: "--to") } ?? start.adding(days: 7)
            guard end > start else { throw PlannerError.invalidValue(Catalogue.mustBeAfter("--to", "--from")) }
        }
        let store = try global.openStore()
        guard let p = try store.person(matching: person) else { throw PlannerError.notFound(Catalogue.Cluster.unknownPerson(person)(lang)) }
        let itinerary = try store.itinerary(person: p, from: start, to: end, zone: zone)
        let ctx = try global.context(store: store, from: start, to: end, color: false)
        if print {
            try PrintSupport.print(text: itinerary.text(context: ctx), html: itinerary.html(context: ctx), name: "itineraire-\(p.id)-\(start)",
                                   title: itinerary.title(ctx), store: store, lang: lang)
            return
        }
        switch format {
        case .json: Console.out(itinerary.json(context: ctx).serialized(indent: 2) + "\n")
        case .text: Console.out(itinerary.text(context: ctx))
        case .html: Console.out(itinerary.html(context: ctx))
        }
    }
}

/// `--print` on the command line: the files go to `$PLANNER_PRINT_DIR` (else the current
/// folder), then to the printer when CUPS is there; one line says where.
enum PrintSupport {
    static func directory(_ env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        env["PLANNER_PRINT_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.currentDirectoryPath
    }

    static func print(text: String, html: String, name: String, title: String, store: Store, lang: Language) throws {
        let base = (directory() as NSString).appendingPathComponent(name)
        let outcome = try Printer(printerName: try store.printerName()).print(text: text, html: html, base: base, title: title, lang: lang)
        Console.out(outcome.message(lang) + "\n")
    }
}
