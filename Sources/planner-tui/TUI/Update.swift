import Foundation
import PlannerCore

/// The TUI's state machine: a pure function from (state, message) to the next state and the
/// effects to run. Nothing here touches the terminal or the database.
enum Update {
    static func update(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
        var s = state
        switch message {
        case .resize(let rows, let cols):
            s.rows = rows
            s.cols = cols
            return (s, [])
        case .loaded(let data):
            s.loaded = data.range
            s.all = data.occurrences
            s.holidays = data.holidays
            s.conflicts = data.conflicts
            s.cityNames = data.names.cities
            s.personNames = data.names.people
            s.seriesNames = data.names.series
            s.ownOffice = data.ownOffice
            s.undoLabel = data.undoLabel
            let today = s.occurrences(on: s.cursor)
            if let uid = s.selectUid, let i = today.firstIndex(where: { $0.uid == uid }) { s.selection = i }
            s.selectUid = nil
            s.selection = min(s.selection, max(0, today.count - 1))
            return (s, [])
        case .failed(let text):
            s.message = text
            s.messageIsError = true
            return (s, [])
        case .done(let text):
            s.message = text
            s.messageIsError = false
            return (s, [.load(s.visibleRange)])
        case .editorReady(let master, let occurrence, let only):
            s.form = EventForm.from(occurrence, master: master, zone: s.zone, names: s.names, duplicate: false, occurrenceOnly: only)
            return (s, [])
        case .suggestions(let days):
            s.form?.suggestions = days
            s.form?.suggestionIndex = 0
            return (s, [])
        case .externalChange:
            return (s, [.load(s.visibleRange)])
        case .key(.ctrl("c")):
            // Ctrl-C quits from anywhere, as in any terminal program (an open form is not saved).
            s.quitting = true
            return (s, [.quit])
        case .key(let key):
            if s.form != nil { return formKey(key, s) }
            if s.prompt != nil { return promptKey(key, s) }
            return handle(key, s)
        }
    }

