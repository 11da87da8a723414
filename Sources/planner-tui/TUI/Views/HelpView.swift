import Foundation
import PlannerCore

/// Every key, on `?`; Esc or `?` closes it.
enum HelpView {
    static func lines(_ lang: Language) -> [String] {
        lang == .fr ? [
            "m  mois        w  semaine     d  jour        a  agenda",
            "← → h l        jour précédent / suivant (semaine en vue semaine)",
            "↑ ↓ k j        événement précédent / suivant",
            "n p PgSuiv PgPréc   période suivante / précédente",
            "t              aujourd'hui",
            "r              relire la base",
            "?              cette aide (Échap ou ? pour fermer)",
            "q Ctrl-C       quitter",
        ] : [
            "m  month       w  week        d  day         a  agenda",
            "← → h l        previous / next day (week in the week view)",
            "↑ ↓ k j        previous / next event",
            "n p PgDn PgUp  next / previous period",
            "t              today",
            "r              reload the database",
            "?              this help (Esc or ? closes it)",
            "q Ctrl-C       quit",
        ]
    }

    static func draw(_ s: AppState, area: ViewArea, on screen: Screen) {
        screen.put(s.lang == .fr ? " Aide" : " Help", row: area.top, col: area.left, style: .bold)
        for (i, l) in lines(s.lang).enumerated() where i + 2 < area.height {
            screen.put(DisplayWidth.clip("  " + l, to: area.width), row: area.top + 2 + i, col: area.left, style: .plain)
        }
    }
}
