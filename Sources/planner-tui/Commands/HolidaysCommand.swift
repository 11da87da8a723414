import ArgumentParser
import Foundation
import PlannerCore

/// `holidays list` shows the zone C school holidays the planner knows; `holidays import
/// FILE.ics` reads the ministry of Education's iCalendar feed (all or nothing).
struct HolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays", abstract: Catalogue.Help.holidaysAbstract.help,
        subcommands: [HolidaysListCommand.self, HolidaysImportCommand.self], defaultSubcommand: HolidaysListCommand.self)
}

struct HolidaysListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: Catalogue.Help.holidaysListAbstract.help)

    @OptionGroup var global: GlobalOptions
    @Option(help: .localized(Catalogue.Help.holidaysFrom)) var from: String?
    @Option(help: .localized(Catalogue.Help.holidaysTo)) var to: String?

    func run() throws {
        let today = global.today()
        let schoolYearStart = LocalDate(year: today.month >= 9 ? today.year : today.year - 1, month: 9, day: 1)
        let start = try from.map { try UserInput.day($0, today: today, option: "--from") } ?? schoolYearStart
        let end = try to.map { try UserInput.day($0, today: today, option: "--to") } ?? start.adding(days: 365)
        guard end > start else { throw PlannerError.invalidValue(Catalogue.mustBeAfter("--to", "--from")) }
        let store = try global.openStore()
        let lang = global.language
        var out = Catalogue.Cluster.holidaysListHeading(lang) + "\n"
        var table = TextTable(header: [Catalogue.Cluster.period(lang), Catalogue.Cluster.date(lang)], leftColumns: [0, 1])
        for h in try store.schoolHolidays(from: start, to: end) {
            table.rows.append([h.name, Catalogue.Cluster.holidayRange(CalendarNames.rangePhrase(h.first, h.lastDay, lang),
                                                                     resume: CalendarNames.dayHeading(h.resume, lang, year: true))(lang)])
        }
        out += table.render()
        Console.out(out)
    }
}

struct HolidaysImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: Catalogue.Help.holidaysImportAbstract.help)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(Catalogue.Help.holidaysFile)) var file: String

    func run() throws {
        let lang = global.language
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw PlannerError.invalidFile(file: file, line: nil, reason: Catalogue.Cluster.cannotRead(file, (error as NSError).localizedDescription)(lang))
        }
        let feed = try SchoolHolidayFeed.parse(data, file: file, lang: lang)
        let store = try global.openStore()
        let added = try store.importSchoolHolidays(feed.periods)
        Console.out(Catalogue.Cluster.feedImported(feed.periods.count, new: added, file: file, otherZones: feed.otherZones)(lang) + "\n")
    }
}