    static func reload(_ s: AppState) -> [Effect] {
        s.loaded.map { $0 == s.visibleRange } == true ? [] : [.load(s.visibleRange)]
    }

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
                s.message = s.fr ? "Filtres retirés" : "Filters cleared"
            }
        default:
            return (s, [])
        }
        return (s, reload(s))
    }

    static func noSelection(_ s: AppState) -> String { s.fr ? "Aucun événement sélectionné" : "No event selected" }

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

    // MARK: Prompts

    static func promptKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        guard let prompt = s.prompt else { return (s, []) }
        switch prompt {
        case .confirmDelete(let uid, let recurring, let occurrence):
            s.prompt = nil
            switch key {
            case .char("o"), .char("y"):
                if recurring, let rid = occurrence { return (s, [.deleteOccurrence(uid: uid, recurrenceId: rid)]) }
                return (s, [.delete(uid: uid)])
            case .char("s"), .char("a"):
                return (s, recurring ? [.delete(uid: uid)] : [])
            default:
                s.message = s.fr ? "Rien n'a été supprimé" : "Nothing was deleted"
                return (s, [])
            }
        case .chooseOffice(let thenAdd):
            s.prompt = nil
            let office: Office?
            switch key {
            case .char("t"), .char("T"): office = .toulouse
            case .char("m"), .char("M"): office = .montpellier
            case .char("j"), .char("c"), .char("J"), .char("C"): office = .joint
            default: office = nil
            }
            // Adding goes on whatever the answer (Esc: a form without an office city).
            if thenAdd { s.form = EventForm.new(day: s.cursor, office: office, cityNames: s.cityNames) }
            guard let office else { return (s, []) }
            s.ownOffice = office
            if !thenAdd { s.scope = .mine }
            return (s, [.setOwnOffice(office), .load(s.visibleRange)])
        case .search, .goTo, .filter:
            switch key {
            case .escape:
                if prompt == .search { s.filter.text = nil }
                s.prompt = nil
            case .enter:
                s.prompt = nil
                if prompt == .goTo { return goTo(s) }
                if prompt == .filter { return applyFilter(s) }
            case .backspace:
                if !s.input.isEmpty { s.input.removeLast() }
                if prompt == .search { s.filter.text = s.input; s.selection = 0 }
            case .ctrl("u"):
                s.input = ""
                if prompt == .search { s.filter.text = nil }
            case .char(let c):
                s.input.append(c)
                // Incremental: the views follow each key.
                if prompt == .search { s.filter.text = s.input; s.selection = 0 }
            default: break
            }
            return (s, [])
        }
    }

    static func goTo(_ state: AppState) -> (AppState, [Effect]) {
        var s = state
        let text = s.input.trimmingCharacters(in: .whitespaces)
        if let w = ISOWeek(iso: text) {
            s.cursor = w.monday
            s.mode = .week
        } else if let d = try? UserInput.day(text, today: s.today) {
            s.cursor = d
        } else {
            s.messageIsError = true
            s.message = s.fr ? "Date invalide : « \(text) » (AAAA-MM-JJ, AAAA-Wss, today)" : "Invalid date: \"\(text)\" (YYYY-MM-DD, YYYY-Www, today)"
            return (s, [])
        }
        s.selection = 0
        return (s, reload(s))
    }

    /// `f`: an office and/or cities, e.g. `montpellier`, `nimes, ales`, `toulouse albi`; empty clears.
    static func applyFilter(_ state: AppState) -> (AppState, [Effect]) {
        var s = state
        var f = AgendaFilter(text: s.filter.text)
        for word in s.input.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) {
            if let city = s.cityId(matching: word) {
                // `toulouse` alone is the office; in a list of cities it is the city.
                if f.office == nil, s.input.split(separator: ",").count == 1, let o = Office(userText: word) {
                    f.office = o
                } else {
                    f.cities.append(city)
                }
            } else if let o = Office(userText: word) {
                f.office = o
            } else {
                s.messageIsError = true
                s.message = s.fr ? "Ni ville ni bureau : « \(word) »" : "Neither a city nor an office: \"\(word)\""
                return (s, [])
            }
        }
        s.filter = f
        s.selection = 0
        return (s, [])
    }

    // MARK: Form

    static func formKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        guard var f = s.form else { return (s, []) }
        let fields = EventForm.Field.allCases
        let before = f.focus
        switch key {
        case .escape:
            s.form = nil
            s.message = s.fr ? "Annulé, rien n'a été enregistré" : "Cancelled, nothing saved"
            return (s, [])
        case .tab:
            if let c = f.cityCompletion(s.cityNames) { f.acceptCompletion(c) } else { f.focus = fields[(f.focus.rawValue + 1) % fields.count] }
        case .backTab, .up:
            f.focus = fields[(f.focus.rawValue - 1 + fields.count) % fields.count]
        case .down:
            f.focus = fields[(f.focus.rawValue + 1) % fields.count]
        case .enter:
            guard let (event, people, series) = f.event(zone: s.zone, today: s.today, cityIds: s.cityId(matching:), now: Date()) else {
                s.form = f
                s.messageIsError = true
                s.message = s.fr ? "À corriger : \(f.errors.values.sorted().joined(separator: " ; "))" : "To fix: \(f.errors.values.sorted().joined(separator: "; "))"
                return (s, [])
            }
            s.form = nil
            s.cursor = LocalDate(event.start, in: event.allDay ? event.zone : s.zone)
            if let original = f.original, let rid = f.occurrence {
                // One occurrence of a series: an override (RECURRENCE-ID) on the original.
                var master = original
                master.setOverride(OccurrenceOverride(recurrenceId: rid, start: event.start, end: event.end,
                                                      title: event.title == original.title ? nil : event.title,
                                                      description: event.description == original.description ? nil : event.description,
                                                      cities: event.cities == original.cities ? nil : event.cities),
                                   at: event.lastModified)
                s.selectUid = master.uid
                return (s, [.save(master, people: nil, series: nil, label: "edit"), .load(s.visibleRange)])
            }
            let label = f.original == nil ? (f.isDuplicate ? "duplicate" : "add") : "edit"
            s.selectUid = event.uid
            return (s, [.save(event, people: people, series: series, label: label), .load(s.visibleRange)])
        case .left, .right:
            if f.focus.isChoice { f.cycle(key == .left ? -1 : 1) }
        case .char(" ") where f.focus.isChoice:
            f.cycle(1)
        case .backspace:
            if !f.focus.isChoice && !f[f.focus].isEmpty { f[f.focus].removeLast() }
        case .ctrl("u"):
            if !f.focus.isChoice { f[f.focus] = "" }
        case .ctrl("n"):
            // The next free day for the people and city of the form.
            if !f.suggestions.isEmpty {
                f[.day] = f.suggestions[f.suggestionIndex % f.suggestions.count].description
                f.suggestionIndex += 1
                f.errors[.day] = nil
            }
        case .char(let c):
            if !f.focus.isChoice { f[f.focus].append(c) }
        default: break
        }
        f.errors[f.focus] = nil
        s.form = f
        // Leaving the people, cities or day field: look for the next free days again.
        if f.focus != before, [.people, .cities, .day].contains(before) {
            let people = f[.people].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !people.isEmpty else { s.form?.suggestions = []; return (s, []) }
            let city = f[.cities].split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) }
            let from = (try? UserInput.day(f[.day], today: s.today)) ?? s.today
            return (s, [.suggest(people: people, city: city, from: max(from, s.today))])
        }
        return (s, [])
    }
}
