import Foundation
import PlannerCore

/// Every key, on `?`; Esc or `?` closes it. The table is also what the tests check key by key.
enum HelpView {
    /// The table lives in the catalogue (Catalogue.tuiHelpEntries).
    static var entries: [(keys: String, text: Localized)] { Catalogue.tuiHelpEntries + Catalogue.Cluster.helpEntries + Catalogue.syncHelpEntries }

    static func lines(_ lang: Language) -> [String] {
        entries.map { e in
            let text = e.text(lang)
            return e.keys.isEmpty ? text : DisplayWidth.fit(e.keys, to: 18) + " " + text
        }
    }

    static func draw(_ s: AppState, area: ViewArea, on screen: Screen) {
        let all = lines(s.lang)
        let room = max(1, area.height - 2)
        let first = min(s.scroll, max(0, all.count - room))
        var title = Catalogue.tuiHelpTitle(s.lang)
        if all.count > room {
            title += Catalogue.tuiHelpScroll(first: first + 1, last: min(all.count, first + room), total: all.count)(s.lang)
        }
        screen.put(DisplayWidth.clip(title, to: area.width), row: area.top, col: area.left, style: .bold)
        for (i, l) in all.dropFirst(first).prefix(room).enumerated() {
            screen.put(DisplayWidth.clip("  " + l, to: area.width), row: area.top + 2 + i, col: area.left, style: .plain)
        }
    }
}
