import Foundation

/// Why a calendar file was refused: the physical line where the problem starts and a short
/// reason. The command line prints it as `FILE:LINE: reason` (exit 65).
public struct ICSError: Error, Equatable, CustomStringConvertible, Sendable {
    public var line: Int
    public var reason: String

    public init(line: Int, _ reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(line): \(reason)" }

    public func message(file: String) -> String { "\(file):\(line): \(reason)" }

    public func plannerError(file: String) -> PlannerError { .invalidFile(file: file, line: line, reason: reason) }
}
