// Update+Mouse: what a mouse does in the views (#13 "also expected"): a click selects the day
// or the event under it, a double click opens the event's details (a day's view from the
// month), the wheel moves through periods, or scrolls what is open (help, details, search
// results, a panel). The ncurses adapter only translates its events into `MouseEvent`s; the
// geometry comes from the views' own layout (WeekView.geometry, TimeGrid.hit).
import Foundation
import PlannerCore

/// A mouse event in screen cells (row 0 is the title bar).
struct MouseEvent: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case click, doubleClick, wheelUp, wheelDown }
    var kind: Kind
    var row: Int
    var col: Int
}

extension Update {
    static func mouse(_ m: MouseEvent, _ state: AppState) -> (AppState, [Effect]) {
        let s = state
        // The form and one-line prompts are keyboard-only.
        if s.form != nil || s.prompt != nil || s.tooSmall { return (s, []) }
        if m.kind == .wheelUp || m.kind == .wheelDown {
            let down = m.kind == .wheelDown
            if s.panel != nil { return panelKey(down ? .down : .up, s) }
            if s.showHelp || s.detailsScroll != nil || s.search?.listOpen == true { return handle(down ? .down : .up, s) }
            var next = s
            next.message = nil
            period(&next, down ? 1 : -1)
            return reloading(next)
        }
        if s.panel != nil || s.showHelp || s.detailsScroll != nil || s.search?.listOpen == true { return (s, []) }
        guard let target = ViewHit.at(s, row: m.row, col: m.col) else { return (s, []) }
        var next = s
        next.message = nil
        next.messageIsError = false
        next.cursor = target.day
        next.selection = target.event ?? 0
        if m.kind == .doubleClick {
            if target.event != nil {
                next.detailsScroll = 0
            } else if s.mode == .month {
                next.mode = .day
            }
        }
        return reloading(next)
    }
}

/// What is under a screen cell in the current view: a day, and the event's index in that
/// day's list when the cell shows one.
struct ViewHit: Equatable {
    var day: LocalDate
    var event: Int?

    /// The views' area, as the Renderer gives it.
    static func area(_ s: AppState) -> ViewArea {
        ViewArea(top: 1, left: 0, height: s.rows - 1 - DetailsPane.height - 1, width: s.cols)
    }

    static func at(_ s: AppState, row: Int, col: Int) -> ViewHit? {
        let area = area(s)
        guard row >= area.top, row < area.top + area.height, col >= area.left, col < area.left + area.width else { return nil }
        switch s.mode {
        case .week: return week(s, area: area, row: row, col: col)
        case .month: return month(s, area: area, row: row, col: col)
        case .day: return day(s, area: area, row: row, col: col)
        case .agenda: return nil
        }
    }

    static func week(_ s: AppState, area: ViewArea, row: Int, col: Int) -> ViewHit? {
        let g = WeekView.geometry(s, area: area, unicode: true)
        guard col >= area.left + WeekView.gutter else { return nil }
        let i = (col - area.left - WeekView.gutter) / g.colWidth
        guard i < 7 else { return nil }
        let day = g.days[i]
        let x = col - g.left(of: i, area: area)
        if row == area.top { return ViewHit(day: day) }
        if row <= area.top + g.stripRows {
            let r = row - area.top - 1
            let items = g.strip[i]
            // The last strip row says "+N" when more items than rows.
            guard r < items.count, !(r == g.stripRows - 1 && items.count > g.stripRows) else { return ViewHit(day: day) }
            return ViewHit(day: day, event: items[r].2)
        }
        guard let grid = g.grid, row >= g.gridTop else { return ViewHit(day: day) }
        return ViewHit(day: day, event: grid.hit(g.timed[i], day: day, zone: s.zone, width: g.colWidth - 1, row: row - g.gridTop, x: x))
    }

    static func month(_ s: AppState, area: ViewArea, row: Int, col: Int) -> ViewHit? {
        let first = s.cursor.firstOfMonth.mondayOfWeek
        let weekCol = 4
        let colWidth = max(4, (area.width - weekCol) / 7)
        let cellHeight = max(1, (area.height - 1) / 6)
        let shown = max(1, min(6, (area.height - 1) / cellHeight))
        let cursorWeek = first.days(until: s.cursor.mondayOfWeek) / 7
        let firstWeek = max(0, min(cursorWeek - shown + 1, 6 - shown))
        guard row > area.top, col >= area.left + weekCol else { return nil }
        let w = (row - area.top - 1) / cellHeight, d = (col - area.left - weekCol) / colWidth
        guard w < shown, d < 7 else { return nil }
        let day = first.adding(days: 7 * (firstWeek + w) + d)
        // Under the day number, the titles listed (MonthView draws the first ones).
        let line = (row - area.top - 1) % cellHeight
        let count = s.occurrences(on: day).count
        return ViewHit(day: day, event: line >= 1 && line - 1 < count ? line - 1 : nil)
    }

    static func day(_ s: AppState, area: ViewArea, row: Int, col: Int) -> ViewHit? {
        // The day view's layout: holiday line, all-day events, then the grid (DayView).
        var top = area.top + (s.holidays[s.cursor] != nil ? 1 : 0)
        let list = s.occurrences(on: s.cursor)
        for (j, o) in list.enumerated() where o.allDay {
            if row == top { return ViewHit(day: s.cursor, event: j) }
            top += 1
        }
        let timed = list.enumerated().filter { !$0.element.allDay }
        let bottom = area.top + area.height
        guard row >= top, top < bottom, timed.count <= bottom - top, col >= area.left + 7 else { return ViewHit(day: s.cursor) }
        let grid = TimeGrid(occurrences: timed.map(\.element), days: [s.cursor], zone: s.zone, rows: bottom - top)
        return ViewHit(day: s.cursor, event: grid.hit(timed, day: s.cursor, zone: s.zone, width: area.width - 7, row: row - top, x: col - area.left - 7))
    }
}
