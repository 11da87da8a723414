import ArgumentParser
import Foundation
import PlannerCore

/// `schedule INSTANCE.json`: places every event of a scheduling instance (SCHEDULING.md),
/// or checks a solution against it with `--check`.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule", abstract: Catalogue.Help.scheduleAbstract.help,
        discussion: Catalogue.Help.scheduleDiscussion.help)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(Catalogue.Help.scheduleInstance)) var instance: String
    @Option(name: .shortAndLong, help: .localized(Catalogue.Help.scheduleOutput)) var output: String?
    @Option(name: .customLong("time-limit"), help: .localized(Catalogue.Help.scheduleTimeLimit)) var timeLimit: Double = 10
    @Option(help: .localized(Catalogue.Help.scheduleSeed)) var seed: UInt64 = 1
    @Option(name: .customLong("max-iterations"), help: .localized(Catalogue.Help.scheduleMaxIterations)) var maxIterations: Int?
    @Option(help: .localized(Catalogue.Help.scheduleCheck)) var check: String?

    func validate() throws {
        if timeLimit <= 0 || timeLimit > 86400 { throw ValidationError(Catalogue.outOfRange("--time-limit", "\(timeLimit)", "0", "86400", unit: Catalogue.seconds)) }
        if let maxIterations, maxIterations < 0 { throw ValidationError(Catalogue.invalidOption("--max-iterations", "\(maxIterations)")) }
    }

    func run() throws {
        let data = try CalendarFiles.read(instance)
        let inst = try SchedulingInstance.decode(data, file: instance)
        let sha = SHA256.hex(data)
        if let check { try runCheck(inst, sha: sha, file: check); return }
        let lang = global.language
        let showProgress = Console.stderrIsTerminal
        var lastShown = -1.0
        let outcome = ScheduleSolver(instance: inst, options: ScheduleOptions(timeLimit: timeLimit, seed: seed, maxIterations: maxIterations))
            .solve { seconds, objective in
                guard showProgress, seconds - lastShown >= 0.1 || lastShown < 0 else { return }
                lastShown = seconds
                FileHandle.standardError.write(Data(Catalogue.Scheduling.progress(seconds: seconds, objective: objective)(lang).utf8))
            }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        switch outcome {
        case .solved(let r):
            let text = r.solution(sha256: sha).json
            if let output { try CalendarFiles.write(text, to: output) } else { Console.out(text) }
            let summary = Catalogue.Scheduling.solvedSummary(r)(lang)
            FileHandle.standardError.write(Data((summary + "\n").utf8))
        case .infeasible(let report):
            let text = SchedulingSolution(instanceSHA256: sha, status: "infeasible", objective: nil, assignments: []).json
            if let output { try CalendarFiles.write(text, to: output) } else { Console.out(text) }
            FileHandle.standardError.write(Data((report.text(lang) + "\n").utf8))
            throw ExitCode(1)
        }
    }

    func runCheck(_ inst: SchedulingInstance, sha: String, file: String) throws {
        let solution = try SchedulingSolution.load(try CalendarFiles.read(file), file: file)
        let result = ScheduleChecker(instance: inst).check(solution.assignments)
        let lang = global.language
        var out = ""
        if solution.instance_sha256 != sha { out += Catalogue.Scheduling.otherInstance(lang) + "\n" }
        for v in result.violations { out += v.text(lang) + "\n" }
        out += Catalogue.Scheduling.checkSummary(violations: result.violations.count, objective: result.objective, s1: result.s1, s2: result.s2)(lang)
        if let claimed = solution.objective, claimed != result.objective { out += Catalogue.Scheduling.claims(claimed)(lang) }
        Console.out(out + "\n")
        if !result.feasible { throw ExitCode(1) }
    }
}
