import Foundation
import PlannerCore

/// Lays out one day's timed events on rows of a time grid (week and day views): the hours
/// shown, the minutes per row, and the rows and side-by-side column of each event.
struct TimeGrid {
    var firstHour: Int
    var lastHour: Int
    var slotMinutes: Int
    var rows: Int

    /// A grid from 08:00 to 20:00, widened to the events' times, with the finest slot
    /// (15 min to 4 h) that fits in `rows`.
    init(occurrences: [Occurrence], days: [LocalDate], zone: TimeZone, rows: Int) {
        var first = 8, last = 20
        let shown = Set(days)
        for o in occurrences where !o.allDay {
            // Each instant converted once, not once per day shown (a busy week holds thousands).
            let start = LocalDateTime(o.start, in: zone), end = LocalDateTime(o.end, in: zone)
            for day in o.days(in: zone) where shown.contains(day) {
                let (sh, _) = Self.clock(start, day: day)
                let (eh, em) = Self.clock(end, day: day)
                first = min(first, sh)
                last = max(last, min(24, em > 0 ? eh + 1 : eh))
            }
        }
        firstHour = first
        lastHour = max(last, first + 1)
        let available = max(1, rows)
        self.rows = available
        let span = (lastHour - firstHour) * 60
        // 90 and 180 minutes too: a 2-hour grid left rows empty below and put 09:30 at 08:00;
        // 20 minutes (every hour still labelled) so that 200×50 uses its height, not 24 of 41 rows.
        slotMinutes = [15, 20, 30, 60, 90, 120, 180, 240].first { (span + $0 - 1) / $0 <= available } ?? 240
    }

    /// Local hour and minute of an instant on `day` (00:00 when it is on an earlier day,
    /// 24:00 when later).
    static func clock(_ t: Date, day: LocalDate, zone: TimeZone, isEnd: Bool) -> (Int, Int) {
        clock(LocalDateTime(t, in: zone), day: day)
    }

    /// The same for a local time already converted.
    static func clock(_ c: LocalDateTime, day: LocalDate) -> (Int, Int) {
        if c.date < day { return (0, 0) }
        if c.date > day { return (24, 0) }
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

    /// Where one timed event goes: its first and last row, and its column among the events
    /// that overlap it (`columns` side by side in its cluster), as calendars lay them out.
    struct Placement: Equatable {
        var first: Int
        var last: Int
        var column: Int
        var columns: Int
    }

    /// Places each timed event (in the given order) for its whole duration. Events whose rows
    /// overlap (at this grid's slot size) form a cluster and get one column each, the first
    /// free one from the left, so none hides another.
    func place(_ list: [Occurrence], day: LocalDate, zone: TimeZone) -> [Placement] {
        var out = list.map { o -> Placement in
            let (sh, sm) = Self.clock(o.start, day: day, zone: zone, isEnd: false)
            let (eh, em) = Self.clock(o.end, day: day, zone: zone, isEnd: true)
            let first = row(hour: sh, minute: sm)
            let endMinutes = (eh - firstHour) * 60 + em
            let last = max(first, min(rows - 1, (endMinutes - 1) / slotMinutes))
            return Placement(first: first, last: last, column: 0, columns: 1)
        }
        let order = out.indices.sorted { (out[$0].first, out[$0].last, $0) < (out[$1].first, out[$1].last, $1) }
        var cluster: [Int] = []
        var clusterEnd = -1
        var columnEnds: [Int] = []
        func close() {
            for i in cluster { out[i].columns = columnEnds.count }
            cluster = []
            columnEnds = []
        }
        for i in order {
            if out[i].first > clusterEnd { close() }
            if let c = columnEnds.firstIndex(where: { $0 < out[i].first }) {
                out[i].column = c
                columnEnds[c] = out[i].last
            } else {
                out[i].column = columnEnds.count
                columnEnds.append(out[i].last)
            }
            cluster.append(i)
            clusterEnd = max(clusterEnd, out[i].last)
        }
        close()
        return out
    }

    /// The narrowest column an event keeps (a mark and two letters).
    static let minColumnWidth = 4

    /// Draws a day's timed events (each with its index in the day's list, to match the
    /// selection) in an area from row `top`: overlapping events side by side, each with its
    /// text on its first row and `┊` down to its end. When a cluster has more columns than
    /// fit, the last visible column shows `+N` (the events left out) on the rows they cover.
    /// Returns the events left out, for the details view.
    @discardableResult
    func draw(_ events: [(offset: Int, element: Occurrence)], day: LocalDate, zone: TimeZone, top: Int, col: Int, width: Int,
              selection: Int?, text: (Occurrence, Int) -> String, on screen: Screen) -> [Occurrence] {
        let placed = place(events.map(\.element), day: day, zone: zone)
        let fit = max(1, (width + 1) / (Self.minColumnWidth + 1))
        var hidden: [Occurrence] = []
        var hiddenAt: [Int: Int] = [:]
        for (k, (j, o)) in events.enumerated() {
            let p = placed[k]
            let shown = min(p.columns, fit)
            if p.columns > fit && p.column >= fit - 1 {
                hidden.append(o)
                for r in p.first...p.last { hiddenAt[r, default: 0] += 1 }
                continue
            }
            let (x, w) = Self.column(p.column, of: shown, col: col, width: width)
            let style = TextStyle(role: Renderer.role(o), reverse: j == selection)
            screen.put(DisplayWidth.fit(text(o, w), to: w), row: top + p.first, col: x, style: style)
            if p.last > p.first {
                for r in (p.first + 1)...p.last {
                    screen.put(screen.unicode ? "┊" : ":", row: top + r, col: x, style: TextStyle(role: Renderer.role(o), reverse: j == selection))
                }
            }
        }
        for (r, n) in hiddenAt {
            let (x, w) = Self.column(fit - 1, of: fit, col: col, width: width)
            screen.put(DisplayWidth.fit("+\(n)", to: w), row: top + r, col: x, style: .dim)
        }
        return hidden
    }

    /// The event drawn at grid row `row`, `x` cells from the day's left edge (as `draw`
    /// lays them out): its index in the day's list, nil on an empty cell or a `+N`.
    func hit(_ events: [(offset: Int, element: Occurrence)], day: LocalDate, zone: TimeZone, width: Int, row: Int, x: Int) -> Int? {
        let placed = place(events.map(\.element), day: day, zone: zone)
        let fit = max(1, (width + 1) / (Self.minColumnWidth + 1))
        for (k, (j, _)) in events.enumerated() {
            let p = placed[k]
            guard p.first <= row, row <= p.last, !(p.columns > fit && p.column >= fit - 1) else { continue }
            let (left, w) = Self.column(p.column, of: min(p.columns, fit), col: 0, width: width)
            if x >= left && x < left + w { return j }
        }
        return nil
    }

    /// Left edge and width of column `i` of `n` sharing `width` (a space between columns).
    static func column(_ i: Int, of n: Int, col: Int, width: Int) -> (x: Int, width: Int) {
        let w = max(1, (width - (n - 1)) / n)
        return (col + i * (w + 1), i == n - 1 ? max(1, width - i * (w + 1)) : w)
    }
}
