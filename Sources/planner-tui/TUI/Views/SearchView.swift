// SearchView: the results of a search across the whole calendar (`/` then Enter), one line per
// event with its day, time, title and cities; ↑↓ (or n/N) choose, Enter jumps to it, Esc closes.
import Foundation
import PlannerCore

enum SearchView {
    static func draw(_ s: AppState, _ found: AppState.SearchResults, area: ViewArea, on screen: Screen) {
        let ctx = AgendaContext(lang: s.lang, zone: s.zone, cityNames: s.cityNames)
        screen.put(DisplayWidth.fit(" " + Catalogue.tuiSearchHeading(found.text, found.results.count)(s.lang), to: area.width),
                   row: area.top, col: area.left, style: TextStyle(role: .heading, bold: true))
        let room = max(1, area.height - 1)
        let first = max(0, min(found.index - room / 2, found.results.count - room))
        for (k, o) in found.results.enumerated().dropFirst(first).prefix(room) {
            let day = AppState.day(of: o, zone: s.zone)
            let when = DisplayWidth.fit(CalendarNames.dayHeading(day, s.lang, year: true), to: 28) + DisplayWidth.fit(ctx.timeRange(o, on: day), to: 14)
            let text = " " + when + o.title + " — " + ctx.cityList(o.event.cities)
            screen.put(DisplayWidth.fit(text, to: area.width), row: area.top + 1 + k - first, col: area.left,
                       style: TextStyle(role: Renderer.role(o), reverse: k == found.index))
        }
    }
}
