import Foundation
import PlannerCore

/// The selected event's details: time, cities, office, kind, series, people, description.
enum DetailsPane {
    static func draw(_ s: AppState, area: ViewArea, on screen: Screen) {
        let rule = String(repeating: screen.unicode ? "─" : "-", count: area.width)
        screen.put(rule, row: area.top, col: area.left, style: .dim)
        guard let o = s.selectedOccurrence else { return }
        let ctx = AgendaContext(lang: s.lang, zone: s.zone, cityNames: s.cityNames)
        let fr = s.lang == .fr
        let line1 = "\(ctx.timeRange(o, on: s.cursor))  \(o.title)"
        var parts = [ctx.cityList(o.event.cities), AgendaText.details(o, ctx).components(separatedBy: " · ").dropFirst().joined(separator: " · ")]
        if let series = o.event.series { parts.append((fr ? "série " : "series ") + series) }
        if !o.event.people.isEmpty { parts.append((fr ? "avec " : "with ") + o.event.people.joined(separator: ", ")) }
        if let r = o.event.rrule { parts.append((fr ? "répétition " : "repeats ") + r) }
        screen.put(DisplayWidth.fit(" " + line1, to: area.width), row: area.top + 1, col: area.left, style: TextStyle(role: Renderer.role(o), bold: true))
        var line2 = parts.joined(separator: " · ")
        if !o.event.description.isEmpty { line2 += " — " + o.event.description.replacingOccurrences(of: "\n", with: " ") }
        screen.put(DisplayWidth.fit(" " + line2, to: area.width), row: area.top + 2, col: area.left, style: .plain)
    }
}
