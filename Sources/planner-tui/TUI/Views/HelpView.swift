import Foundation
import PlannerCore

/// Every key, on `?`; Esc or `?` closes it. The table is also what the tests check key by key.
enum HelpView {
    struct Entry {
        var keys: String
        var fr: String
        var en: String
    }

    static let entries: [Entry] = [
        Entry(keys: "m w d A", fr: "vue mois, semaine, jour, agenda", en: "month, week, day, agenda view"),
        Entry(keys: "← → h l", fr: "jour précédent / suivant", en: "previous / next day"),
        Entry(keys: "↑ ↓ k j", fr: "événement précédent / suivant (semaine en vue mois)", en: "previous / next event (week in the month view)"),
        Entry(keys: "Tab Maj-Tab", fr: "événement suivant / précédent du jour sélectionné", en: "next / previous event of the selected day"),
        Entry(keys: "n p PgSuiv PgPréc", fr: "période suivante / précédente", en: "next / previous period"),
        Entry(keys: "t", fr: "aujourd'hui", en: "today"),
        Entry(keys: "g", fr: "aller à une date (2026-11-25, 2026-W48, today)", en: "go to a date (2026-11-25, 2026-W48, today)"),
        Entry(keys: "a +", fr: "ajouter un événement le jour sélectionné", en: "add an event on the selected day"),
        Entry(keys: "e Entrée", fr: "modifier l'événement (E : seulement cette occurrence)", en: "edit the event (E: this occurrence only)"),
        Entry(keys: "y", fr: "dupliquer vers un autre jour ou une autre ville", en: "duplicate to another day or city"),
        Entry(keys: "x Suppr", fr: "supprimer (occurrence ou série), après confirmation", en: "delete (occurrence or series), after confirmation"),
        Entry(keys: "u", fr: "annuler la dernière modification (plusieurs niveaux)", en: "undo the last change (several levels)"),
        Entry(keys: "/", fr: "recherche incrémentale dans les titres, villes, descriptions", en: "incremental search in titles, cities, descriptions"),
        Entry(keys: "f", fr: "filtrer par bureau et villes (vide : tout)", en: "filter by office and cities (empty: all)"),
        Entry(keys: "o", fr: "mon bureau / l'autre bureau / tout", en: "my office / the other office / everything"),
        Entry(keys: "Échap", fr: "retirer les filtres", en: "clear the filters"),
        Entry(keys: "P", fr: "imprimer la semaine (texte et HTML)", en: "print the week (text and HTML)"),
        Entry(keys: "r", fr: "relire la base", en: "reload the database"),
        Entry(keys: "?", fr: "cette aide (Échap ou ? pour fermer)", en: "this help (Esc or ? closes it)"),
        Entry(keys: "q Ctrl-C", fr: "quitter", en: "quit"),
        Entry(keys: "", fr: "Formulaire : Tab / Maj-Tab champ suivant / précédent, Espace ou ←→ choix,",
              en: "Form: Tab / Shift-Tab next / previous field, Space or ←→ choices,"),
        Entry(keys: "", fr: "  Tab complète la ville, Ctrl-N prochain jour libre, Entrée enregistre, Échap annule",
              en: "  Tab completes the city, Ctrl-N next free day, Enter saves, Esc cancels"),
    ]

    static func lines(_ lang: Language) -> [String] {
        entries.map { e in
            let text = lang == .fr ? e.fr : e.en
            return e.keys.isEmpty ? text : DisplayWidth.fit(e.keys, to: 18) + " " + text
        }
    }

    static func draw(_ s: AppState, area: ViewArea, on screen: Screen) {
        let all = lines(s.lang)
        let room = max(1, area.height - 2)
        let first = min(s.scroll, max(0, all.count - room))
        var title = s.fr ? " Aide — touches" : " Help — keys"
        if all.count > room {
            title += s.fr ? "   (↑↓ pour faire défiler, \(first + 1)–\(min(all.count, first + room)) sur \(all.count))"
                          : "   (↑↓ to scroll, \(first + 1)–\(min(all.count, first + room)) of \(all.count))"
        }
        screen.put(DisplayWidth.clip(title, to: area.width), row: area.top, col: area.left, style: .bold)
        for (i, l) in all.dropFirst(first).prefix(room).enumerated() {
            screen.put(DisplayWidth.clip("  " + l, to: area.width), row: area.top + 2 + i, col: area.left, style: .plain)
        }
    }
}
