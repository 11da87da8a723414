import Foundation
import PlannerCore

/// The month grid: ISO week numbers on the left, Monday first, six weeks, the number of
/// events (or the first titles when there is room) under each day.
enum MonthView {
    static func draw(_ s: AppState, area: ViewArea, on screen: Screen) {
        let first = s.cursor.firstOfMonth.mondayOfWeek
        let weekCol = 4
        let colWidth = max(4, (area.width - weekCol) / 7)
        var header = String(repeating: " ", count: weekCol)
        for d in 1...7 { header += DisplayWidth.fit(" " + CalendarNames.shortWeekday(d, s.lang), to: colWidth) }
        screen.put(header, row: area.top, col: area.left, style: TextStyle(role: .heading, bold: true))
        let cellHeight = max(1, (area.height - 1) / 6)
        // On a short terminal fewer weeks fit: those shown always include the cursor's week.
        let shown = max(1, min(6, (area.height - 1) / cellHeight))
        let cursorWeek = first.days(until: s.cursor.mondayOfWeek) / 7
        let firstWeek = max(0, min(cursorWeek - shown + 1, 6 - shown))
        for week in firstWeek..<(firstWeek + shown) {
            let y = area.top + 1 + (week - firstWeek) * cellHeight
            let monday = first.adding(days: 7 * week)
            screen.put(String(format: "%3d", monday.isoWeek.week), row: y, col: area.left, style: .dim)
            for d in 0..<7 {
                let day = monday.adding(days: d)
                let x = area.left + weekCol + d * colWidth
                let list = s.occurrences(on: day)
                var style = TextStyle(role: day.month == s.cursor.month ? .normal : .muted)
                if day == s.today { style.role = .today; style.bold = true }
                if s.holidays[day] != nil { style.role = .holiday }
                // School holidays: the day number underlined with a ≈ mark (a band across the weeks).
                if s.schoolHolidays[day] != nil { style.underline = true }
                if day == s.cursor { style.reverse = true }
                var label = String(format: "%2d", day.day)
                if s.schoolHolidays[day] != nil { label += screen.unicode ? "≈" : "~" }
                if cellHeight == 1 && !list.isEmpty { label += " (\(list.count))" }
                if list.contains(where: { !s.conflicts(of: $0).isEmpty }) { label += " !" }
                screen.put(DisplayWidth.fit(label, to: colWidth - 1), row: y, col: x, style: style)
                if cellHeight > 1 {
                    for (i, o) in list.prefix(cellHeight - 1).enumerated() {
                        // The last line, when events remain, says how many: `+4 DigiWorldWeek…`.
                        let more = i == cellHeight - 2 && list.count > cellHeight - 1
                        let text = (more ? "+\(list.count - i - 1) " : "") + Renderer.mark(o, s) + o.displayTitle(s.lang)
                        let selected = day == s.cursor && (i == s.selection || (more && s.selection > i))
                        screen.put(DisplayWidth.fit(text, to: colWidth - 1), row: y + 1 + i, col: x, style: TextStyle(role: Renderer.role(o), reverse: selected))
                    }
                }
            }
        }
    }
}
