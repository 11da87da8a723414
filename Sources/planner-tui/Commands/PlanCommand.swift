import ArgumentParser
import Foundation
import PlannerCore

/// `plan [--apply]`: places the database's unplaced events with the scheduler, around what is
/// already in the calendar. Without --apply it only prints the proposal.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plan", abstract: "Place the unplaced events (candidate cities and a window).")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Write the placements (one transaction).") var apply = false
    @Option(name: .customLong("time-limit"), help: "Seconds to search at most (default 5).") var timeLimit: Double = 5
    @Option(help: "Random seed.") var seed: UInt64 = 1

    func run() throws {
        let zone = try global.zone()
        let store = try global.openStore()
        let fr = global.language == .fr
        let plan = DatabasePlan(store: store, zone: zone)
        switch try plan.propose(options: ScheduleOptions(timeLimit: timeLimit, seed: seed)) {
        case .failure(let report):
            Console.out((fr ? "Aucun placement possible :\n" : "No placement possible:\n") + report.clashes.map { "  \($0.detail)" }.joined(separator: "\n") + "\n")
            throw ExitCode(1)
        case .success(let proposals):
            if proposals.isEmpty {
                Console.out(fr ? "Aucun événement à placer.\n" : "Nothing to place.\n")
                return
            }
            let names = Dictionary(uniqueKeysWithValues: try store.cities().map { ($0.id, $0.name) })
            for p in proposals {
                Console.out("  \(p.event.title) → \(CalendarNames.dayHeading(p.day, global.language, year: true)), \(names[p.city] ?? p.city)\n")
            }
            if apply {
                try store.save(proposals.map { DatabasePlan.placed($0, zone: zone) }, label: "plan")
                Console.out(fr ? "\(proposals.count) événement(s) placé(s).\n" : "\(proposals.count) event(s) placed.\n")
            } else {
                Console.out(fr ? "(proposition : --apply pour l'enregistrer)\n" : "(proposal: --apply to save it)\n")
            }
        }
    }
}
