import Foundation

/// Expanding an event into its dated occurrences within a window.
extension Event {
    /// The recurrence set of a recurring event (nil for a single one or an invalid rule).
    var recurrenceSet: RecurrenceSet? {
        guard isRecurring else { return nil }
        let rule = try? rrule.map { try RecurrenceRule(parsing: $0) }
        if rrule != nil && rule == nil { return nil }
        return RecurrenceSet(start: LocalDateTime(start, in: zone), zone: zone, dateOnly: allDay,
                             rule: rule ?? nil, rdates: rdates, exdates: exdates)
    }

    /// Occurrences with any part in `[from, to)`, overrides applied, cancelled ones removed.
    public func occurrences(from: Date, to: Date) -> [Occurrence] {
        guard let set = recurrenceSet else {
            let single = Occurrence(event: self, start: start, end: end)
            return single.overlaps(from: from, to: to) ? [single] : []
        }
        let length = duration
        // An occurrence starting before `from` may still run into the window.
        var result: [Occurrence] = []
        let overridden = Dictionary(overrides.map { ($0.recurrenceId, $0) }, uniquingKeysWith: { a, _ in a })
        let shared = EventBox(self)
        for s in set.starts(from: from.addingTimeInterval(-length), to: to) {
            let e = allDay ? Event.sameWallClockEnd(start: s, length: length, zone: zone) : s.addingTimeInterval(length)
            if overridden[s] != nil { continue }
            let o = Occurrence(box: shared, start: s, end: e, recurrenceId: s)
            if o.overlaps(from: from, to: to) { result.append(o) }
        }
        for ov in overrides where !ov.cancelled {
            // An override is shown only if its original occurrence exists in the set.
            guard set.contains(ov.recurrenceId) else { continue }
            let o = Occurrence(event: applying(ov), start: ov.start, end: ov.end, recurrenceId: ov.recurrenceId)
            if o.overlaps(from: from, to: to) { result.append(o) }
        }
        return result.sorted(by: Occurrence.agendaOrder)
    }

    /// End of the last occurrence (overrides included), nil when the recurrence never ends.
    public func lastOccurrenceEnd() -> Date? {
        guard let set = recurrenceSet else { return end }
        guard let last = set.lastStart() else { return nil }
        var latest = allDay ? Event.sameWallClockEnd(start: last, length: duration, zone: zone) : last.addingTimeInterval(duration)
        for ov in overrides where ov.end > latest { latest = ov.end }
        return latest
    }

    /// All-day occurrences keep whole days across DST: the end is the same number of local
    /// days after the start, not the same number of seconds.
    static func sameWallClockEnd(start: Date, length: TimeInterval, zone: TimeZone) -> Date {
        let days = Int((length / 86400).rounded())
        let first = LocalDate(start, in: zone)
        return first.adding(days: days).startInstant(in: zone)
    }
}
