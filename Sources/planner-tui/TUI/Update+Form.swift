// Update+Form: keys typed into the add/edit form (moving between fields, typing, choices,
// free-day suggestions) and saving it as an event or an occurrence override.
import Foundation
import PlannerCore

extension Update {
    static func formKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        guard var f = s.form else { return (s, []) }
        let fields = EventForm.Field.allCases
        let before = f.focus
        switch key {
        case .escape:
            s.form = nil
            s.message = Catalogue.tuiFormCancelled(s.lang)
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
                s.message = Catalogue.tuiToFix(f.errors.values.sorted())(s.lang)
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
