import Foundation

/// Why no plan could be built: each entry names the events and the rule that clash.
public struct InfeasibilityReport: Error, Sendable, CustomStringConvertible {
    public struct Clash: Sendable, Hashable {
        public var events: [String]
        /// The rules that clash, sorted (several when different blockers break different rules).
        public var rules: [HardRule]
        public var detail: Localized
    }

    public var clashes: [Clash]
    /// True when the clashes prove that no plan exists (an event with no legal day, or a
    /// person needed on more days than their events' windows offer); false when the search
    /// gave up within its budget.
    public var proven: Bool

    /// The report as the `schedule` command prints it.
    public func text(_ lang: Language) -> String {
        var lines = [Catalogue.Scheduling.infeasibleHeader(proven: proven)(lang)]
        for c in clashes { lines.append("  \(c.events.joined(separator: ", ")) [\(HardRule.joined(c.rules))]\(Catalogue.colon(lang))\(c.detail(lang))") }
        return lines.joined(separator: "\n")
    }

    public var description: String { text(.en) }
}
