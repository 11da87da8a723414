import Foundation

/// One dated instance of an event: the event itself for a single event, or one expansion
/// of a recurring one (possibly moved or retitled by an override).
///
/// The event is held in a shared box, copied only when changed: the occurrences of one
/// series share their event, and copying or sorting an occurrence moves one reference
/// instead of the event's dozen fields (`check` over years spent a third of its time there).
public struct Occurrence: Hashable, Sendable {
    private var box: EventBox
    public var start: Date
    public var end: Date
    /// The original start of this instance within its recurrence (RECURRENCE-ID), nil for a
    /// single event.
    public var recurrenceId: Date?

    public var event: Event {
        _read { yield box.event }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = EventBox(box.event) }
            yield &box.event
        }
    }

    /// The same for occurrences that share their event (not a comparison of events).
    var eventIdentity: ObjectIdentifier { ObjectIdentifier(box) }

    public init(event: Event, start: Date, end: Date, recurrenceId: Date? = nil) {
        self.init(box: EventBox(event), start: start, end: end, recurrenceId: recurrenceId)
    }

    /// An occurrence sharing `box`'s event with the others made from it.
    init(box: EventBox, start: Date, end: Date, recurrenceId: Date? = nil) {
        self.box = box
        self.start = start
        self.end = end
        self.recurrenceId = recurrenceId
    }

    public static func == (a: Occurrence, b: Occurrence) -> Bool {
        a.start == b.start && a.end == b.end && a.recurrenceId == b.recurrenceId && (a.box === b.box || a.box.event == b.box.event)
    }

    public func hash(into h: inout Hasher) {
        h.combine(box.event)
        h.combine(start)
        h.combine(end)
        h.combine(recurrenceId)
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

/// An event shared by occurrences (see `Occurrence`). Changed only through
/// `Occurrence.event`'s copy on write, when no other occurrence holds it.
final class EventBox: @unchecked Sendable {
    var event: Event
    init(_ event: Event) { self.event = event }

    /// The occurrence of this recurring event starting at `start` (as stored in the index),
    /// sharing the box unless an override changes it.
    func occurrence(start: Date, end: Date, recurrenceId: Date) -> Occurrence {
        if !event.overrides.isEmpty, let ov = event.overrides.first(where: { $0.recurrenceId == recurrenceId && !$0.cancelled }) {
            return Occurrence(event: event.applying(ov), start: start, end: end, recurrenceId: recurrenceId)
        }
        return Occurrence(box: self, start: start, end: end, recurrenceId: recurrenceId)
    }
}
