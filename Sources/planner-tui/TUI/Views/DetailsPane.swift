import Foundation
import PlannerCore

/// The selected event's details: time and title; cities, office, kind, series, people and
/// recurrence; then why it is in conflict, or its description.
enum DetailsPane {
    static let height = 4

    static func draw(_ s: AppState, area: ViewArea, on screen: Screen) {
        let rule = String(repeating: screen.unicode ? "─" : "-", count: area.width)
        screen.put(rule, row: area.top, col: area.left, style: .dim)
        guard let o = s.selectedOccurrence else { return }
        let ctx = AgendaContext(lang: s.lang, zone: s.zone, cityNames: s.cityNames)
        let lang = s.lang
        let line1 = "\(ctx.timeRange(o, on: s.cursor))  \(ctx.title(o))"
        var parts = [AgendaText.details(o, ctx)]
        if let series = o.event.series { parts.append(Catalogue.tuiSeriesWord(lang) + (s.seriesNames[series] ?? series)) }
        if !o.event.people.isEmpty {
            parts.append(Catalogue.tuiWithWord(lang) + o.event.people.map { s.personNames[$0] ?? $0 }.joined(separator: ", "))
        }
        if let r = o.event.rrule { parts.append(describe(rule: r, s.lang)) }
        if case .unplaced = o.event.placement { parts.append(Catalogue.tuiUnplaced(lang)) }
        if let v = o.days(in: s.zone).lazy.compactMap({ s.schoolHolidays[$0] }).first { parts.append(Catalogue.Cluster.schoolHolidayMark(v)(lang)) }
        screen.put(DisplayWidth.fit(" " + line1, to: area.width), row: area.top + 1, col: area.left, style: TextStyle(role: Renderer.role(o), bold: true))
        screen.put(DisplayWidth.fit(" " + parts.joined(separator: " · "), to: area.width), row: area.top + 2, col: area.left, style: .plain)
        let why = s.conflicts(of: o)
        if !why.isEmpty {
            let text = (screen.unicode ? "⚠ " : "! ") + Catalogue.tuiConflictWord(lang) + why.joined(separator: " ; ")
            screen.put(DisplayWidth.fit(" " + text, to: area.width), row: area.top + 3, col: area.left, style: TextStyle(role: .error, bold: true))
        } else if !o.event.description.isEmpty {
            let text = o.event.description.replacingOccurrences(of: "\n", with: " ")
            screen.put(DisplayWidth.fit(" " + text, to: area.width), row: area.top + 3, col: area.left, style: .plain)
        }
    }

    /// `toutes les 2 semaines jusqu'au 2027-06-30` for a rule; the rule itself when unusual.
    static func describe(rule text: String, _ lang: Language) -> String {
        guard let r = try? RecurrenceRule(parsing: text) else { return text }
        let simple = r.byDay.isEmpty && r.byMonthDay.isEmpty && r.byMonth.isEmpty && r.bySetPos.isEmpty && r.byYearDay.isEmpty && r.byWeekNo.isEmpty
        guard var out = Catalogue.tuiEvery(r.frequency, r.interval)?(lang) else { return text }
        if !simple { out += " (\(text))" }
        if let c = r.count { out += Catalogue.tuiTimes(c)(lang) }
        switch r.until {
        case .date(let d)?: out += until(d, lang)
        case .utc(let t)?: out += until(LocalDate(t, in: TimeZone(identifier: "Europe/Paris")!), lang)
        case .floating(let t)?: out += until(t.date, lang)
        case nil: break
        }
        return out
    }

    static func until(_ day: LocalDate, _ lang: Language) -> String {
        Catalogue.tuiUntil(Localized(fr: CalendarNames.dayHeading(day, .fr, year: true), en: CalendarNames.dayHeading(day, .en, year: true)))(lang)
    }
}
