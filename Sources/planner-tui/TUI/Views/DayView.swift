import Foundation
import PlannerCore

/// One day hour by hour: the holiday and all-day events on top, then the hours with each
/// event at its start time (time range, title, cities), conflicts marked with `!`.
enum DayView {
    static func draw(_ s: AppState, area: ViewArea, on screen: Screen) {
        let ctx = AgendaContext(lang: s.lang, zone: s.zone, cityNames: s.cityNames)
        var row = area.top
        let bottom = area.top + area.height
        if let h = s.holidays[s.cursor] {
            screen.put(DisplayWidth.fit(" \(h) (\(CalendarNames.holidayLabel(s.lang)))", to: area.width), row: row, col: area.left, style: TextStyle(role: .holiday))
            row += 1
        }
        let list = s.occurrences(on: s.cursor)
        func line(_ o: Occurrence) -> String {
            let time = DisplayWidth.fit(ctx.timeRange(o, on: s.cursor), to: 16)
            return "\(Renderer.mark(o, s))\(time) \(ctx.title(o)) — \(ctx.place(o.event))"
        }
        for (j, o) in list.enumerated() where o.allDay && row < bottom {
            screen.put(DisplayWidth.fit("       " + line(o), to: area.width), row: row, col: area.left,
                       style: TextStyle(role: Renderer.role(o), reverse: j == s.selection))
            row += 1
        }
        guard row < bottom else { return }
        let timed = list.enumerated().filter { !$0.element.allDay }
        if timed.count > bottom - row {
            // A crowded day: a plain list, scrolled so that the selected event is visible.
            let room = bottom - row
            let selectedTimed = timed.firstIndex { $0.offset == s.selection } ?? 0
            let first = max(0, min(selectedTimed - room + 1, timed.count - room))
            for (k, (j, o)) in timed.dropFirst(first).prefix(room).enumerated() {
                screen.put(DisplayWidth.fit(" " + line(o), to: area.width), row: row + k, col: area.left,
                           style: TextStyle(role: Renderer.role(o), reverse: j == s.selection))
            }
            return
        }
        let grid = TimeGrid(occurrences: timed.map(\.element), days: [s.cursor], zone: s.zone, rows: bottom - row)
        for r in 0..<grid.rows {
            if let l = grid.label(at: r) { screen.put(l, row: row + r, col: area.left + 1, style: .dim) }
        }
        grid.draw(timed, day: s.cursor, zone: s.zone, top: row, col: area.left + 7, width: area.width - 7,
                  selection: s.selection, text: { o, w in
                      // Side by side, a narrow column keeps the title: the row already says the hour.
                      w >= 40 ? line(o) : w >= 24 ? Renderer.mark(o, s) + ctx.timeRange(o, on: s.cursor) + " " + o.title : Renderer.mark(o, s) + o.title
                  }, on: screen)
        if list.isEmpty {
            screen.put("(" + CalendarNames.noEventsLabel(s.lang) + ")", row: row, col: area.left + 14, style: .dim)
        }
    }
}
