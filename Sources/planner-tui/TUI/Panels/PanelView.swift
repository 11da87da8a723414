import Foundation
import PlannerCore

/// Draws an open panel over the view area: its title, its lines (scrolled; warnings in the
/// error colour, the current period highlighted, the selected action reversed) and the keys
/// on the last line of the area.
enum PanelView {
    static func draw(_ s: AppState, _ p: Panel, area: ViewArea, on screen: Screen) {
        guard area.height > 0 else { return }
        let title = p.loading && p.lines.isEmpty ? p.title + " …" : p.title
        screen.put(DisplayWidth.fit(" " + title, to: area.width), row: area.top, col: area.left, style: TextStyle(role: .heading, bold: true))
        let room = max(0, area.height - 2)
        let first = min(p.scroll, max(0, p.lines.count - room))
        for (i, line) in p.lines.enumerated().dropFirst(first).prefix(room) {
            var text = line.text
            var style: TextStyle
            switch line.role {
            case .heading: style = .bold
            case .normal: style = .plain
            case .muted: style = .dim
            case .current: style = TextStyle(role: .today, bold: true)
            case .warning: style = TextStyle(role: .error, bold: true)
            case .selected: style = .plain
            }
            if let item = p.itemLines.firstIndex(of: i) {
                if case .newStop = p.items[item] {
                    text += (p.createPlaced ? Catalogue.Cluster.createPlaced : Catalogue.Cluster.createUnplaced)(s.lang)
                }
                if item == p.selection { style = TextStyle(role: .selection, reverse: true) }
            }
            screen.put(DisplayWidth.fit(" " + text, to: area.width), row: area.top + 1 + i - first, col: area.left, style: style)
        }
        screen.put(DisplayWidth.fit(" " + hint(p, s.lang), to: area.width), row: area.top + area.height - 1, col: area.left, style: .dim)
    }

    static func hint(_ p: Panel, _ lang: Language) -> String {
        switch p.kind {
        case .parity: return Catalogue.Cluster.parityPanelHint(lang)
        case .tour: return Catalogue.Cluster.tourPanelHint(lang)
        case .itinerary: return Catalogue.Cluster.itineraryPanelHint(lang)
        case .proposal: return Catalogue.Cluster.proposalHint(lang)
        case .unplaced: return Catalogue.Cluster.unplacedHint(lang)
        }
    }
}
