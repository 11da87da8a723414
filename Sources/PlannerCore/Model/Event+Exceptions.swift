import Foundation

/// Changing one occurrence of a series, the same way from the command line and the TUI.
extension Event {
    /// Removes the occurrence whose original start is `recurrenceId` (an EXDATE; any override
    /// of it goes too) and marks the series as changed.
    public mutating func excludeOccurrence(_ recurrenceId: Date, at now: Date) {
        overrides.removeAll { $0.recurrenceId == recurrenceId }
        if !exdates.contains(recurrenceId) { exdates.append(recurrenceId) }
        exdates.sort()
        sequence += 1
        lastModified = now
    }

    /// Sets the override of one occurrence (replacing any earlier one for it) and marks the
    /// series as changed.
    public mutating func setOverride(_ override: OccurrenceOverride, at now: Date) {
        mergeOverride(override)
        sequence += 1
        lastModified = now
    }

    /// Adds or replaces the override of one occurrence, keeping them sorted, without touching
    /// the series' SEQUENCE: what the importer does with a file's own RECURRENCE-ID
    /// instances, and the bookkeeping under `setOverride`.
    /// The event as one occurrence shows it: the override's title, description, cities,
    /// people and all-day flag over the series' own (what the agenda and the occurrence
    /// index both show).
    func applying(_ ov: OccurrenceOverride) -> Event {
        var ev = self
        if let t = ov.title { ev.title = t }
        if let d = ov.description { ev.description = d }
        if let c = ov.cities { ev.cities = c }
        if let p = ov.people { ev.people = p }
        if let a = ov.allDay { ev.allDay = a }   // an occurrence changed to all-day (or back)
        return ev
    }

    mutating func mergeOverride(_ o: OccurrenceOverride) {
        overrides.removeAll { $0.recurrenceId == o.recurrenceId }
        overrides.append(o)
        overrides.sort { $0.recurrenceId < $1.recurrenceId }
    }
}
