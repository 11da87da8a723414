// AgendaFilter+Heading: a filter in words for the heading of a printed page ("bureau de
// Montpellier, Nîmes, Alès"), so that a filtered print never passes for the whole week.
import Foundation

extension AgendaFilter {
    /// The filter in words, nil when it keeps everything.
    public func phrase(_ lang: Language, cityNames: [String: String]) -> String? {
        var parts: [String] = []
        if let office { parts.append(Catalogue.filterOffice(office)(lang)) }
        if !cities.isEmpty { parts.append(cities.map { cityNames[$0] ?? $0 }.joined(separator: ", ")) }
        if let kind { parts.append(kind.name(lang)) }
        if let text, !text.isEmpty { parts.append(Catalogue.tuiSearchSummary(text)(lang)) }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// A page heading followed by the filter, when there is one: "Semaine 48 — … — bureau de Montpellier, Nîmes".
    public func heading(_ base: String, _ lang: Language, cityNames: [String: String]) -> String {
        phrase(lang, cityNames: cityNames).map { base + " — " + $0 } ?? base
    }
}
