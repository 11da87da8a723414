import Foundation
import PlannerCore

/// Lays out one day's timed events on rows of a time grid (week and day views): the hours
/// shown, the minutes per row, and the row of each event (pushed down when rows collide).
struct TimeGrid {
    var firstHour: Int
    var lastHour: Int
    var slotMinutes: Int
    var rows: Int

    /// A grid from 08:00 to 20:00, widened to the events' times, with the finest slot
    /// (15 min to 4 h) that fits in `rows`.
    init(occurrences: [Occurrence], days: [LocalDate], zone: TimeZone, rows: Int) {
        var first = 8, last = 20
        for o in occurrences where !o.allDay {
            for day in days where o.days(in: zone).contains(day) {
                let (sh, _) = Self.clock(o.start, day: day, zone: zone, isEnd: false)
                let (eh, em) = Self.clock(o.end, day: day, zone: zone, isEnd: true)
                first = min(first, sh)
                last = max(last, min(24, em > 0 ? eh + 1 : eh))
            }
        }
        firstHour = first
        lastHour = max(last, first + 1)
        let available = max(1, rows)
        self.rows = available
        let span = (lastHour - firstHour) * 60
        slotMinutes = [15, 30, 60, 120, 240].first { (span + $0 - 1) / $0 <= available } ?? 240
    }

    /// Local hour and minute of an instant on `day` (00:00 when it is on an earlier day,
    /// 24:00 when later).
    static func clock(_ t: Date, day: LocalDate, zone: TimeZone, isEnd: Bool) -> (Int, Int) {
        let d = LocalDate(t, in: zone)
        if d < day { return (0, 0) }
        if d > day { return (24, 0) }
        let c = LocalDateTime(t, in: zone)
        return (c.hour, c.minute)
    }

    /// The row of a local time, clamped to the grid.
    func row(hour: Int, minute: Int) -> Int {
        let m = (hour - firstHour) * 60 + minute
        return min(rows - 1, max(0, m / slotMinutes))
    }

    /// Rows that start with an hour label (`09:00`) on the left.
    func label(at row: Int) -> String? {
        let m = firstHour * 60 + row * slotMinutes
        guard m % 60 == 0, m < lastHour * 60 else { return nil }
        return String(format: "%02d:00", m / 60)
    }

    /// For each timed event (in the given order): its first row and its last row (at least
    /// the first), with rows pushed down so that two events never share their first row.
    func place(_ list: [Occurrence], day: LocalDate, zone: TimeZone) -> [(first: Int, last: Int)] {
        var next = 0
        return list.map { o in
            let (sh, sm) = Self.clock(o.start, day: day, zone: zone, isEnd: false)
            let (eh, em) = Self.clock(o.end, day: day, zone: zone, isEnd: true)
            let first = min(rows - 1, max(next, row(hour: sh, minute: sm)))
            let endMinutes = (eh - firstHour) * 60 + em
            let last = max(first, min(rows - 1, (endMinutes - 1) / slotMinutes))
            next = first + 1
            return (first, last)
        }
    }

    /// Draws a day's timed events (each with its index in the day's list, to match the
    /// selection) in a column from row `top`: the text at its first row, `┊` down to its end
    /// until the next event. When they do not all fit, the last row says how many are left.
    func draw(_ events: [(offset: Int, element: Occurrence)], day: LocalDate, zone: TimeZone, top: Int, col: Int, width: Int,
              selection: Int?, text: (Occurrence) -> String, on screen: Screen) {
        let placed = place(events.map(\.element), day: day, zone: zone)
        let overflow = placed.filter { $0.first == rows - 1 }.count > 1
        for (k, (j, o)) in events.enumerated() {
            let (first, last) = placed[k]
            if overflow && first == rows - 1 {
                screen.put(DisplayWidth.fit("+\(events.count - k)", to: width), row: top + rows - 1, col: col, style: .dim)
                return
            }
            let role = Renderer.role(o)
            screen.put(DisplayWidth.fit(text(o), to: width), row: top + first, col: col, style: TextStyle(role: role, reverse: j == selection))
            let nextFirst = k + 1 < placed.count ? placed[k + 1].first : rows
            if last > first {
                for r in (first + 1)...last where r < nextFirst {
                    screen.put(screen.unicode ? "┊" : ":", row: top + r, col: col, style: TextStyle(role: role))
                }
            }
        }
    }
}
