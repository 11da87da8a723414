// Update+Prompts: keys typed into the one-line prompts at the bottom (delete confirmation,
// office choice, search, go to date, filter) and what Enter does for each.
import Foundation
import PlannerCore

extension Update {
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
                s.message = Catalogue.tuiNothingDeleted(s.lang)
                return (s, [])
            }
        case .confirmRevert(let change, let redo):
            s.prompt = nil
            if key == .char("o") || key == .char("y") { return (s, [.revert(change, redo: redo, force: true)]) }
            s.message = Catalogue.tuiNothingReverted(s.lang)
            return (s, [])
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
            return invalidating(s, before: [.setOwnOffice(office)])
        case .search, .goTo, .filter, .quickAdd:
            switch key {
            case .escape:
                if prompt == .search { s.filter.text = nil }
                s.prompt = nil
            case .enter:
                s.prompt = nil
                if prompt == .goTo { return goTo(s) }
                if prompt == .search {
                    // The whole calendar, as a list to jump from (the views show everything again).
                    s.filter.text = nil
                    let text = s.input.trimmingCharacters(in: .whitespaces)
                    guard !text.isEmpty else { return (s, []) }
                    // Off the key loop; a result of an earlier search arriving late is dropped.
                    s.searchGeneration += 1
                    s.searching = text
                    return (s, [.search(text, around: s.cursor, generation: s.searchGeneration)])
                }
                if prompt == .filter { return applyFilter(s) }
                if prompt == .quickAdd { return (s, s.input.trimmingCharacters(in: .whitespaces).isEmpty ? [] : [.quickAdd(s.input)]) }
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
            s.message = Catalogue.tuiInvalidDate(text)(s.lang)
            return (s, [])
        }
        s.selection = 0
        return reloading(s)
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
                s.message = Catalogue.tuiNotCityNorOffice(word)(s.lang)
                return (s, [])
            }
        }
        s.filter = f
        s.selection = 0
        return (s, [])
    }
}
