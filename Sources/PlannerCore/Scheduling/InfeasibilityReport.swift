import Foundation

/// Why no plan could be built: each entry names the events and the rule that clash.
public struct InfeasibilityReport: Error, Sendable, CustomStringConvertible {
    public struct Clash: Sendable, Hashable {
        public var events: [String]
        /// The rules that clash, sorted (several when different blockers break different rules).
        public var rules: [HardRule]
        public var detail: String
    }

    public var clashes: [Clash]
    /// True when the clashes prove that no plan exists (an event with no legal day, or a
    /// person needed on more days than their events' windows offer); false when the search
    /// gave up within its budget.
    public var proven: Bool

    public var description: String {
        var lines = [proven ? "no plan exists:" : "no plan found within the time limit:"]
        for c in clashes { lines.append("  \(c.events.joined(separator: ", ")) [\(HardRule.joined(c.rules))]: \(c.detail)") }
        return lines.joined(separator: "\n")
    }
}
