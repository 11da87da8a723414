import Foundation
import PlannerCore

/// Seven columns, Monday first, under a time grid: day headings (today and holidays marked),
/// an all-day strip on top, then each timed event at the row of its start time, continued
/// down to its end. The selected event is highlighted; events in conflict carry a `!`.
enum WeekView {
    static let gutter = 6

    /// Where things are in the week view: what `draw` paints and what a mouse click hits
    /// (Update+Mouse) come from this one computation.
    struct Geometry {
        var days: [LocalDate]
        var colWidth: Int
        /// Per day, the strip's items: a label, its style, and the event's index in the day's list.
        var strip: [[(String, TextStyle, Int?)]]
        var stripRows: Int
        /// First row of the time grid, its height, and the grid itself.
        var gridTop: Int
        var gridRows: Int
        var grid: TimeGrid?
        /// Per day, its timed events with their index in the day's list.
        var timed: [[(offset: Int, element: Occurrence)]]

        func left(of day: Int, area: ViewArea) -> Int { area.left + gutter + day * colWidth }
    }

    static func geometry(_ s: AppState, area: ViewArea, unicode: Bool) -> Geometry {
        let days = s.cursor.isoWeek.days
        let colWidth = max(4, (area.width - gutter) / 7)
        let lists = days.map { s.occurrences(on: $0) }
        // All-day strip: holidays and all-day events, at most three rows.
        let strip = days.enumerated().map { i, day -> [(String, TextStyle, Int?)] in
            var items: [(String, TextStyle, Int?)] = []
            if let v = s.schoolHolidays[day] { items.append(((unicode ? "≈ " : "~ ") + v, TextStyle(role: .muted, underline: true), nil)) }
            if let h = s.holidays[day] { items.append((h, TextStyle(role: .holiday), nil)) }
            for (j, o) in lists[i].enumerated() where o.allDay {
                let selected = day == s.cursor && j == s.selection
                items.append((Renderer.mark(o, s) + o.displayTitle(s.lang), TextStyle(role: Renderer.role(o), reverse: selected), j))
            }
            return items
        }
        let stripRows = min(3, strip.map(\.count).max() ?? 0, max(0, area.height - 4))
        let top = area.top + 1 + stripRows + (stripRows > 0 ? 1 : 0)
        let gridRows = area.top + area.height - top
        let timed = lists.map { $0.enumerated().filter { !$0.element.allDay } }
        let grid = gridRows > 0 ? TimeGrid(occurrences: timed.flatMap { $0.map(\.element) }, days: days, zone: s.zone, rows: gridRows) : nil
        return Geometry(days: days, colWidth: colWidth, strip: strip, stripRows: stripRows, gridTop: top, gridRows: gridRows, grid: grid, timed: timed)
    }

    static func draw(_ s: AppState, area: ViewArea, on screen: Screen) {
        let g = geometry(s, area: area, unicode: screen.unicode)
        let days = g.days, colWidth = g.colWidth, stripRows = g.stripRows
        // Heading row.
        for (i, day) in days.enumerated() {
            let x = g.left(of: i, area: area)
            var heading = "\(CalendarNames.shortWeekday(day.weekday, s.lang)) \(day.day)"
            if s.holidays[day] != nil { heading += screen.unicode ? " ✱" : " *" }
            var style = TextStyle(role: day == s.today ? .today : .heading, bold: true)
            if day == s.cursor { style.reverse = true }
            screen.put(DisplayWidth.fit(" " + heading, to: colWidth - 1), row: area.top, col: x, style: style)
        }
        for (i, items) in g.strip.enumerated() {
            let x = g.left(of: i, area: area)
            for r in 0..<stripRows where r < items.count {
                var (text, style, _) = items[r]
                if r == stripRows - 1 && items.count > stripRows { text = "+\(items.count - r)"; style = .dim }
                screen.put(DisplayWidth.fit(" " + text, to: colWidth - 1), row: area.top + 1 + r, col: x, style: style)
            }
        }
        SchoolHolidayBand.draw(s, days: days, row: area.top + 1, left: area.left + gutter, colWidth: colWidth, visible: stripRows > 0, on: screen)
        if stripRows > 0 {
            screen.put(String(repeating: screen.unicode ? "─" : "-", count: area.width), row: g.gridTop - 1, col: area.left, style: .dim)
        }
        guard let grid = g.grid else { return }
        for r in 0..<g.gridRows {
            if let l = grid.label(at: r) { screen.put(l, row: g.gridTop + r, col: area.left, style: .dim) }
        }
        for (i, day) in days.enumerated() {
            grid.draw(g.timed[i], day: day, zone: s.zone, top: g.gridTop, col: g.left(of: i, area: area), width: colWidth - 1,
                      selection: day == s.cursor ? s.selection : nil, text: { line($0, day, s, width: $1) }, on: screen)
        }
    }

    /// `09:00 Titre [Nîmes, Alès]`: the city as a tag when the column is wide enough (the
    /// three-letter ids when the names do not fit). The title comes first: the tag, then the
    /// time (the row already says the hour) give way before the title is cut short.
    static func line(_ o: Occurrence, _ day: LocalDate, _ s: AppState, width: Int) -> String {
        let titleOnly = Renderer.mark(o, s) + o.displayTitle(s.lang)
        // In narrow columns the row already says the hour: the title gets the room.
        if width < 16 && !o.allDay { return DisplayWidth.fit(titleOnly, to: width) }
        let compact = Renderer.compactLine(o, on: day, s)
        let timeWidth = DisplayWidth.of(compact) - DisplayWidth.of(titleOnly)
        // What the title needs to be recognised: all of it, or its first 14 cells.
        let wanted = min(DisplayWidth.of(titleOnly), 14)
        guard width >= 20 else {
            return DisplayWidth.fit(o.allDay || width - timeWidth >= wanted ? compact : titleOnly, to: width)
        }
        var tag = "[" + (o.event.cities.isEmpty ? o.event.locationText ?? "" : o.event.cities.map { s.cityNames[$0] ?? $0 }.joined(separator: ", ")) + "]"
        if DisplayWidth.of(tag) > width / 2 { tag = "[" + o.event.cities.joined(separator: ",") + "]" }
        let room = width - DisplayWidth.of(tag) - 1
        if DisplayWidth.of(tag) <= width / 2 && room - timeWidth >= wanted {
            return DisplayWidth.fit(compact, to: room) + " " + tag
        }
        return DisplayWidth.fit(o.allDay || width - timeWidth >= wanted ? compact : titleOnly, to: width)
    }
}
