import Foundation

/// What a formatter needs besides the occurrences: the language, the display zone, the
/// names of cities and people, and the public holidays of the period.
public struct AgendaContext: Sendable {
    public var lang: Language
    public var zone: TimeZone
    public var cityNames: [String: String]
    public var holidays: [LocalDate: String]
    /// Zone C school holidays by day (a period's name), distinct from public holidays.
    public var schoolHolidays: [LocalDate: String] = [:]
    /// ANSI emphasis for a terminal; plain text for pipes and printing.
    public var color: Bool

    public init(lang: Language, zone: TimeZone, cityNames: [String: String], holidays: [LocalDate: String] = [:], color: Bool = false) {
        self.lang = lang
        self.zone = zone
        self.cityNames = cityNames
        self.holidays = holidays
        self.color = color
    }

    public func cityList(_ ids: [String]) -> String {
        ids.map { cityNames[$0] ?? $0 }.joined(separator: ", ").removingControlCharacters
    }

    /// Where an event is held: its cities, or when its city is unknown the location text it
    /// was imported with.
    public func place(_ e: Event) -> String {
        e.cities.isEmpty ? (e.locationText ?? "") : cityList(e.cities)
    }

    /// The title as shown: control characters removed, a placeholder when it is empty.
    public func title(_ o: Occurrence) -> String { o.displayTitle(lang) }

    /// The local days an occurrence covers in this display zone.
    public func days(of o: Occurrence) -> [LocalDate] { o.days(in: zone) }

    /// `09:00–17:30`, or for a timed event spanning days its part on `day`
    /// (`09:00 →`, `toute la journée`, `→ 17:30`).
    public func timeRange(_ o: Occurrence, on day: LocalDate) -> String {
        if o.allDay { return Catalogue.allDay(lang) }
        let startDay = LocalDate(o.start, in: zone)
        let endDay = LocalDate(o.end > o.start ? o.end.addingTimeInterval(-1) : o.end, in: zone)
        let s = TimeFormatting.clock(o.start, in: zone), e = TimeFormatting.clock(o.end, in: zone)
        switch (day == startDay, day == endDay) {
        case (true, true): return o.start == o.end ? s : "\(s)–\(e)"
        case (true, false): return "\(s) →"
        case (false, true): return "→ \(e)"
        case (false, false): return Catalogue.allDay(lang)
        }
    }
}
