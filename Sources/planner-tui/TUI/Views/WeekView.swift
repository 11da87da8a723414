import Foundation
import PlannerCore

/// Seven columns, Monday first: each day's heading (today and holidays marked) and its
/// events in order, the selected one highlighted.
enum WeekView {
    static func draw(_ s: AppState, area: ViewArea, on screen: Screen) {
        let days = s.cursor.isoWeek.days
        let colWidth = max(4, area.width / 7)
        for (i, day) in days.enumerated() {
            let x = area.left + i * colWidth
            let w = i == 6 ? area.width - 6 * colWidth : colWidth
            var heading = "\(CalendarNames.shortWeekday(day.weekday, s.lang)) \(day.day)"
            if s.holidays[day] != nil { heading += " ✱" }
            var style = TextStyle(role: day == s.today ? .today : .heading, bold: true)
            if day == s.cursor { style.reverse = true }
            screen.put(DisplayWidth.fit(" " + heading, to: w - 1), row: area.top, col: x, style: style)
            var row = area.top + 1
            if let h = s.holidays[day], row < area.top + area.height {
                screen.put(DisplayWidth.fit(" " + h, to: w - 1), row: row, col: x, style: TextStyle(role: .holiday))
                row += 1
            }
            for (j, o) in s.occurrences(on: day).enumerated() {
                guard row < area.top + area.height else { break }
                let selected = day == s.cursor && j == s.selection
                screen.put(DisplayWidth.fit(" " + Renderer.compactLine(o, on: day, s), to: w - 1), row: row, col: x,
                           style: TextStyle(role: Renderer.role(o), reverse: selected))
                row += 1
            }
        }
    }
}
