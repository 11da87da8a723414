import Foundation

/// One dated instance of an event: the event itself for a single event, or one expansion
/// of a recurring one (possibly moved or retitled by an override).
public struct Occurrence: Hashable, Sendable {
    public var event: Event
    public var start: Date
    public var end: Date
    /// The original start of this instance within its recurrence (RECURRENCE-ID), nil for a
    /// single event.
    public var recurrenceId: Date?

    public init(event: Event, start: Date, end: Date, recurrenceId: Date? = nil) {
        self.event = event
        self.start = start
        self.end = end
        self.recurrenceId = recurrenceId
    }

    public var uid: String { event.uid }
    public var title: String { event.title }
    public var allDay: Bool { event.allDay }

    /// Whether any part of the occurrence lies in `[from, to)`. A zero-length event counts
    /// when its instant is in the window.
    public func overlaps(from: Date, to: Date) -> Bool {
        if start == end { return start >= from && start < to }
        return start < to && end > from
    }

    /// Local days (in `zone`) this occurrence touches; an all-day one uses its own zone so
    /// that "3 December" stays 3 December wherever it is displayed.
    public func days(in zone: TimeZone) -> [LocalDate] {
        let z = allDay ? event.zone : zone
        let first = LocalDate(start, in: z)
        var lastInstant = end
        if end > start { lastInstant = end.addingTimeInterval(-1) }
        let last = LocalDate(lastInstant, in: z)
        if last < first { return [first] }
        return (0...first.days(until: last)).map { first.adding(days: $0) }
    }
}
