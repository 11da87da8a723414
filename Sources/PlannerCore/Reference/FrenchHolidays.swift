import Foundation

/// A public holiday (fête légale).
public struct Holiday: Codable, Hashable, Sendable {
    public var date: LocalDate
    public var name: String

    public init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }
}

/// The eleven French public holidays of Code du travail art. L3133-1 (metropolitan France,
/// without the Alsace-Moselle extras), computed for any year.
public enum FrenchHolidays {
    /// Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
    public static func easterSunday(_ year: Int) -> LocalDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)
    }

    public static func holidays(in year: Int) -> [Holiday] {
        let e = easterSunday(year)
        return [
            Holiday(date: LocalDate(year: year, month: 1, day: 1), name: "Jour de l'an"),
            Holiday(date: e.adding(days: 1), name: "Lundi de Pâques"),
            Holiday(date: LocalDate(year: year, month: 5, day: 1), name: "Fête du Travail"),
            Holiday(date: LocalDate(year: year, month: 5, day: 8), name: "Victoire 1945"),
            Holiday(date: e.adding(days: 39), name: "Ascension"),
            Holiday(date: e.adding(days: 50), name: "Lundi de Pentecôte"),
            Holiday(date: LocalDate(year: year, month: 7, day: 14), name: "Fête nationale"),
            Holiday(date: LocalDate(year: year, month: 8, day: 15), name: "Assomption"),
            Holiday(date: LocalDate(year: year, month: 11, day: 1), name: "Toussaint"),
            Holiday(date: LocalDate(year: year, month: 11, day: 11), name: "Armistice 1918"),
            Holiday(date: LocalDate(year: year, month: 12, day: 25), name: "Noël"),
        ].sorted { $0.date < $1.date }
    }
}
