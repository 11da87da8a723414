import Foundation

/// A school-holiday period (vacances scolaires) of one zone: `first` is the first day without
/// classes (usually a Saturday), `resume` the day classes resume (exclusive end, as a
/// DTEND in the ministry's iCalendar feed).
public struct SchoolHoliday: Codable, Hashable, Sendable {
    public var first: LocalDate
    public var resume: LocalDate
    public var name: String
    public var zone: String

    public init(first: LocalDate, resume: LocalDate, name: String, zone: String = SchoolHolidays.zone) {
        self.first = first
        self.resume = resume
        self.name = name
        self.zone = zone
    }

    public func contains(_ d: LocalDate) -> Bool { d >= first && d < resume }
    public var lastDay: LocalDate { resume.adding(days: -1) }
}

/// The official school holidays of zone C (Occitanie: Montpellier and Toulouse academies,
/// with Créteil, Paris and Versailles), as the ministry of Education publishes them
/// (arrêtés fixing the school calendar; data.education.gouv.fr "fr-en-calendrier-scolaire").
///
/// To add a later school year: append its periods to `builtIn` below AND register a new
/// migration in `Migrations` that calls `SchoolHolidays.install(db, years: ["2028-2029"])`,
/// so databases created earlier receive it too. `holidays import FILE.ics` reads the
/// ministry's own feed (Zone-C.ics) when a year is published before a planner update.
public enum SchoolHolidays {
    public static let zone = "C"

    /// Periods by school year; dates are the first day off and the day classes resume.
    public static let builtIn: [String: [(String, String, String)]] = [
        "2025-2026": [
            ("Vacances de la Toussaint", "2025-10-18", "2025-11-03"),
            ("Vacances de Noël", "2025-12-20", "2026-01-05"),
            ("Vacances d'hiver", "2026-02-21", "2026-03-09"),
            ("Vacances de printemps", "2026-04-18", "2026-05-04"),
            ("Pont de l'Ascension", "2026-05-15", "2026-05-18"),
            ("Vacances d'été", "2026-07-04", "2026-09-01"),
        ],
        "2026-2027": [
            ("Vacances de la Toussaint", "2026-10-17", "2026-11-02"),
            ("Vacances de Noël", "2026-12-19", "2027-01-04"),
            ("Vacances d'hiver", "2027-02-06", "2027-02-22"),
            ("Vacances de printemps", "2027-04-03", "2027-04-19"),
            ("Pont de l'Ascension", "2027-05-07", "2027-05-10"),
            ("Vacances d'été", "2027-07-03", "2027-09-01"),
        ],
        "2027-2028": [
            ("Vacances de la Toussaint", "2027-10-23", "2027-11-08"),
            ("Vacances de Noël", "2027-12-18", "2028-01-03"),
            ("Vacances d'hiver", "2028-02-12", "2028-02-28"),
            ("Vacances de printemps", "2028-04-15", "2028-05-02"),
            ("Pont de l'Ascension", "2028-05-26", "2028-05-29"),
            ("Vacances d'été", "2028-07-04", "2028-09-01"),
        ],
    ]

    /// Every built-in period, in date order.
    public static var all: [SchoolHoliday] {
        builtIn.keys.sorted().flatMap { periods(of: $0) }
    }

    public static func periods(of schoolYear: String) -> [SchoolHoliday] {
        (builtIn[schoolYear] ?? []).map { SchoolHoliday(first: LocalDate(iso: $0.1)!, resume: LocalDate(iso: $0.2)!, name: $0.0) }
    }
}
