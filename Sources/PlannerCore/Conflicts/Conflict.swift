import Foundation

/// A rule broken by events already in the calendar: what a person would trip over.
public struct Conflict: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// One person at two overlapping events.
        case doubleBooked = "double-booked"
        /// Not enough time to drive between two events of one person.
        case travelTooShort = "travel-too-short"
        /// Two big events in one city on one day.
        case bigEventsSameCityDay = "big-events-same-city-day"
        /// An event on a French public holiday.
        case publicHoliday = "public-holiday"
    }

    public var kind: Kind
    public var day: LocalDate
    /// Uids of the events involved (one or two), in time order.
    public var uids: [String]
    public var titles: [String]
    public var person: String?
    public var city: String?
    /// Road time needed and time available, for travel conflicts (seconds).
    public var needed: TimeInterval?
    public var available: TimeInterval?
    public var holiday: String?

    public func message(_ lang: Language, names: [String: String]) -> String {
        localized(names: names)(lang)
    }

    /// The conflict in both languages, people and cities by name.
    public func localized(names: [String: String]) -> Localized {
        let who = person.map { names[$0] ?? $0 } ?? ""
        let t = Catalogue.titles(titles)
        switch kind {
        case .doubleBooked:
            return Catalogue.doubleBooked(who, t)
        case .travelTooShort:
            return Catalogue.travelTooShort(who, have: max(0, available ?? 0), need: needed ?? 0, t)
        case .bigEventsSameCityDay:
            return Catalogue.bigEventsSameDay(city: city.map { names[$0] ?? $0 } ?? "", t)
        case .publicHoliday:
            return Catalogue.onPublicHoliday(t, holiday: Catalogue.holiday(holiday ?? ""))
        }
    }
}
