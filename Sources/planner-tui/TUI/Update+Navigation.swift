// Update+Navigation: keys of the calendar views (moving the cursor and the selection, switching
// views, opening prompts and the form, undo, print) and the day/period moves they share.
import Foundation
import PlannerCore

extension Update {
    static func handle(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        s.message = nil
        s.messageIsError = false
        if s.showHelp {
            switch key {
            case .escape, .char("?"), .char("q"): s.showHelp = false
            case .down, .char("j"), .pageDown, .char(" "): s.scroll = min(s.scroll + (key == .pageDown || key == .char(" ") ? 10 : 1), HelpView.entries.count - 1)
            case .up, .char("k"), .pageUp: s.scroll = max(0, s.scroll - (key == .pageUp ? 10 : 1))
            default: break
            }
            return (s, [])
        }
        let names = s.names
        switch key {
        case .char("q"), .ctrl("c"):
            s.quitting = true
            return (s, [.quit])
        case .char("?"): s.showHelp = true; s.scroll = 0
        case .char("m"): s.mode = .month
        case .char("w"): s.mode = .week
        case .char("d"): s.mode = .day
        case .char("A"), .char("L"): s.mode = .agenda
        case .char("t"):
            s.cursor = s.today
            s.selection = 0
        case .left, .char("h"): move(&s, days: -1)
        case .right, .char("l"): move(&s, days: 1)
        case .up, .char("k"):
            if s.mode == .month { move(&s, days: -7) } else if s.selection > 0 { s.selection -= 1 } else if s.mode == .agenda { previousDayWithEvents(&s) }
        case .down, .char("j"):
            let count = s.occurrences(on: s.cursor).count
            if s.mode == .month { move(&s, days: 7) } else if s.selection + 1 < count { s.selection += 1 } else if s.mode == .agenda { nextDayWithEvents(&s) }
        case .tab, .backTab:
            // Cycles through the selected day's events (the month view's ↑↓ move by week).
            let count = s.occurrences(on: s.cursor).count
            if count > 0 { s.selection = (s.selection + (key == .tab ? 1 : count - 1)) % count }
        case .char("n"), .pageDown: period(&s, 1)
        case .char("p"), .pageUp: period(&s, -1)
        case .char("r"):
            return (s, [.load(s.visibleRange)])
        case .char("g"): s.prompt = .goTo; s.input = ""
        case .char("/"): s.prompt = .search; s.input = s.filter.text ?? ""
        case .char("f"): s.prompt = .filter; s.input = ""
        case .char("o"):
            guard s.ownOffice != nil else { s.prompt = .chooseOffice(thenAdd: false); return (s, []) }
            switch s.scope {
            case .everything: s.scope = .mine
            case .mine: s.scope = s.ownOffice == .joint ? .everything : .other
            case .other: s.scope = .everything
            }
            s.selection = 0
        case .char("a"), .char("+"):
            // The first time, ask which office this is, so that new events start in its city.
            guard s.ownOffice != nil else { s.prompt = .chooseOffice(thenAdd: true); return (s, []) }
            s.form = EventForm.new(day: s.cursor, office: s.ownOffice, cityNames: s.cityNames)
        case .char("e"), .enter, .char("E"):
            guard let o = s.selectedOccurrence else { s.message = noSelection(s); break }
            let only = key == .char("E") && o.recurrenceId != nil
            if o.recurrenceId != nil {
                // A series: the form opens on the stored event, not on the occurrence's values.
                return (s, [.openEditor(uid: o.uid, occurrence: o, occurrenceOnly: only)])
            }
            s.form = EventForm.from(o, master: o.event, zone: s.zone, names: names, duplicate: false, occurrenceOnly: false)
        case .char("y"):
            guard let o = s.selectedOccurrence else { s.message = noSelection(s); break }
            var f = EventForm.from(o, master: o.event, zone: s.zone, names: names, duplicate: true, occurrenceOnly: false)
            f.focus = .day
            s.form = f
        case .char("x"), .delete:
            guard let o = s.selectedOccurrence else { s.message = noSelection(s); break }
            s.prompt = .confirmDelete(uid: o.uid, recurring: o.event.isRecurring, occurrence: o.recurrenceId)
        case .char("u"):
            return (s, [.undo])
        case .char("P"):
            return (s, [.print(s.cursor.isoWeek, s.effectiveFilter)])
        case .escape:
            if s.filter != AgendaFilter() || s.scope != .everything {
                s.filter = AgendaFilter()
                s.scope = .everything
                s.message = Catalogue.tuiFiltersCleared(s.lang)
            }
        default:
            return (s, [])
        }
        return (s, reload(s))
    }

    static func noSelection(_ s: AppState) -> String { Catalogue.tuiNoSelection(s.lang) }

    static func move(_ s: inout AppState, days: Int) {
        s.cursor = s.cursor.adding(days: days)
        s.selection = 0
    }

    static func nextDayWithEvents(_ s: inout AppState) {
        var d = s.cursor.adding(days: 1)
        for _ in 0..<31 where s.occurrences(on: d).isEmpty { d = d.adding(days: 1) }
        s.cursor = d
        s.selection = 0
    }

    static func previousDayWithEvents(_ s: inout AppState) {
        var d = s.cursor.adding(days: -1)
        for _ in 0..<31 where s.occurrences(on: d).isEmpty { d = d.adding(days: -1) }
        s.cursor = d
        let n = s.occurrences(on: d).count
        s.selection = max(0, n - 1)
    }

    /// Next or previous period of the current view.
    static func period(_ s: inout AppState, _ n: Int) {
        switch s.mode {
        case .month: s.cursor = s.cursor.adding(months: n)
        case .week: s.cursor = s.cursor.adding(days: 7 * n)
        case .day: s.cursor = s.cursor.adding(days: n)
        case .agenda: s.cursor = s.cursor.adding(days: 30 * n)
        }
        s.selection = 0
    }
}
