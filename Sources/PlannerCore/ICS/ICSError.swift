import Foundation

/// Why a calendar file was refused: the physical line where the problem starts and the
/// problem. The command line prints it as `FILE:LINE: reason` (exit 65).
public struct ICSError: Error, Equatable, CustomStringConvertible, Sendable {
    public var line: Int
    public var problem: ICSProblem?
    /// The reason in English (tests and logs); `reason(_:)` gives it in a language.
    public var reason: String

    public init(line: Int, _ reason: String) {
        self.line = line
        self.reason = reason
    }

    public init(line: Int, _ problem: ICSProblem) {
        self.line = line
        self.problem = problem
        self.reason = Catalogue.importProblem(problem).en
    }

    public func reason(_ lang: Language) -> String {
        problem.map { Catalogue.importProblem($0)(lang) } ?? reason
    }

    public static func == (a: ICSError, b: ICSError) -> Bool { a.line == b.line && a.reason == b.reason }

    public var description: String { "\(line): \(reason)" }

    public func plannerError(file: String, lang: Language = .en) -> PlannerError {
        .invalidFile(file: file, line: line, reason: reason(lang))
    }
}
