import Foundation
import PlannerCore

/// What `add` and `edit` share beyond option parsing.
enum EventEditing {
    /// Checks a recurrence rule before anything is written; the message names the problem.
    static func validatedRule(_ text: String) throws -> RecurrenceRule {
        do {
            return try RecurrenceRule(parsing: text)
        } catch {
            throw PlannerError.invalidValue(Catalogue.invalidRule(text, "\(error)"))
        }
    }

    /// The rule as stored: canonical RFC 5545 text without the `RRULE:` prefix.
    static func normalizedRule(_ text: String) -> String {
        (try? RecurrenceRule(parsing: text).rfc5545) ?? text
    }
}

extension EventEditing {
    /// The occurrence of a recurring event that falls on `day` (in the display zone).
    static func occurrence(of event: Event, on day: LocalDate, zone: TimeZone) throws -> Occurrence {
        guard event.isRecurring else {
            throw PlannerError.invalidValue(Catalogue.notRecurring(uid: event.uid))
        }
        let from = day.startInstant(in: zone), to = day.adding(days: 1).startInstant(in: zone)
        let found = event.occurrences(from: from, to: to).filter {
            LocalDate($0.recurrenceId ?? $0.start, in: event.allDay ? event.zone : zone) == day || LocalDate($0.start, in: zone) == day
        }
        guard let o = found.first else {
            throw PlannerError.invalidValue(Catalogue.noOccurrence(uid: event.uid, day: "\(day)"))
        }
        return o
    }
}
