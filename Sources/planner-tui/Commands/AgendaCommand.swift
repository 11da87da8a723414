import ArgumentParser
import Foundation
import PlannerCore

/// `agenda`: lists occurrences of a week or a range, as text to read or print, JSON for
/// scripts, HTML for a printable page, or iCalendar.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: Catalogue.Help.agendaAbstract.help,
        discussion: Catalogue.Help.agendaDiscussion.help
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, ics, html
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: .localized(Catalogue.Help.agendaWeek))
    var week: String?

    @Option(help: .localized(Catalogue.Help.agendaFrom))
    var from: String?

    @Option(help: .localized(Catalogue.Help.agendaTo))
    var to: String?

    @Option(help: .localized(Catalogue.Help.agendaDays))
    var days: Int?

    @Option(name: .customLong("city"), help: .localized(Catalogue.Help.agendaCity))
    var cities: [String] = []

    @Option(help: .localized(Catalogue.Help.agendaOffice))
    var office: String?

    @Option(help: .localized(Catalogue.Help.agendaKind))
    var kind: String?

    @Option(help: .localized(Catalogue.Help.agendaFormat))
    var format: Format = .text

    @Flag(name: .customLong("all-days"), help: .localized(Catalogue.Help.agendaAllDays))
    var allDays = false

    @Flag(help: .localized(Catalogue.Help.agendaPrint))
    var print = false

    func validate() throws {
        if week != nil && (from != nil || to != nil || days != nil) {
            throw ValidationError(Catalogue.weekNotCombined())
        }
        if to != nil && days != nil { throw ValidationError(Catalogue.notCombined("--to", "--days")) }
        if let days, days < 1 || days > 3660 { throw ValidationError(Catalogue.outOfRange("--days", "\(days)", "1", "3660")) }
    }

    /// The period to list: `[from, to)` in days, and whether it is an ISO week.
    func period(today: LocalDate) throws -> (LocalDate, LocalDate, ISOWeek?) {
        if let week {
            let w = try UserInput.week(week, today: today)
            return (w.monday, w.monday.adding(days: 7), w)
        }
        let start = try from.map { try UserInput.day($0, today: today, option: "--from") } ?? today
        let end: LocalDate
        if let to {
            end = try UserInput.day(to, today: today, option: "--to")
            guard end > start else { throw PlannerError.invalidValue(Catalogue.mustBeAfter("--to \(to)", "--from \(start)")) }
        } else {
            end = start.adding(days: days ?? 7)
        }
        return (start, end, nil)
    }

    func run() throws {
        let zone = try global.zone()
        let (start, end, isoWeek) = try period(today: global.today())
        let store = try global.openStore()
        let filter = AgendaFilter(
            cities: try store.cityIds(cities),
            office: try office.map { o in
                guard let v = Office(userText: o) else { throw PlannerError.invalidValue(Catalogue.unknownOffice(o)) }
                return v
            },
            kind: try kind.map { k in
                guard let v = EventKind(userText: k) else {
                    throw PlannerError.invalidValue(Catalogue.unknownKind(k, known: EventKind.allCases.map(\.rawValue)))
                }
                return v
            })
        if print {
            let w = isoWeek ?? start.isoWeek
            let page = try store.printedWeek(w, lang: global.language, zone: zone, filter: filter)
            try PrintSupport.print(text: page.text, html: page.html, name: "agenda-\(w)", title: CalendarNames.weekHeading(w, global.language),
                                   store: store, lang: global.language)
            return
        }
        let occurrences = try store.occurrences(from: start.startInstant(in: zone), to: end.startInstant(in: zone), filter: filter)
        let color = format == .text && Console.stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let context = try global.context(store: store, from: start, to: end, color: color)
        let every = (0..<start.days(until: end)).map { start.adding(days: $0) }
        // Empty days are skipped in text, as khal and calcurse do; the HTML page and the printed week keep them all.
        var days: [LocalDate] {
            guard format == .text, !allDays else { return every }
            let busy = Set(occurrences.flatMap { context.days(of: $0) })
            let withContent = every.filter { busy.contains($0) || context.holidays[$0] != nil }
            return withContent.isEmpty ? every : withContent
        }
        let heading = isoWeek.map { CalendarNames.weekHeading($0, global.language) }
            ?? CalendarNames.rangePhrase(start, end.adding(days: -1), global.language).capitalizedFirst
        switch format {
        case .json:
            Console.out(bytes: AgendaJSON.bytes(occurrences, from: start, to: end, context: context))
        case .text:
            Console.out(AgendaText.render(occurrences, days: days, heading: heading, context: context))
        case .html:
            Console.out(AgendaHTML.render(occurrences, days: days, heading: heading, context: context))
        case .ics:
            let uids = Set(occurrences.map(\.uid))
            Console.out(try CalendarFiles.ics(store: store, events: try store.allEvents().filter { uids.contains($0.uid) }))
        }
    }
}

extension String {
    /// `du lundi…` → `Du lundi…`.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
