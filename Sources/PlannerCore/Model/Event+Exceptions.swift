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
        overrides.removeAll { $0.recurrenceId == override.recurrenceId }
        overrides.append(override)
        overrides.sort { $0.recurrenceId < $1.recurrenceId }
        sequence += 1
        lastModified = now
    }
}
