import ArgumentParser
import Foundation
import PlannerCore

/// `check`: lists conflicts among placed events (people double-booked, travel too short,
/// two big events in one city on one day, events on public holidays); exit 1 if any.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: Catalogue.Help.checkAbstract.help)

    @OptionGroup var global: GlobalOptions
    @Option(help: .localized(Catalogue.Help.checkFrom)) var from: String?
    @Option(help: .localized(Catalogue.Help.checkTo)) var to: String?
    @Option(help: .localized(Catalogue.Help.textOrJSON)) var format: TextOrJSONFormat = .text

    func run() throws {
        let zone = try global.zone()
        let today = global.today()
        let fromDay = try from.map { try UserInput.day($0, today: today, option: "--from") }
        let toDay = try to.map { try UserInput.day($0, today: today, option: "--to") }
        let store = try global.openStore()
        // By default: from the first event to the last end of single events, recurring events
        // up to two years from today (said on standard error when it cuts a series short).
        guard let range = try store.defaultCheckRange(today: today, zone: zone) else {
            Console.out(format == .json ? "{\n  \"conflicts\": []\n}\n" : Catalogue.noConflicts(global.language) + "\n")
            return
        }
        let start = fromDay ?? range.from
        let end = toDay ?? max(range.to, start.adding(days: 1))
        guard end > start else { throw PlannerError.invalidValue(Catalogue.mustBeAfter("--to", "--from")) }
        let found = try store.check(from: start, to: end, zone: zone)
        let conflicts = found.conflicts, warnings = found.warnings
        if toDay == nil && range.recurringCut && format != .json {
            Console.errorText(Catalogue.Perf.recurringCheckedUntil(end.adding(days: -1))(global.language) + "\n")
        }
        let copies = try store.conflictCopies()
        var names: [String: String] = [:]
        for c in try store.cities() { names[c.id] = c.name }
        for p in try store.people() { names[p.id] = p.name }
        let lang = global.language
        if format == .json {
            let items: [JSONValue] = conflicts.map { c in
                .object([
                    ("kind", .string(c.kind.rawValue)),
                    ("day", .string(c.day.description)),
                    ("uids", .strings(c.uids)),
                    ("titles", .strings(c.titles)),
                    ("person", .optional(c.person)),
                    ("city", .optional(c.city)),
                    ("message", .string(c.message(lang, names: names))),
                ])
            }
            let soft: [JSONValue] = warnings.map { w in
                .object([("kind", .string("school-holiday")), ("day", .string(w.day.description)), ("uids", .strings([w.uid])),
                         ("titles", .strings([w.title])), ("holiday", .string(w.holiday)), ("message", .string(w.message(lang)))])
            }
            let copyItems: [JSONValue] = copies.map { .object([("uid", .string($0.copy.uid)), ("title", .string($0.copy.title)), ("originalUid", .string($0.originalUid))]) }
            Console.out(JSONValue.object([("conflicts", .array(items)), ("warnings", .array(soft)), ("conflictCopies", .array(copyItems))]).serialized(indent: 2) + "\n")
        } else if conflicts.isEmpty && copies.isEmpty {
            Console.out(Catalogue.noConflicts(lang) + "\n")
        } else if conflicts.isEmpty {
            Console.out(SyncCopiesText.lines(copies, lang))
        } else {
            var out = Catalogue.conflictCount(conflicts.count)(lang) + "\n"
            for c in conflicts {
                out += "  \(CalendarNames.dayHeading(c.day, lang, year: true))  \(c.message(lang, names: names))\n"
            }
            Console.out(out + SyncCopiesText.lines(copies, lang))
        }
        if format != .json && !warnings.isEmpty {
            var out = Catalogue.Cluster.warningsHeading(warnings.count)(lang) + "\n"
            for w in warnings { out += "  \(CalendarNames.dayHeading(w.day, lang, year: true))  \(w.message(lang))\n" }
            Console.out(out)
        }
        if !conflicts.isEmpty || !copies.isEmpty { throw ExitCode(1) }
    }
}
