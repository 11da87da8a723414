// DetailsView: the selected event in full (`i` or Space), over the whole screen: title, when,
// cities, office, kind, series, people, recurrence in words, the events at the same time (the
// ones a narrow grid shows as `+N`), every conflict in full and the description, wrapped to
// the width and scrolled with ↑↓; Esc closes it.
import Foundation
import PlannerCore

enum DetailsView {
    /// The lines of the selected event's details at `width` cells, with their styles.
    static func lines(_ s: AppState, width: Int) -> [(text: String, style: TextStyle)] {
        guard let o = s.selectedOccurrence else { return [] }
        let lang = s.lang
        let ctx = AgendaContext(lang: lang, zone: s.zone, cityNames: s.cityNames)
        var out: [(String, TextStyle)] = []
        func field(_ label: Localized, _ value: String) {
            for (i, l) in DisplayWidth.wrap(value, to: max(10, width - 18)).enumerated() {
                out.append(((i == 0 ? DisplayWidth.fit(label(lang), to: 17) : String(repeating: " ", count: 17)) + " " + l, .plain))
            }
        }
        for l in DisplayWidth.wrap(o.title, to: width) { out.append((l, TextStyle(role: Renderer.role(o), bold: true))) }
        out.append(("", .plain))
        field(Catalogue.tuiDetailsWhen, CalendarNames.dayHeading(s.cursor, lang, year: true) + ", " + ctx.timeRange(o, on: s.cursor))
        field(Catalogue.tuiFieldCities, ctx.cityList(o.event.cities))
        field(Catalogue.tuiFieldOffice, o.event.office.name(lang))
        field(Catalogue.tuiFieldKind, o.event.kind.name(lang))
        if o.event.big { field(Catalogue.tuiFieldBig, Catalogue.tuiYes(lang)) }
        if let series = o.event.series { field(Catalogue.tuiFieldSeries, s.seriesNames[series] ?? series) }
        if !o.event.people.isEmpty { field(Catalogue.tuiFieldPeople, o.event.people.map { s.personNames[$0] ?? $0 }.joined(separator: ", ")) }
        if let r = o.event.rrule { field(Catalogue.tuiFieldRecurrence, DetailsPane.describe(rule: r, lang)) }
        if case .unplaced = o.event.placement { field(Catalogue.tuiDetailsStatus, Catalogue.tuiUnplaced(lang)) }
        let together = s.occurrences(on: s.cursor).filter { $0 != o && !$0.allDay && !o.allDay && $0.start < o.end && o.start < $0.end }
        if !together.isEmpty {
            out.append(("", .plain))
            out.append((Catalogue.tuiDetailsSameTime(together.count)(lang), .bold))
            for t in together {
                for l in DisplayWidth.wrap("  " + ctx.timeRange(t, on: s.cursor) + "  " + t.title + " — " + ctx.cityList(t.event.cities), to: width) {
                    out.append((l, TextStyle(role: Renderer.role(t))))
                }
            }
        }
        out += SyncFeature.conflictCopyLines(o, s, width: width)
        let conflicts = s.conflicts(of: o)
        if !conflicts.isEmpty {
            out.append(("", .plain))
            out.append((Catalogue.tuiDetailsConflicts(conflicts.count)(lang), TextStyle(role: .error, bold: true)))
            for c in conflicts {
                for l in DisplayWidth.wrap("⚠ " + c, to: width) { out.append((l, TextStyle(role: .error))) }
            }
        }
        if !o.event.description.isEmpty {
            out.append(("", .plain))
            out.append((Catalogue.tuiFieldDescription(lang), .bold))
            for paragraph in o.event.description.components(separatedBy: "\n") {
                for l in DisplayWidth.wrap(paragraph, to: width) { out.append((l, .plain)) }
            }
        }
        return out
    }

    static func draw(_ s: AppState, area: ViewArea, on screen: Screen) {
        let width = max(10, area.width - 2)
        let all = lines(s, width: width)
        let room = max(1, area.height - 1)
        let first = min(s.detailsScroll ?? 0, max(0, all.count - room))
        var heading = Catalogue.tuiDetailsHeading(s.lang)
        if all.count > room { heading += Catalogue.tuiHelpScroll(first: first + 1, last: min(all.count, first + room), total: all.count)(s.lang) }
        screen.put(DisplayWidth.fit(" " + heading, to: area.width), row: area.top, col: area.left, style: TextStyle(role: .heading, bold: true))
        for (i, l) in all.dropFirst(first).prefix(room).enumerated() {
            screen.put(DisplayWidth.clip(" " + l.text, to: area.width), row: area.top + 1 + i, col: area.left, style: l.style)
        }
    }
}
