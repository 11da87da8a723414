import Foundation

extension Store {
    /// Free days for people and a venue between two days (end exclusive): what `slot` prints
    /// and what the TUI's add form offers as "next free days".
    public func freeSlots(people: [Person], venue: String?, length: Int = 1, from: LocalDate, to: LocalDate,
                          count: Int, zone: TimeZone) throws -> [SlotFinder.Slot] {
        let margin = 15
        let occ = try occurrences(from: from.adding(days: -margin).startInstant(in: zone), to: to.adding(days: margin).startInstant(in: zone))
        let holidays = Set(try self.holidays(from: from, to: to).map(\.date))
        let finder = SlotFinder(travel: RoadTravel(distances: try distances()), holidays: holidays, zone: zone)
        return finder.slots(people: people, venue: venue, length: length, from: from, to: to, occurrences: occ, count: count)
    }
}
