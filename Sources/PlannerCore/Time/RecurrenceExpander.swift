import Foundation
// TEMPORARY until the full expander lands (same session): single DTSTART plus RDATEs.
public struct RecurrenceRule: Hashable, Sendable {
    public var text: String
    public init(parsing text: String) throws { self.text = text }
    public var rfc5545: String { text }
}
public struct RecurrenceSet: Sendable {
    var first: Date
    var rdates: [Date]
    var exdates: [Date]
    public init(start: LocalDateTime, zone: TimeZone, dateOnly: Bool, rule: RecurrenceRule?, rdates: [Date] = [], exdates: [Date] = []) {
        first = start.instant(in: zone); self.rdates = rdates; self.exdates = exdates
    }
    public func starts(from: Date, to: Date, limit: Int = 100_000) -> [Date] {
        ([first] + rdates).filter { $0 >= from && $0 < to && !exdates.contains($0) }.sorted()
    }
    public func lastStart() -> Date? { ([first] + rdates).max() }
}
extension RecurrenceSet {
    /// Whether `instant` is the start of one of the set's occurrences.
    public func contains(_ instant: Date) -> Bool {
        !starts(from: instant, to: instant.addingTimeInterval(1), limit: 1).isEmpty
    }
}
