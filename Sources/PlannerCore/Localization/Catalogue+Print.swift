// Catalogue+Print: the words of the printed week (AgendaHTML): the "+N autres" of a day
// too crowded for the page, and the heading of its full list on the next page.
import Foundation

extension Catalogue {
    /// `+3 autres (liste complète à la suite)` / `+3 more (full list follows)`.
    public static func printMore(_ n: Int) -> Localized {
        Localized(fr: "+\(n) \(n <= 1 ? "autre" : "autres") (liste complète à la suite)",
                  en: "+\(n) more (full list follows)")
    }

    /// `Jeudi 26 novembre 2026 — liste complète (18 événements)`.
    public static func printFullList(_ day: String, count: Int) -> Localized {
        Localized(fr: "\(day.prefix(1).uppercased() + day.dropFirst()) — liste complète (\(French.count(count, "événement", "événements")))",
                  en: "\(day) — full list (\(English.count(count, "event", "events")))")
    }
}
