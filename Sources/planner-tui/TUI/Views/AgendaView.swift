import Foundation
import PlannerCore

/// A scrolling list of the coming days with events, as printed by `agenda`.
enum AgendaView {
    static func draw(_ s: AppState, area: ViewArea, on screen: Screen) {
        let ctx = AgendaContext(lang: s.lang, zone: s.zone, cityNames: s.cityNames)
        var row = area.top
        var day = s.visibleRange.lowerBound
        while day < s.visibleRange.upperBound && row < area.top + area.height {
            let list = s.occurrences(on: day)
            if !list.isEmpty || day == s.cursor {
                var style = TextStyle(role: day == s.today ? .today : .heading, bold: true)
                if day == s.cursor { style.underline = true }
                screen.put(DisplayWidth.fit(" " + CalendarNames.dayHeading(day, s.lang).capitalizedFirst, to: area.width), row: row, col: area.left, style: style)
                row += 1
                for (i, o) in list.enumerated() where row < area.top + area.height {
                    let time = DisplayWidth.fit(ctx.timeRange(o, on: day), to: 17)
                    screen.put(DisplayWidth.fit("  \(Renderer.mark(o, s).isEmpty ? " " : "!")\(time) \(ctx.title(o)) — \(ctx.place(o.event))", to: area.width),
                               row: row, col: area.left, style: TextStyle(role: Renderer.role(o), reverse: day == s.cursor && i == s.selection))
                    row += 1
                }
            }
            day = day.adding(days: 1)
        }
    }
}
