import Foundation

/// One event of the shared calendar. A duplex event is one event held in several cities at
/// the same time. Instants are stored in UTC with the zone (`timeZone`) in which the event
/// was planned; recurrences are expanded in that zone.
///
/// An all-day event starts at local midnight of its first day and ends at local midnight of
/// the day after its last day, in its zone (end exclusive, as in RFC 5545).
public struct Event: Codable, Hashable, Sendable, Identifiable {
    public var uid: String
    public var title: String
    public var description: String
    public var start: Date
    public var end: Date
    public var allDay: Bool
    /// IANA zone identifier, `Europe/Paris` unless imported otherwise.
    public var timeZone: String
    /// Ids of the cities where it is held, in order (the first is the main venue).
    public var cities: [String]
    public var office: Office
    public var kind: EventKind
    public var audience: Audience
    public var series: String?
    /// Ids of the people attending (trainers, speakers, leads).
    public var people: [String]
    /// An RFC 5545 RRULE value (`FREQ=MONTHLY;BYDAY=2TH`), nil for a single event.
    public var rrule: String?
    /// Start instants of occurrences removed from the recurrence (EXDATE).
    public var exdates: [Date]
    /// Start instants of occurrences added to the recurrence (RDATE).
    public var rdates: [Date]
    /// Occurrences moved, changed or cancelled (RECURRENCE-ID), sorted by recurrence id.
    public var overrides: [OccurrenceOverride]
    /// Scheduling status: a placed event has a date and city; an unplaced one waits for the
    /// scheduler with candidate cities and a window.
    public var placement: Placement
    /// Counts toward the "one big event per city and day" rule.
    public var big: Bool
    /// RFC 5545 SEQUENCE, bumped on each change.
    public var sequence: Int
    public var created: Date
    public var lastModified: Date
    /// Properties this planner does not interpret, kept verbatim from an import (`X-...`),
    /// as unfolded content lines, so that they survive a round trip.
    public var extraProperties: [String]

    public init(
        uid: String = Event.newUID(),
        title: String,
        description: String = "",
        start: Date,
        end: Date,
        allDay: Bool = false,
        timeZone: String = "Europe/Paris",
        cities: [String],
        office: Office = .joint,
        kind: EventKind = .meeting,
        audience: Audience = .regional,
        series: String? = nil,
        people: [String] = [],
        rrule: String? = nil,
        exdates: [Date] = [],
        rdates: [Date] = [],
        overrides: [OccurrenceOverride] = [],
        placement: Placement = .placed,
        big: Bool = false,
        sequence: Int = 0,
        created: Date = Date(timeIntervalSince1970: 0),
        lastModified: Date = Date(timeIntervalSince1970: 0),
        extraProperties: [String] = []
    ) {
        self.uid = uid
        self.title = title
        self.description = description
        self.start = start
        self.end = end
        self.allDay = allDay
        self.timeZone = timeZone
        self.cities = cities
        self.office = office
        self.kind = kind
        self.audience = audience
        self.series = series
        self.people = people
        self.rrule = rrule
        self.exdates = exdates
        self.rdates = rdates
        self.overrides = overrides
        self.placement = placement
        self.big = big
        self.sequence = sequence
        self.created = created
        self.lastModified = lastModified
        self.extraProperties = extraProperties
    }

    public var id: String { uid }
    public var duration: TimeInterval { end.timeIntervalSince(start) }
    public var isRecurring: Bool { rrule != nil || !rdates.isEmpty }
    public var zone: TimeZone { ZoneCache.zone(timeZone) ?? ZoneCache.zone("Europe/Paris")! }

    /// A fresh unique id in the planner's namespace (`7f3c...@planner`).
    public static func newUID() -> String {
        UUID().uuidString.lowercased() + "@planner"
    }
}

/// Whether the scheduler still has to choose the event's day and city.
public enum Placement: Codable, Hashable, Sendable {
    case placed
    /// Waiting for the scheduler: candidate cities, an inclusive window of days and a length.
    case unplaced(candidates: [String], earliest: LocalDate, latest: LocalDate, durationDays: Int)

    public var isPlaced: Bool {
        if case .placed = self { return true }
        return false
    }
}
