import Foundation
import PlannerCore

/// One day: all-day events on top, then each event with its time range, title and cities.
enum DayView {
    static func draw(_ s: AppState, area: ViewArea, on screen: Screen) {
        let ctx = AgendaContext(lang: s.lang, zone: s.zone, cityNames: s.cityNames)
        var row = area.top
        if let h = s.holidays[s.cursor] {
            screen.put(DisplayWidth.fit(" \(h) (\(CalendarNames.holidayLabel(s.lang)))", to: area.width), row: row, col: area.left, style: TextStyle(role: .holiday))
            row += 1
        }
        let list = s.occurrences(on: s.cursor)
        if list.isEmpty {
            screen.put(" (" + CalendarNames.noEventsLabel(s.lang) + ")", row: row, col: area.left, style: .dim)
        }
        for (i, o) in list.enumerated() where row < area.top + area.height {
            let time = DisplayWidth.fit(ctx.timeRange(o, on: s.cursor), to: 17)
            let line = " \(time) \(o.title) — \(ctx.cityList(o.event.cities))"
            screen.put(DisplayWidth.fit(line, to: area.width), row: row, col: area.left,
                       style: TextStyle(role: Renderer.role(o), reverse: i == s.selection))
            row += 1
        }
    }
}
