// Free days for people and a venue (`slot`, the form's suggestions), and how far they look.
import Foundation

/// The limits of a free-day search.
public enum SlotSearch {
    /// Days read on each side of the window, so the travel margin at its edges sees the
    /// events just outside it.
    public static let marginDays = 15
    /// The add form's suggestions: how many free days, looked for within how many days.
    public static let formSuggestions = 5
    public static let formHorizonDays = 90
    /// A series' next stop: looked for within six months, among this many free days per city.
    public static let nextStopHorizonDays = 183
    public static let nextStopCandidates = 40
}

extension Store {
    /// Free days for people and a venue between two days (end exclusive): what `slot` prints
    /// and what the TUI's add form offers as "next free days".
    public func freeSlots(people: [Person], venue: String?, length: Int = 1, from: LocalDate, to: LocalDate,
                          count: Int, zone: TimeZone) throws -> [SlotFinder.Slot] {
        let margin = SlotSearch.marginDays
        let occ = try occurrences(from: from.adding(days: -margin).startInstant(in: zone), to: to.adding(days: margin).startInstant(in: zone))
        let holidays = Set(try self.holidays(from: from, to: to).map(\.date))
        let finder = SlotFinder(travel: RoadTravel(distances: try distances()), holidays: holidays, zone: zone)
        return finder.slots(people: people, venue: venue, length: length, from: from, to: to, occurrences: occ, count: count)
    }
}
