// What the agenda shows: the filter by city, office, kind and text, applied to occurrences.
import Foundation

/// Filters of the agenda: several cities (any of them), one office, one kind.
public struct AgendaFilter: Sendable, Equatable {
    public var cities: [String]
    public var office: Office?
    public var kind: EventKind?
    public var text: String?

    public init(cities: [String] = [], office: Office? = nil, kind: EventKind? = nil, text: String? = nil) {
        self.cities = cities
        self.office = office
        self.kind = kind
        self.text = text
    }

    public func accepts(_ o: Occurrence) -> Bool {
        if !cities.isEmpty, !o.event.cities.contains(where: cities.contains) { return false }
        if let office, o.event.office != office { return false }
        if let kind, o.event.kind != kind { return false }
        if let text, !text.isEmpty {
            // SearchFolding equals foldedForSearch, without Foundation for French text: the
            // TUI filters every occurrence on screen at each frame.
            let key = SearchFolding.fold(text)
            if !SearchFolding.fold(o.event.title).contains(key) && !SearchFolding.fold(o.event.description).contains(key) {
                return false
            }
        }
        return true
    }
}
