import Foundation

/// A change to one occurrence of a recurring event (RFC 5545 RECURRENCE-ID): moved,
/// retitled, held elsewhere, or cancelled. Fields left nil keep the series' value.
public struct OccurrenceOverride: Codable, Hashable, Sendable {
    /// The original start instant of the occurrence this replaces.
    public var recurrenceId: Date
    public var start: Date
    public var end: Date
    public var title: String?
    public var description: String?
    public var cities: [String]?
    public var people: [String]?
    public var cancelled: Bool
    public var sequence: Int
    /// Set when this occurrence is all-day and the series is not, or the reverse.
    public var allDay: Bool?

    public init(recurrenceId: Date, start: Date, end: Date, title: String? = nil, description: String? = nil,
                cities: [String]? = nil, people: [String]? = nil, cancelled: Bool = false, sequence: Int = 0, allDay: Bool? = nil) {
        self.recurrenceId = recurrenceId
        self.start = start
        self.end = end
        self.title = title
        self.description = description
        self.cities = cities
        self.people = people
        self.cancelled = cancelled
        self.sequence = sequence
        self.allDay = allDay
    }
}
