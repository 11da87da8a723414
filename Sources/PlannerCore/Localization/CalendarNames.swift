import Foundation

/// Day and month names, and the phrases of dated headings, in French and English. Written
/// out rather than taken from the system's locale data, which a minimal Linux may lack.
public enum CalendarNames {
    static let frDays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    static let enDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let frMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                           "septembre", "octobre", "novembre", "décembre"]
    static let enMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                           "September", "October", "November", "December"]

    /// `lundi` / `Monday` for an ISO weekday (1 = Monday).
    public static func weekday(_ isoWeekday: Int, _ lang: Language) -> String {
        (lang == .fr ? frDays : enDays)[isoWeekday - 1]
    }

    /// Two-letter weekday for grids: `lu ma me je ve sa di` / `Mo Tu We Th Fr Sa Su`.
    public static func shortWeekday(_ isoWeekday: Int, _ lang: Language) -> String {
        lang == .fr ? ["lu", "ma", "me", "je", "ve", "sa", "di"][isoWeekday - 1]
                    : ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"][isoWeekday - 1]
    }

    public static func month(_ month: Int, _ lang: Language) -> String {
        (lang == .fr ? frMonths : enMonths)[month - 1]
    }

    /// `lundi 23 novembre` / `Monday 23 November`; with the year when `year` is true.
    /// French writes the first of the month `1er`.
    public static func dayHeading(_ d: LocalDate, _ lang: Language, year: Bool = false) -> String {
        let dayNumber = lang == .fr && d.day == 1 ? "1er" : String(d.day)
        var s = "\(weekday(d.weekday, lang)) \(dayNumber) \(month(d.month, lang))"
        if year { s += " \(d.year)" }
        return s
    }

    /// `novembre 2026` / `November 2026`.
    public static func monthTitle(year: Int, month m: Int, _ lang: Language) -> String {
        "\(month(m, lang)) \(year)"
    }

    /// The heading of a printed week: `Semaine 48 — du lundi 23 au dimanche 29 novembre 2026`,
    /// naming the month and year only where they change
    /// (`Semaine 53 — du lundi 28 décembre 2026 au dimanche 3 janvier 2027`).
    public static func weekHeading(_ w: ISOWeek, _ lang: Language) -> String {
        return Catalogue.weekPrefix(w.week)(lang) + rangePhrase(w.monday, w.sunday, lang)
    }

    /// `du lundi 23 au dimanche 29 novembre 2026` / `Monday 23 to Sunday 29 November 2026`.
    public static func rangePhrase(_ a: LocalDate, _ b: LocalDate, _ lang: Language) -> String {
        let aDay = lang == .fr && a.day == 1 ? "1er" : String(a.day)
        let bDay = lang == .fr && b.day == 1 ? "1er" : String(b.day)
        var first = "\(weekday(a.weekday, lang)) \(aDay)"
        if a.month != b.month || a.year != b.year { first += " \(month(a.month, lang))" }
        if a.year != b.year { first += " \(a.year)" }
        let last = "\(weekday(b.weekday, lang)) \(bDay) \(month(b.month, lang)) \(b.year)"
        if a == b { return lang == .fr ? "le \(last)" : last }
        return lang == .fr ? "du \(first) au \(last)" : "\(first) to \(last)"
    }

    // The labels now live in the catalogue; these forward to it for the views that call them.
    public static func allDayLabel(_ lang: Language) -> String { Catalogue.allDay(lang) }
    public static func noEventsLabel(_ lang: Language) -> String { Catalogue.noEvents(lang) }
    public static func holidayLabel(_ lang: Language) -> String { Catalogue.publicHoliday(lang) }
}
