import Foundation
import PlannerCore

/// Draws a state onto a screen: a title bar, the current view, the details of the selected
/// event and a status line. Pure drawing; no state changes.
enum Renderer {
    static func render(_ s: AppState, on screen: Screen) {
        screen.clear()
        if s.tooSmall {
            let msg = s.lang == .fr ? "Terminal trop petit (40×10 minimum)" : "Terminal too small (40×10 minimum)"
            screen.put(DisplayWidth.clip(msg, to: screen.cols), row: 0, col: 0, style: .bold)
            screen.flush()
            return
        }
        screen.put(DisplayWidth.fit(" " + title(s), to: s.cols), row: 0, col: 0, style: TextStyle(role: .heading, reverse: true))
        let top = 1, detailsHeight = 3, bottom = s.rows - 1 - detailsHeight
        let area = ViewArea(top: top, left: 0, height: bottom - top, width: s.cols)
        if s.showHelp {
            HelpView.draw(s, area: ViewArea(top: top, left: 0, height: s.rows - 2, width: s.cols), on: screen)
        } else {
            switch s.mode {
            case .week: WeekView.draw(s, area: area, on: screen)
            case .month: MonthView.draw(s, area: area, on: screen)
            case .day: DayView.draw(s, area: area, on: screen)
            case .agenda: AgendaView.draw(s, area: area, on: screen)
            }
            DetailsPane.draw(s, area: ViewArea(top: bottom, left: 0, height: detailsHeight, width: s.cols), on: screen)
        }
        let status = s.message ?? statusHint(s)
        screen.put(DisplayWidth.fit(" " + status, to: s.cols), row: s.rows - 1, col: 0,
                   style: s.message == nil ? TextStyle(role: .muted, reverse: true) : TextStyle(role: .error, reverse: true))
        screen.flush()
    }

    static func title(_ s: AppState) -> String {
        switch s.mode {
        case .week: return CalendarNames.weekHeading(s.cursor.isoWeek, s.lang)
        case .month: return CalendarNames.monthTitle(year: s.cursor.year, month: s.cursor.month, s.lang).capitalizedFirst
        case .day: return CalendarNames.dayHeading(s.cursor, s.lang, year: true).capitalizedFirst
        case .agenda:
            let r = s.visibleRange
            return (s.lang == .fr ? "Agenda — " : "Agenda — ") + CalendarNames.rangePhrase(r.lowerBound, r.upperBound.adding(days: -1), s.lang)
        }
    }

    static func statusHint(_ s: AppState) -> String {
        s.lang == .fr
            ? "m/w/d/a vues · ←→ déplacer · n/p période · t aujourd'hui · ? aide · q quitter"
            : "m/w/d/a views · ←→ move · n/p period · t today · ? help · q quit"
    }

    /// The colour role of an event's office.
    static func role(_ o: Occurrence) -> TextStyle.Role {
        switch o.event.office {
        case .toulouse: return .toulouse
        case .montpellier: return .montpellier
        case .joint: return .joint
        }
    }

    /// `09:00 Titre` for a compact line; `•` for all-day.
    static func compactLine(_ o: Occurrence, on day: LocalDate, _ s: AppState) -> String {
        if o.allDay { return "• " + o.title }
        let ctx = AgendaContext(lang: s.lang, zone: s.zone, cityNames: s.cityNames)
        let range = ctx.timeRange(o, on: day)
        let first = range.split(separator: "–").first.map(String.init) ?? range
        return first + " " + o.title
    }
}

/// A rectangle of the screen given to a view.
struct ViewArea {
    var top: Int
    var left: Int
    var height: Int
    var width: Int
}
