import Foundation
import PlannerCore

/// The add/edit form: one line per field, the focused one highlighted with a cursor, each
/// error shown next to its field, the city completion and the next free days underneath.
enum FormView {
    static func draw(_ s: AppState, _ f: EventForm, area: ViewArea, on screen: Screen) {
        let fr = s.fr
        let title: String
        if f.isDuplicate { title = fr ? "Dupliquer l'événement" : "Duplicate the event" }
        else if f.occurrence != nil { title = fr ? "Modifier cette occurrence" : "Edit this occurrence" }
        else if f.original != nil { title = fr ? "Modifier l'événement" : "Edit the event" }
        else { title = fr ? "Nouvel événement" : "New event" }
        screen.put(DisplayWidth.fit(" " + title, to: area.width), row: area.top, col: area.left, style: TextStyle(role: .heading, bold: true))
        let fields = EventForm.Field.allCases
        let labelWidth = 20
        let footer = 3
        let visible = max(1, area.height - 1 - footer)
        let first = max(0, min(f.focus.rawValue - visible + 1, fields.count - visible))
        var row = area.top + 1
        for field in fields.dropFirst(max(0, first)).prefix(visible) {
            let focused = field == f.focus
            screen.put(DisplayWidth.fit(" " + field.label(s.lang), to: labelWidth), row: row, col: area.left, style: focused ? .bold : .plain)
            var value = f.display(field, s.lang)
            if field.isChoice { value = "‹ " + value + " ›" } else if focused { value += "▏" }
            let valueWidth = max(10, min(area.width - labelWidth - 1, 46))
            screen.put(DisplayWidth.fit(value, to: valueWidth), row: row, col: area.left + labelWidth,
                       style: focused ? TextStyle(role: .selection, reverse: true) : TextStyle(underline: !field.isChoice))
            if let e = f.errors[field] {
                screen.put(DisplayWidth.clip(" ✗ " + e, to: area.width - labelWidth - valueWidth), row: row, col: area.left + labelWidth + valueWidth,
                           style: TextStyle(role: .error, bold: true))
            } else if focused, field == .cities, let c = f.cityCompletion(s.cityNames) {
                screen.put(DisplayWidth.clip(" Tab → " + c, to: area.width - labelWidth - valueWidth), row: row, col: area.left + labelWidth + valueWidth, style: .dim)
            }
            row += 1
        }
        let bottom = area.top + area.height
        if !f.suggestions.isEmpty, bottom - footer + 1 < bottom {
            let days = f.suggestions.map { CalendarNames.dayHeading($0, s.lang) }.joined(separator: ", ")
            let text = (fr ? " Prochains jours libres (Ctrl-N) : " : " Next free days (Ctrl-N): ") + days
            screen.put(DisplayWidth.fit(text, to: area.width), row: bottom - footer + 1, col: area.left, style: TextStyle(role: .today))
        }
        let keys = fr ? " Tab/Maj-Tab champ · Espace ←→ choix · Entrée enregistrer · Échap annuler"
                      : " Tab/Shift-Tab field · Space ←→ choice · Enter save · Esc cancel"
        screen.put(DisplayWidth.fit(keys, to: area.width), row: bottom - 1, col: area.left, style: .dim)
    }
}
