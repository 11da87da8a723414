// Update+Form: keys typed into the add/edit form (moving between fields, typing, choices,
// free-day suggestions) and saving it as an event or an occurrence override.
import Foundation
import PlannerCore

extension Update {
    static func formKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        guard var f = s.form else { return (s, []) }
        let before = f.focus
        s.quitAsked = false
        if let names = f.askingNewPeople {
            // "Nouvelle personne ?": o adds them, anything else goes back to the people field.
            f.askingNewPeople = nil
            s.message = nil
            if key == .char("o") || key == .char("y") {
                f.confirmedNewPeople += names
                s.form = f
                return formKey(.enter, s)
            }
            f.focus = .people
            s.form = f
            return (s, [])
        }
        switch key {
        case .escape:
            s.form = nil
            s.message = Catalogue.tuiFormCancelled(s.lang)
            return (s, [])
        case .tab:
            if let c = f.completion(cities: s.cityNames, people: s.personNames) { f.acceptCompletion(c) } else { f.move(1) }
        case .backTab, .up:
            f.move(-1)
        case .down:
            f.move(1)
        case .right where !f.focus.isChoice, .end where !f.focus.isChoice:
            f.selected = false
        case .enter:
            let unknown = f.unknownPeople(s.personNames)
            if !unknown.isEmpty {
                f.askingNewPeople = unknown
                s.form = f
                s.message = Catalogue.tuiNewPeople(unknown)(s.lang)
                return (s, [])
            }
            guard let change = f.change(zone: s.zone, today: s.today, now: Date(), cityNames: s.cityNames, lang: s.lang) else {
                s.form = f
                s.messageIsError = true
                s.message = Catalogue.tuiToFix(f.errors.values.sorted())(s.lang)
                return (s, [])
            }
            s.form = nil
            let shown = f.occurrence.flatMap { rid in change.event.overrides.first { $0.recurrenceId == rid }?.start } ?? change.event.start
            s.cursor = LocalDate(shown, in: change.event.allDay ? change.event.zone : s.zone)
            s.selectUid = change.event.uid
            let label: UndoLabel = f.original == nil ? (f.isDuplicate ? .duplicate : .add) : .edit
            return invalidating(s, before: [.save(change, label: label)])
        case .left, .right:
            if f.focus.isChoice { f.cycle(key == .left ? -1 : 1) }
        case .char(" ") where f.focus.isChoice:
            f.cycle(1)
        case .backspace:
            if f.selected && !f.focus.isChoice { f[f.focus] = "" } else if !f.focus.isChoice && !f[f.focus].isEmpty { f[f.focus].removeLast() }
            f.selected = false
        case .ctrl("u"):
            if !f.focus.isChoice { f[f.focus] = "" }
            f.selected = false
        case .ctrl("n"):
            // The next free day for the people and city of the form.
            if !f.suggestions.isEmpty {
                f[.day] = f.suggestions[f.suggestionIndex % f.suggestions.count].description
                f.suggestionIndex += 1
                f.errors[.day] = nil
            }
        case .char(let c):
            if !f.focus.isChoice {
                if f.selected { f[f.focus] = "" }
                f[f.focus].append(c)
                f.selected = false
            }
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
