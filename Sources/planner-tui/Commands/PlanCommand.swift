import ArgumentParser
import Foundation
import PlannerCore

/// `plan [--apply]`: places the database's unplaced events with the scheduler, around what is
/// already in the calendar, and says why: for each event the chosen day and city, the rules
/// met, the runner-up and why it lost; for each one that cannot be placed, the blocking rule.
/// Without --apply it only prints the proposal.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plan", abstract: Catalogue.Help.planAbstractReasons.help)

    @OptionGroup var global: GlobalOptions
    @Flag(help: .localized(Catalogue.Help.planApplyTitle)) var apply = false
    @Option(name: .customLong("time-limit"), help: .localized(Catalogue.Help.planTimeLimit)) var timeLimit: Double = 5
    @Option(help: .localized(Catalogue.Help.planSeed)) var seed: UInt64 = 1

    func run() throws {
        let zone = try global.zone()
        let store = try global.openStore()
        let lang = global.language
        let c = Catalogue.Cluster.self
        let cityNames = Dictionary(uniqueKeysWithValues: try store.cities().map { ($0.id, $0.name) })
        let personNames = Dictionary(uniqueKeysWithValues: try store.people().map { ($0.id, $0.name) })
        let outcome = try DatabasePlan(store: store, zone: zone).plan(options: ScheduleOptions(timeLimit: timeLimit, seed: seed))
        if let report = outcome.report {
            var out = c.noPlacement(lang) + "\n"
            for ex in outcome.blocked { out += ex.lines(lang, cityNames: cityNames, personNames: personNames).map { "  " + $0 + "\n" }.joined() }
            if outcome.blocked.isEmpty { out += report.clashes.map { "  \($0.detail(lang))\n" }.joined() }
            Console.out(out)
            throw ExitCode(1)
        }
        if outcome.proposals.isEmpty {
            Console.out(c.nothingToPlace(lang) + "\n")
            return
        }
        var out = ""
        for p in outcome.proposals {
            out += (p.explanation?.lines(lang, cityNames: cityNames, personNames: personNames)
                ?? [c.planChosen(p.event.title, day: CalendarNames.dayHeading(p.day, lang, year: true), city: cityNames[p.city] ?? p.city)(lang)])
                .map { "  " + $0 + "\n" }.joined()
        }
        Console.out(out)
        if apply {
            try store.save(outcome.proposals.map { DatabasePlan.placed($0, zone: zone, cityNames: cityNames) }, label: .plan)
            Console.out(c.placedCount(outcome.proposals.count)(lang) + "\n")
        } else {
            Console.out(c.proposalOnly(lang) + "\n")
        }
    }
}
