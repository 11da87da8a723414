import Foundation

/// The text agenda that staff print: a heading (the ISO week and its dates for a week),
/// then every day, with or without events, and for each event its time range, title,
/// cities and office. Plain text unless `context.color` asks for terminal emphasis.
public enum AgendaText {
    public static func render(_ occurrences: [Occurrence], days: [LocalDate], heading: String, context c: AgendaContext) -> String {
        var byDay: [LocalDate: [Occurrence]] = [:]
        for o in occurrences {
            for d in c.days(of: o) { byDay[d, default: []].append(o) }
        }
        let bold = c.color ? "\u{1B}[1m" : "", dim = c.color ? "\u{1B}[2m" : "", reset = c.color ? "\u{1B}[0m" : ""
        var out = bold + heading + reset + "\n"
        out += String(repeating: "=", count: heading.count) + "\n"
        let timeWidth = max(Catalogue.allDay(c.lang).count, 13)
        for day in days {
            var title = CalendarNames.dayHeading(day, c.lang)
            if let h = c.holidays[day] { title += " — \(Catalogue.holiday(h)(c.lang)) (\(Catalogue.publicHoliday(c.lang)))" }
            if let s = c.schoolHolidays[day] { title += " · " + Catalogue.Cluster.schoolHolidayMark(s)(c.lang) }
            out += "\n" + bold + title + reset + "\n"
            let list = (byDay[day] ?? []).sorted { a, b in
                // All-day and continuing events first, then by start and title.
                let ka = a.allDay ? 0 : 1, kb = b.allDay ? 0 : 1
                return ka != kb ? ka < kb : Occurrence.agendaOrder(a, b)
            }
            if list.isEmpty {
                out += "  " + dim + "(" + Catalogue.noEvents(c.lang) + ")" + reset + "\n"
                continue
            }
            for o in list {
                let time = c.timeRange(o, on: day)
                let pad = String(repeating: " ", count: max(0, timeWidth - time.count))
                out += "  \(time)\(pad)  \(c.title(o))\n"
                out += "  \(String(repeating: " ", count: timeWidth))  " + dim + details(o, c) + reset + "\n"
            }
        }
        return out
    }

    /// `Nîmes · bureau de Montpellier · journée` / `Nîmes · Montpellier office · day`.
    public static func details(_ o: Occurrence, _ c: AgendaContext) -> String {
        [c.place(o.event), Catalogue.organisingOffice(o.event.office)(c.lang), o.event.kind.name(c.lang)].filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
