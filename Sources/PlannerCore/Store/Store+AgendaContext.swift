import Foundation

extension Store {
    /// The names and holidays a printed agenda of `[from, to)` needs.
    public func agendaContext(lang: Language, zone: TimeZone, from: LocalDate, to: LocalDate, color: Bool = false) throws -> AgendaContext {
        var names: [String: String] = [:]
        for c in try cities() { names[c.id] = c.name }
        var context = AgendaContext(lang: lang, zone: zone, cityNames: names, holidays: try holidayNames(from: from, to: to), color: color)
        context.schoolHolidays = try schoolHolidayNames(from: from, to: to)
        return context
    }

    /// The week as staff print it: the text page and the self-contained HTML page, exactly as
    /// `agenda --week W --format text|html` writes them.
    public func printedWeek(_ week: ISOWeek, lang: Language, zone: TimeZone, filter: AgendaFilter = AgendaFilter()) throws -> (text: String, html: String) {
        let start = week.monday, end = week.monday.adding(days: 7)
        let occ = try occurrences(from: start.startInstant(in: zone), to: end.startInstant(in: zone), filter: filter)
        let context = try agendaContext(lang: lang, zone: zone, from: start, to: end)
        // A filtered week says so in its heading.
        let heading = filter.heading(CalendarNames.weekHeading(week, lang), lang, cityNames: context.cityNames)
        return (AgendaText.render(occ, days: week.days, heading: heading, context: context),
                AgendaHTML.render(occ, days: week.days, heading: heading, context: context))
    }
}
