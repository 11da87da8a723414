// The hard rules of SCHEDULING.md, as the checker, the solver and `plan` name them.
import Foundation

/// H1: a workday, not a public holiday, inside the event's window and the calendar, in one of
/// its cities. H2: one event per person and day. H3: a free day around drives over
/// `TravelRule.farKm`. H4: at most `max_big_events_per_city_day` big events per city and day.
public enum HardRule: String, Sendable, Hashable, CaseIterable, Codable, Comparable, CustomStringConvertible {
    case h1 = "H1", h2 = "H2", h3 = "H3", h4 = "H4"

    public var description: String { rawValue }

    public static func < (a: HardRule, b: HardRule) -> Bool { a.rawValue < b.rawValue }

    /// `H2+H3`: several rules that together block an event.
    public static func joined(_ rules: [HardRule]) -> String { rules.map(\.rawValue).joined(separator: "+") }
}
