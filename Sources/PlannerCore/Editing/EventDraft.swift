import Foundation

/// What a user typed for an event, field by field, before anything is understood: the one
/// path from text to a stored change, used by `add`, `edit`, `edit --occurrence` and the
/// TUI form. A field left nil is not given (unchanged when editing); `change(for:...)`
/// parses and validates every field once, collecting every error, and produces the
/// `EventChange` that `Store.save(_:label:)` writes in one transaction with its undo record.
public struct EventDraft: Sendable, Equatable {
    /// The fields, in the order errors are reported.
    public enum Field: String, CaseIterable, Sendable, Comparable {
        case title, start, startTime, end, duration, cities, office, kind, audience, series, people, rrule, description

        public static func < (a: Field, b: Field) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// What the draft changes: a new event, a stored event, or one occurrence of a series.
    public enum Target: Sendable, Equatable {
        case new(office: Office)
        case event(Event)
        /// The series and the occurrence to change (as the series expands it).
        case occurrence(Event, Occurrence)
    }

    public var title: String?
    /// A day (`2026-12-03`, a whole-day event unless `startTime` or `allDay == false` says
    /// otherwise) or a day and time (`2026-12-03 09:00`), in the display zone.
    public var start: String?
    /// The time of day when `start` holds only the day (the form's two fields).
    public var startTime: String?
    /// A day or day and time, a time of day on the start's day (`18:00`), or a duration (`2h`).
    public var end: String?
    public var duration: String?
    /// True: whole days; false: timed; nil: from `start` (a bare day is a whole day) or the
    /// current event.
    public var allDay: Bool?
    /// Cities by name or id.
    public var cities: [String]?
    public var office: String?
    public var kind: String?
    public var audience: String?
    /// A series id or name (a new name creates the series); empty removes the series.
    public var series: String?
    /// People by id or name (a new name adds that person).
    public var people: [String]?
    /// An RFC 5545 rule; empty makes the event single.
    public var rrule: String?
    public var description: String?
    public var big: Bool?
    /// How errors name the fields: nil for the command line's options (`--start`), a
    /// language for the form's labels.
    public var formLanguage: Language?

    public init(title: String? = nil, start: String? = nil, startTime: String? = nil, end: String? = nil,
                duration: String? = nil, allDay: Bool? = nil, cities: [String]? = nil, office: String? = nil,
                kind: String? = nil, audience: String? = nil, series: String? = nil, people: [String]? = nil,
                rrule: String? = nil, description: String? = nil, big: Bool? = nil, formLanguage: Language? = nil) {
        self.title = title
        self.start = start
        self.startTime = startTime
        self.end = end
        self.duration = duration
        self.allDay = allDay
        self.cities = cities
        self.office = office
        self.kind = kind
        self.audience = audience
        self.series = series
        self.people = people
        self.rrule = rrule
        self.description = description
        self.big = big
        self.formLanguage = formLanguage
    }

    /// Whether the draft changes when the event happens.
    public var changesTiming: Bool { start != nil || startTime != nil || end != nil || duration != nil || allDay != nil }

    /// The name of a field in error messages.
    func name(_ f: Field) -> String {
        guard let lang = formLanguage else {
            switch f {
            case .cities: return "--city"
            case .people: return "--person"
            case .startTime: return "--start"
            default: return "--" + f.rawValue
            }
        }
        return Catalogue.draftField(f)(lang)
    }
}

/// Every problem of a draft, by field, in field order.
public struct DraftErrors: Error, Sendable, Equatable {
    public var problems: [(field: EventDraft.Field, message: Localized)]

    public static func == (a: DraftErrors, b: DraftErrors) -> Bool {
        a.problems.map(\.field) == b.problems.map(\.field) && a.problems.map(\.message) == b.problems.map(\.message)
    }

    /// The first problem as the command line reports it (exit 2).
    public var plannerError: PlannerError {
        .invalidValue(problems.first?.message ?? Catalogue.invalidUsage)
    }

    /// The message of a field, if it has one.
    public subscript(_ f: EventDraft.Field) -> Localized? { problems.first { $0.field == f }?.message }
}

/// A validated change, ready to be saved in one transaction: the event as it will be stored
/// (for one occurrence, the series with its override), and the people and series texts the
/// store resolves in that same transaction (creating new people and series).
public struct EventChange: Sendable, Equatable {
    public var event: Event
    /// People of the event (nil: unchanged).
    public var people: [String]?
    /// Series of the event (nil: unchanged or removed, as `event.series` says).
    public var series: String?
    /// People of the changed occurrence: its RECURRENCE-ID and the texts (nil: unchanged).
    public var occurrencePeople: OccurrencePeople?

    public struct OccurrencePeople: Sendable, Equatable {
        public var recurrenceId: Date
        public var people: [String]
    }

    public init(event: Event, people: [String]? = nil, series: String? = nil, occurrencePeople: OccurrencePeople? = nil) {
        self.event = event
        self.people = people
        self.series = series
        self.occurrencePeople = occurrencePeople
    }
}
