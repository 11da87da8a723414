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
            case .down, .char("j"), .pageDown, .char(" "): s.scroll = min(s.scroll + (key == .pageDown || key == .char(" ") ? 10 : 1), HelpView.lines(s.lang, width: s.cols).count - 1)
            case .up, .char("k"), .pageUp: s.scroll = max(0, s.scroll - (key == .pageUp ? 10 : 1))
            default: break
            }
            return (s, [])
        }
        if s.detailsScroll != nil { return detailsKey(key, s) }
        if s.search?.listOpen == true { return searchKey(key, s) }
        if let why = s.readOnly, editKeys.contains(key) {
            s.message = Catalogue.readOnlyEditRefused(why)(s.lang)
            s.messageIsError = true
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
        case .char("n") where s.search != nil: return searchKey(.char("n"), s)
        case .char("N") where s.search != nil: return searchKey(.char("N"), s)
        case .char("n"), .pageDown: period(&s, 1)
        case .char("p"), .pageUp: period(&s, -1)
        case .char("r"):
            return invalidating(s)
        case .char("g"): s.prompt = .goTo; s.input = ""
        case .char("c"): s.prompt = .quickAdd; s.input = ""
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
        case .char("i"), .char(" "):
            guard s.selectedOccurrence != nil else { s.message = noSelection(s); break }
            s.detailsScroll = 0
        case .char("u"):
            guard let change = s.undoStack.last else { s.message = Catalogue.tuiNothingToUndo(s.lang); break }
            return (s, [.revert(change, redo: false, force: false)])
        case .ctrl("r"):
            guard let change = s.redoStack.last else { s.message = Catalogue.tuiNothingToRedo(s.lang); break }
            return (s, [.revert(change, redo: true, force: false)])
        case .char("B"), .char("T"), .char("I"), .char("U"):
            return openPanel(key, s)
        case .char("P"):
            return (s, [.print(s.cursor.isoWeek, s.effectiveFilter)])
        case .char("S"):
            return SyncFeature.start(s)
        case .escape where s.search != nil:
            s.search = nil
        case .escape:
            if s.filter != AgendaFilter() || s.scope != .everything {
                s.filter = AgendaFilter()
                s.scope = .everything
                s.message = Catalogue.tuiFiltersCleared(s.lang)
            }
        default:
            return (s, [])
        }
        return reloading(s)
    }

    /// Keys of the search results: ↑↓ choose, Enter jumps, n/N jump to the next/previous
    /// result (from the list or from the views), Esc closes the list and forgets the search.
    static func searchKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        guard var found = s.search, !found.results.isEmpty else { return (s, []) }
        let count = found.results.count
        switch key {
        case .escape, .char("q"):
            s.search = nil
            return (s, [])
        case .down, .char("j"): found.index = min(count - 1, found.index + 1)
        case .up, .char("k"): found.index = max(0, found.index - 1)
        case .pageDown: found.index = min(count - 1, found.index + 10)
        case .pageUp: found.index = max(0, found.index - 10)
        case .char("n"), .char("N"):
            if !found.listOpen { found.index = (found.index + (key == .char("n") ? 1 : count - 1)) % count }
            found.listOpen = false
            s.search = found
            return jump(to: found.results[found.index], s)
        case .enter:
            found.listOpen = false
            s.search = found
            return jump(to: found.results[found.index], s)
        default: break
        }
        s.search = found
        return (s, [])
    }

    /// Moves the cursor to an occurrence's day and selects it (once loaded, if not yet).
    static func jump(to o: Occurrence, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        s.cursor = AppState.day(of: o, zone: s.zone)
        s.selection = 0
        let effects = reload(&s)
        if s.visibleLoaded, let i = s.occurrences(on: s.cursor).firstIndex(where: { $0.uid == o.uid }) {
            s.selection = i
        } else {
            s.selectUid = o.uid
        }
        return (s, effects)
    }

    /// Keys while the details view is open: scroll, close; `e` edits what is shown.
    static func detailsKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        let total = DetailsView.lines(s, width: max(10, s.cols - 2)).count
        let room = max(1, s.rows - 3)
        let last = max(0, total - room)
        switch key {
        case .escape, .char("q"), .char("i"): s.detailsScroll = nil
        case .down, .char("j"): s.detailsScroll = min(last, (s.detailsScroll ?? 0) + 1)
        case .up, .char("k"): s.detailsScroll = max(0, (s.detailsScroll ?? 0) - 1)
        case .pageDown, .char(" "): s.detailsScroll = min(last, (s.detailsScroll ?? 0) + room)
        case .pageUp: s.detailsScroll = max(0, (s.detailsScroll ?? 0) - room)
        case .char("e"), .enter:
            s.detailsScroll = nil
            return handle(.char("e"), s)
        case .char("I"), .char("T"), .char("B"):
            // The itinerary of the event's people (Tab: the next one), its tour, the parity;
            // Esc comes back to these details.
            return openPanel(key, s)
        default: break
        }
        return (s, [])
    }

    /// Keys that change the database: refused with a reason when it is read-only.
    static let editKeys: [Key] = [.char("a"), .char("+"), .char("e"), .enter, .char("E"), .char("y"), .char("x"), .delete,
                                  .char("u"), .ctrl("r"), .char("c")]

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
