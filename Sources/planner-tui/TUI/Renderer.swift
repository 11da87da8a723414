import Foundation
import PlannerCore

/// Draws a state onto a screen: a title bar, the current view, the details of the selected
/// event and a status line. Pure drawing; no state changes.
enum Renderer {
    static func render(_ s: AppState, on screen: Screen) {
        screen.clear()
        if s.tooSmall {
            let msg = Catalogue.tuiTooSmall(s.lang)
            screen.put(DisplayWidth.clip(msg, to: screen.cols), row: 0, col: 0, style: .bold)
            screen.flush()
            return
        }
        screen.put(DisplayWidth.fit(" " + title(s), to: s.cols), row: 0, col: 0, style: TextStyle(role: .heading, reverse: true))
        let top = 1, bottom = s.rows - 1 - DetailsPane.height
        let area = ViewArea(top: top, left: 0, height: bottom - top, width: s.cols)
        if let form = s.form {
            FormView.draw(s, form, area: ViewArea(top: top, left: 0, height: s.rows - 2, width: s.cols), on: screen)
        } else if let panel = s.panel {
            PanelView.draw(s, panel, area: ViewArea(top: top, left: 0, height: s.rows - 2, width: s.cols), on: screen)
        } else if let found = s.search, found.listOpen {
            SearchView.draw(s, found, area: ViewArea(top: top, left: 0, height: s.rows - 2, width: s.cols), on: screen)
        } else if s.detailsScroll != nil {
            DetailsView.draw(s, area: ViewArea(top: top, left: 0, height: s.rows - 2, width: s.cols), on: screen)
        } else if s.showHelp {
            HelpView.draw(s, area: ViewArea(top: top, left: 0, height: s.rows - 2, width: s.cols), on: screen)
        } else {
            switch s.mode {
            case .week: WeekView.draw(s, area: area, on: screen)
            case .month: MonthView.draw(s, area: area, on: screen)
            case .day: DayView.draw(s, area: area, on: screen)
            case .agenda: AgendaView.draw(s, area: area, on: screen)
            }
            DetailsPane.draw(s, area: ViewArea(top: bottom, left: 0, height: DetailsPane.height, width: s.cols), on: screen)
        }
        drawStatus(s, on: screen)
        screen.flush()
    }

    /// The bottom line: a prompt being typed, or the message (errors in red) or the key
    /// hint, with the filter and the period on the right.
    static func drawStatus(_ s: AppState, on screen: Screen) {
        let row = s.rows - 1
        if let p = s.prompt {
            screen.put(DisplayWidth.fit(" " + promptText(p, s), to: s.cols), row: row, col: 0, style: TextStyle(role: .selection, reverse: true))
            return
        }
        let isError = s.message != nil && s.messageIsError
        let left = " " + (s.message ?? statusHint(s))
        var parts = [s.filterSummary]
        // Discreet marks while reads run off the key loop.
        if !s.visibleLoaded { parts.append(Catalogue.tuiLoading(s.lang)) }
        if let text = s.searching { parts.append(Catalogue.tuiSearching(text)(s.lang)) }
        if let sync = SyncFeature.statusText(s) { parts.append(sync) }
        if let why = s.readOnly, s.message == nil { parts.append(Catalogue.readOnlyNotice(why)(s.lang)) }
        // The period on the right, unless the key hints need the room: the title bar names
        // it already (at 80 columns "novembre 2026" cut "q quitter"), then in its short ISO
        // form (2026-11), then not at all.
        let choices = [shortPeriod(s), isoPeriod(s), ""].map { period -> String in
            let joined = (parts + [period]).filter { !$0.isEmpty }.joined(separator: " │ ")
            return joined.isEmpty ? "" : " " + joined + " "
        }
        let right = choices.first { DisplayWidth.of(left) + DisplayWidth.of($0) <= s.cols } ?? choices[choices.count - 1]
        let leftWidth = max(0, s.cols - DisplayWidth.of(right))
        screen.put(DisplayWidth.fit(left, to: leftWidth), row: row, col: 0,
                   style: isError ? TextStyle(role: .error, reverse: true) : TextStyle(role: .muted, reverse: true))
        if leftWidth < s.cols {
            screen.put(DisplayWidth.clip(right, to: s.cols - leftWidth), row: row, col: leftWidth, style: TextStyle(role: .heading, reverse: true))
        }
    }

