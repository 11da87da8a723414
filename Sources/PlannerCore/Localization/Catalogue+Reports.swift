import Foundation

// The catalogue of conflicts (`check`, the TUI's warnings); the reports' texts are in
// Catalogue+Cluster.swift.

extension Catalogue {
    // MARK: Conflicts

    /// `« A » et « B »` / `« A » and « B »`.
    public static func titles(_ titles: [String]) -> Localized {
        let quoted = titles.map { "« \($0) »" }
        return Localized(fr: quoted.joined(separator: " et "), en: quoted.joined(separator: " and "))
    }

    public static func doubleBooked(_ who: String, _ titles: Localized) -> Localized {
        Localized(fr: "\(who) est attendu·e à deux événements en même temps : \(titles.fr)",
                  en: "\(who) is expected at two events at once: \(titles.en)")
    }

    /// "n'a que 45 min", "n'a qu'une heure" / "has only 1 h".
    public static func travelTooShort(_ who: String, have: TimeInterval, need: TimeInterval, _ titles: Localized) -> Localized {
        let haveFr = Int(have / 60) == 60 ? "une heure" : RoadTravel.format(have)
        return Localized(fr: "\(who) n'a \(French.elide("que", haveFr)) pour faire la route (\(RoadTravel.format(need)) nécessaires) entre \(titles.fr)",
                         en: "\(who) has only \(RoadTravel.format(have)) to drive (\(RoadTravel.format(need)) needed) between \(titles.en)")
    }

    public static func bigEventsSameDay(city: String, _ titles: Localized) -> Localized {
        Localized(fr: "deux grands événements à \(city) le même jour : \(titles.fr)",
                  en: "two big events in \(city) on the same day: \(titles.en)")
    }

    public static func onPublicHoliday(_ titles: Localized, holiday: Localized) -> Localized {
        Localized(fr: "\(titles.fr) tombe un jour férié (\(holiday.fr))",
                  en: "\(titles.en) falls on a public holiday (\(holiday.en))")
    }

    public static let noConflicts = Localized(fr: "Aucun conflit.", en: "No conflicts.")

    /// `3 conflits :` / `3 conflicts:`.
    public static func conflictCount(_ n: Int) -> Localized {
        Localized(fr: French.count(n, "conflit", "conflits") + " :", en: English.count(n, "conflict", "conflicts") + ":")
    }
}
