import Foundation
import PlannerCore

/// Seven columns, Monday first, under a time grid: day headings (today and holidays marked),
/// an all-day strip on top, then each timed event at the row of its start time, continued
/// down to its end. The selected event is highlighted; events in conflict carry a `!`.
enum WeekView {
    static let gutter = 6

    static func draw(_ s: AppState, area: ViewArea, on screen: Screen) {
        let days = s.cursor.isoWeek.days
        let colWidth = max(4, (area.width - gutter) / 7)
        let lists = days.map { s.occurrences(on: $0) }
        // Heading row.
        for (i, day) in days.enumerated() {
            let x = area.left + gutter + i * colWidth
            var heading = "\(CalendarNames.shortWeekday(day.weekday, s.lang)) \(day.day)"
            if s.holidays[day] != nil { heading += screen.unicode ? " ✱" : " *" }
            var style = TextStyle(role: day == s.today ? .today : .heading, bold: true)
            if day == s.cursor { style.reverse = true }
            screen.put(DisplayWidth.fit(" " + heading, to: colWidth - 1), row: area.top, col: x, style: style)
        }
        // All-day strip: holidays and all-day events, at most three rows.
        let stripItems = days.enumerated().map { i, day -> [(String, TextStyle, Int?)] in
            var items: [(String, TextStyle, Int?)] = []
            if let h = s.holidays[day] { items.append((h, TextStyle(role: .holiday), nil)) }
            for (j, o) in lists[i].enumerated() where o.allDay {
                let selected = day == s.cursor && j == s.selection
                items.append((Renderer.mark(o, s) + o.title, TextStyle(role: Renderer.role(o), reverse: selected), j))
            }
            return items
        }
        let stripRows = min(3, stripItems.map(\.count).max() ?? 0, max(0, area.height - 4))
        for (i, items) in stripItems.enumerated() {
            let x = area.left + gutter + i * colWidth
            for r in 0..<stripRows where r < items.count {
                var (text, style, _) = items[r]
                if r == stripRows - 1 && items.count > stripRows { text = "+\(items.count - r)"; style = .dim }
                screen.put(DisplayWidth.fit(" " + text, to: colWidth - 1), row: area.top + 1 + r, col: x, style: style)
            }
        }
        var top = area.top + 1 + stripRows
        if stripRows > 0 {
            screen.put(String(repeating: screen.unicode ? "─" : "-", count: area.width), row: top, col: area.left, style: .dim)
            top += 1
        }
        let gridRows = area.top + area.height - top
        guard gridRows > 0 else { return }
        let timed = lists.map { $0.filter { !$0.allDay } }
        let grid = TimeGrid(occurrences: timed.flatMap { $0 }, days: days, zone: s.zone, rows: gridRows)
        for r in 0..<gridRows {
            if let l = grid.label(at: r) { screen.put(l, row: top + r, col: area.left, style: .dim) }
        }
        for (i, day) in days.enumerated() {
            let x = area.left + gutter + i * colWidth
            let all = lists[i]
            let placed = grid.place(timed[i], day: day, zone: s.zone)
            // More events than rows: the last row says how many are not shown.
            let overflow = placed.filter { $0.first == grid.rows - 1 }.count > 1
            for (k, o) in timed[i].enumerated() {
                if overflow && placed[k].first == grid.rows - 1 {
                    let hidden = timed[i].count - k
                    screen.put(DisplayWidth.fit("+\(hidden)", to: colWidth - 1), row: top + grid.rows - 1, col: x, style: .dim)
                    break
                }
                let j = all.firstIndex { $0.uid == o.uid && $0.start == o.start } ?? -1
                let selected = day == s.cursor && j == s.selection
                let style = TextStyle(role: Renderer.role(o), reverse: selected)
                let (first, last) = placed[k]
                let nextFirst = k + 1 < placed.count ? placed[k + 1].first : grid.rows
                screen.put(line(o, day, s, width: colWidth - 1), row: top + first, col: x, style: style)
                // Continuation down to the end time, until the next event's row.
                if last > first {
                    for r in (first + 1)...last where r < nextFirst {
                        screen.put(screen.unicode ? "┊" : ":", row: top + r, col: x, style: TextStyle(role: Renderer.role(o)))
                    }
                }
            }
        }
    }

    /// `09:00 Titre [Nîmes, Alès]`: the city as a tag when the column is wide enough (the
    /// three-letter ids when the names do not fit).
    static func line(_ o: Occurrence, _ day: LocalDate, _ s: AppState, width: Int) -> String {
        // In narrow columns the row already says the hour: the title gets the room.
        let compact = width < 16 && !o.allDay ? Renderer.mark(o, s) + o.title : Renderer.compactLine(o, on: day, s)
        guard width >= 20 else { return DisplayWidth.fit(compact, to: width) }
        var tag = "[" + o.event.cities.map { s.cityNames[$0] ?? $0 }.joined(separator: ", ") + "]"
        if DisplayWidth.of(tag) > width / 2 { tag = "[" + o.event.cities.joined(separator: ",") + "]" }
        if DisplayWidth.of(tag) > width / 2 { return DisplayWidth.fit(compact, to: width) }
        return DisplayWidth.fit(compact, to: width - DisplayWidth.of(tag) - 1) + " " + tag
    }
}
