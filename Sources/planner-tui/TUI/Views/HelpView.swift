import Foundation
import PlannerCore

/// Every key, on `?`; Esc or `?` closes it. The table is also what the tests check key by key.
enum HelpView {
    /// The table lives in the catalogue (Catalogue.tuiHelpEntries).
    static var entries: [(keys: String, text: Localized)] { Catalogue.tuiHelpEntries + Catalogue.Cluster.helpEntries + Catalogue.syncHelpEntries }

    /// The width of the keys' column.
    static let keyWidth = 18

    /// The help's lines for a screen `width` cells wide: each text wrapped under its column
    /// (at 80 columns the longer ones took two lines and lost their end).
    static func lines(_ lang: Language, width: Int = Int.max) -> [String] {
        var out: [String] = []
        for e in entries {
            let text = e.text(lang)
            if e.keys.isEmpty {
                out += DisplayWidth.wrap(text, to: width - 2)
                continue
            }
            let parts = DisplayWidth.wrap(text, to: width - 2 - keyWidth - 1)
            out.append(DisplayWidth.fit(e.keys, to: keyWidth) + " " + parts[0])
            out += parts.dropFirst().map { String(repeating: " ", count: keyWidth + 1) + $0 }
        }
        return out
    }

    static func draw(_ s: AppState, area: ViewArea, on screen: Screen) {
        let all = lines(s.lang, width: area.width)
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