    static func promptText(_ p: AppState.Prompt, _ s: AppState) -> String {
        let lang = s.lang
        let cursor = "▏"
        switch p {
        case .search: return Catalogue.tuiPromptSearch(lang) + s.input + cursor
        case .goTo: return Catalogue.tuiPromptGoTo(lang) + s.input + cursor
        case .filter: return Catalogue.tuiPromptFilter(lang) + s.input + cursor
        case .quickAdd: return Catalogue.tuiPromptQuickAdd(lang) + s.input + cursor
        case .chooseOffice:
            return Catalogue.tuiPromptOffice(lang)
        case .confirmDelete(let uid, let recurring, _):
            let t = s.all.first { $0.uid == uid }?.title ?? uid
            if recurring {
                return Catalogue.tuiPromptDeleteSeries(t)(lang)
            }
            return Catalogue.tuiPromptDelete(t)(lang)
        case .confirmRevert(let change, let redo):
            return Catalogue.tuiPromptChangedSince(change.what, redo: redo)(lang)
        }
    }

    static func shortPeriod(_ s: AppState) -> String {
        switch s.mode {
        case .week: return s.cursor.isoWeek.description
        case .month: return CalendarNames.monthTitle(year: s.cursor.year, month: s.cursor.month, s.lang)
        case .day, .agenda: return s.cursor.description
        }
    }

    /// The period as ISO 8601 writes it: `2026-W48`, `2026-11`, `2026-11-26`.
    static func isoPeriod(_ s: AppState) -> String {
        switch s.mode {
        case .week: return s.cursor.isoWeek.description
        case .month: return String(format: "%04d-%02d", s.cursor.year, s.cursor.month)
        case .day, .agenda: return s.cursor.description
        }
    }

    static func title(_ s: AppState) -> String {
        switch s.mode {
        case .week: return CalendarNames.weekHeading(s.cursor.isoWeek, s.lang)
        case .month: return CalendarNames.monthTitle(year: s.cursor.year, month: s.cursor.month, s.lang).capitalizedFirst
        case .day: return CalendarNames.dayHeading(s.cursor, s.lang, year: true).capitalizedFirst
        case .agenda:
            let r = s.visibleRange
            return Catalogue.tuiAgendaTitle(s.lang) + CalendarNames.rangePhrase(r.lowerBound, r.upperBound.adding(days: -1), s.lang)
        }
    }

    static func statusHint(_ s: AppState) -> String {
        // Read-only: no "a ajouter · e modifier", which would only be refused.
        if s.readOnly != nil { return Catalogue.readOnlyStatusHint(s.lang) }
        return Catalogue.tuiStatusHint(undo: s.undoStack.last?.what)(s.lang)
    }

    /// The colour role of an event's office.
    static func role(_ o: Occurrence) -> TextStyle.Role {
        switch o.event.office {
        case .toulouse: return .toulouse
        case .montpellier: return .montpellier
        case .joint: return .joint
        }
    }

    /// `!` before an event in conflict (its details say why), else nothing.
    static func mark(_ o: Occurrence, _ s: AppState) -> String {
        (o.event.conflictOf == nil ? "" : "≠") + (s.conflicts(of: o).isEmpty ? "" : "!")
    }

    /// `09:00 Titre` for a compact line; `•` for all-day; `!` first when in conflict.
    static func compactLine(_ o: Occurrence, on day: LocalDate, _ s: AppState) -> String {
        if o.allDay { return mark(o, s) + "• " + o.displayTitle(s.lang) }
        let ctx = AgendaContext(lang: s.lang, zone: s.zone, cityNames: s.cityNames)
        let range = ctx.timeRange(o, on: day)
        let first = range.split(separator: "–").first.map(String.init) ?? range
        return mark(o, s) + first + " " + o.displayTitle(s.lang)
    }
}

/// A rectangle of the screen given to a view.
struct ViewArea {
    var top: Int
    var left: Int
    var height: Int
    var width: Int
}
