import Foundation

// The catalogue of the performance work (#12): what `check` says about the range it covers.

extension Catalogue {
    public enum Perf {
        /// `check` without `--to`, when recurring events go on past the range it covers (two
        /// years from today, or the last single event when that is later).
        public static func recurringCheckedUntil(_ lastDay: LocalDate) -> Localized {
            Localized(fr: "Événements récurrents vérifiés jusqu'au \(CalendarNames.dayHeading(lastDay, .fr, year: true)) inclus ; "
                          + "--to pour aller plus loin.",
                      en: "Recurring events checked up to \(CalendarNames.dayHeading(lastDay, .en, year: true)) inclusive; "
                          + "--to to go further.")
        }
    }
}
