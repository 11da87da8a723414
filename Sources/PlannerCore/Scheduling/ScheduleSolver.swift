// The scheduler's public face: options, result and `ScheduleSolver.solve`, and the search's
// tuning constants.
import Foundation

/// Options of a solve. The search is deterministic for a given seed as long as it stops on
/// its iteration budget, not on the time limit (which only cuts a run short on a slow machine).
public struct ScheduleOptions: Sendable {
    public var timeLimit: Double
    public var seed: UInt64
    /// Moves tried after construction (default: scaled to the instance size).
    public var maxIterations: Int?
    /// Events already placed that must not move (the database's fixed calendar for `plan`).
    public var fixed: [SchedulingAssignment]

    public init(timeLimit: Double = 10, seed: UInt64 = 1, maxIterations: Int? = nil, fixed: [SchedulingAssignment] = []) {
        self.timeLimit = timeLimit
        self.seed = seed
        self.maxIterations = maxIterations
        self.fixed = fixed
    }
}

/// A solved instance.
public struct ScheduleResult: Sendable {
    public var assignments: [SchedulingAssignment]
    public var objective: Int
    public var s1: Int
    public var s2: Int
    public var lowerBound: Int
    public var optimal: Bool
    public var firstFeasibleSeconds: Double
    public var seconds: Double
    public var iterations: Int

    public func solution(sha256: String) -> SchedulingSolution {
        SchedulingSolution(instanceSHA256: sha256, status: optimal ? "optimal" : "feasible", objective: objective, assignments: assignments)
    }
}

public enum ScheduleOutcome: Sendable {
    case solved(ScheduleResult)
    case infeasible(InfeasibilityReport)
}

/// The scheduler: a most-constrained-first construction with conflict-directed repair
/// (events that block a placement are taken out and placed again), then simulated
/// annealing over single-event moves with incremental cost deltas, keeping the best plan.
/// Every plan it returns has been re-checked by `ScheduleChecker`. The model is in
/// ScheduleModel.swift, the rules and costs in ScheduleSearch+Rules.swift, the construction in
/// ScheduleSearch+Construction.swift and the annealing in ScheduleSearch+Annealing.swift.
public struct ScheduleSolver: Sendable {
    public let instance: SchedulingInstance
    public let options: ScheduleOptions

    public init(instance: SchedulingInstance, options: ScheduleOptions) {
        self.instance = instance
        self.options = options
    }

    public func solve(progress: ((Double, Int) -> Void)? = nil) -> ScheduleOutcome {
        let model = ScheduleModel(instance)
        var search = Search(model: model, seed: options.seed)
        let clock = Date()
        if let report = search.construct(options: options, clock: clock) { return .infeasible(report) }
        return .solved(search.anneal(options: options, clock: clock, progress: progress))
    }
}

/// The search's tuning, in one place: budgets, the repair's scoring and the annealing schedule.
/// They change how fast a good plan is found, never which plans are legal.
enum SearchTuning {
    /// Repairs allowed during construction: `repairsPerEvent × events + repairsBase`.
    static let repairsPerEvent = 40
    static let repairsBase = 1000
    /// A repair option's score: per blocker `blockerCost + ejectionCost × times it was moved`,
    /// scaled by `tieBreakRange` with a random tie-break below it.
    static let blockerCost = 10
    static let ejectionCost = 5
    static let tieBreakRange = 64
    /// Annealing moves when the caller sets none: `max(minimumMoves, movesPerEvent × events)`.
    static let minimumMoves = 200_000
    static let movesPerEvent = 600
    /// Temperature falls geometrically from `startTemperature` to `endTemperature` over the moves.
    static let startTemperature = 2.0
    static let endTemperature = 0.02
    /// Moves between two reads of the clock (a mask: a power of two minus one).
    static let clockCheckMask = 255
    /// Moves between two refreshes of the list of events paying a cost.
    static let costlyRefreshMoves = 2000
    /// Options sampled per move.
    static let optionsPerMove = 12
    /// An infeasibility report explains at most `reportedEvents` events, naming at most
    /// `reportedBlockers` blockers each, and lists the days of a window of at most `listedDays`.
    static let reportedEvents = 20
    static let reportedBlockers = 3
    static let listedDays = 3
}
