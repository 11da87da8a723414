import Foundation
import PlannerCore

/// The add/edit form: one line per field, the focused one highlighted with a cursor, each
/// error shown next to its field, the city completion and the next free days underneath.
enum FormView {
    static func draw(_ s: AppState, _ f: EventForm, area: ViewArea, on screen: Screen) {
        let title: Localized
        if f.isDuplicate { title = Catalogue.tuiFormDuplicate }
        else if f.occurrence != nil { title = Catalogue.tuiFormEditOccurrence }
        else if f.original != nil { title = Catalogue.tuiFormEdit }
        else { title = Catalogue.tuiFormNew }
        screen.put(DisplayWidth.fit(" " + title(s.lang), to: area.width), row: area.top, col: area.left, style: TextStyle(role: .heading, bold: true))
        let fields = f.fields
        let labelWidth = 20
        let footer = 3
        let visible = max(1, area.height - 1 - footer)
        let index = fields.firstIndex(of: f.focus) ?? 0
        let first = max(0, min(index - visible + 1, fields.count - visible))
        var row = area.top + 1
        for field in fields.dropFirst(max(0, first)).prefix(visible) {
            let focused = field == f.focus
            screen.put(DisplayWidth.fit(" " + field.label(s.lang), to: labelWidth), row: row, col: area.left, style: focused ? .bold : .plain)
            var value = f.display(field, s.lang)
            if field.isChoice { value = "‹ " + value + " ›" } else if focused && !f.selected { value += "▏" }
            let valueWidth = max(10, min(area.width - labelWidth - 1, 46))
            screen.put(DisplayWidth.fit(value, to: valueWidth), row: row, col: area.left + labelWidth,
                       style: focused ? TextStyle(role: .selection, bold: f.selected && !field.isChoice, reverse: true) : TextStyle(underline: !field.isChoice))
            if let e = f.errors[field] {
                screen.put(DisplayWidth.clip(" ✗ " + e, to: area.width - labelWidth - valueWidth), row: row, col: area.left + labelWidth + valueWidth,
                           style: TextStyle(role: .error, bold: true))
            } else if focused, let c = f.completion(cities: s.cityNames, people: s.personNames) {
                screen.put(DisplayWidth.clip(" Tab → " + c, to: area.width - labelWidth - valueWidth), row: row, col: area.left + labelWidth + valueWidth, style: .dim)
            }
            row += 1
        }
        let bottom = area.top + area.height
        if !f.suggestions.isEmpty, bottom - footer + 1 < bottom {
            let days = f.suggestions.map { CalendarNames.dayHeading($0, s.lang) }.joined(separator: ", ")
            let text = Catalogue.tuiFormFreeDays(s.lang) + days
            screen.put(DisplayWidth.fit(text, to: area.width), row: bottom - footer + 1, col: area.left, style: TextStyle(role: .today))
        }
        let keys = Catalogue.tuiFormKeys(s.lang)
        screen.put(DisplayWidth.fit(keys, to: area.width), row: bottom - 1, col: area.left, style: .dim)
    }
}
