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
        let fr = lang == .fr
        let who = person.map { names[$0] ?? $0 } ?? ""
        let t = titles.map { "« \($0) »" }.joined(separator: fr ? " et " : " and ")
        switch kind {
        case .doubleBooked:
            return fr ? "\(who) est attendu·e à deux événements en même temps : \(t)"
                      : "\(who) is expected at two events at once: \(t)"
        case .travelTooShort:
            let need = RoadTravel.format(needed ?? 0), have = RoadTravel.format(max(0, available ?? 0))
            return fr ? "\(who) n'a que \(have) pour faire la route (\(need) nécessaires) entre \(t)"
                      : "\(who) has only \(have) to drive (\(need) needed) between \(t)"
        case .bigEventsSameCityDay:
            let c = city.map { names[$0] ?? $0 } ?? ""
            return fr ? "deux grands événements à \(c) le même jour : \(t)" : "two big events in \(c) on the same day: \(t)"
        case .publicHoliday:
            return fr ? "\(t) tombe un jour férié (\(holiday ?? ""))" : "\(t) falls on a public holiday (\(holiday ?? ""))"
        }
    }
}
