import Foundation

/// The cluster's own views: parity, tours, itineraries, school holidays, plan explanations
/// and printing. French first; plurals count 0 and 1 as singular.
extension Catalogue {
    public enum Cluster {
        static func fr(_ n: Int, _ one: String, _ many: String) -> String { French.count(n, one, many) }
        static func en(_ n: Int, _ one: String, _ many: String) -> String { English.count(n, one, many) }

        // MARK: Parity

        public static func parityTitle(year: Int, byMonth: Bool) -> Localized {
            Localized(fr: "Parité Toulouse / Montpellier — \(year), par \(byMonth ? "mois" : "trimestre")",
                      en: "Toulouse / Montpellier parity — \(year), by \(byMonth ? "month" : "quarter")")
        }
        public static func quarterLabel(year: Int, quarter: Int) -> Localized {
            Localized(fr: "\(quarter)\(quarter == 1 ? "er" : "e") trim. \(year)", en: "Q\(quarter) \(year)")
        }
        public static let period = Localized(fr: "période", en: "period")
        public static let elsewhere = Localized(fr: "ailleurs", en: "elsewhere")
        public static let difference = Localized(fr: "écart", en: "difference")
        public static let officeToulouse = Localized(fr: "bureau Toulouse", en: "Toulouse office")
        public static let officeMontpellier = Localized(fr: "bureau Montpellier", en: "Montpellier office")
        public static let officeJoint = Localized(fr: "commun", en: "joint")
        public static let total = Localized(fr: "total", en: "total")
        public static let byCity = Localized(fr: "Par ville", en: "By city")
        public static let byOffice = Localized(fr: "Par bureau organisateur", en: "By organising office")

        /// `+2 Toulouse` (Toulouse ahead), `−1 Montpellier`, `0 égalité`.
        public static func parityDifference(_ d: Int) -> Localized {
            if d == 0 { return Localized(fr: "0 égalité", en: "0 even") }
            let side = d > 0 ? "Toulouse" : "Montpellier"
            let n = d > 0 ? "+\(d)" : "−\(-d)"
            return Localized(fr: "\(n) \(side)", en: "\(n) \(side)")
        }
        public static let parityElsewhereMeaning = Localized(
            fr: "« ailleurs » : les événements tenus ni à Toulouse ni à Montpellier (Nîmes, Lézignan-Corbières, Perpignan…).",
            en: "\"elsewhere\": events held in neither Toulouse nor Montpellier (Nîmes, Lézignan-Corbières, Perpignan…).")
        public static func parityDifferenceMeaning(threshold: Int) -> Localized {
            Localized(fr: "« écart » : Toulouse moins Montpellier ; +2 Toulouse veut dire deux événements de plus à Toulouse, "
                          + "−2 Montpellier deux de plus à Montpellier. Au-delà de \(threshold), l'écart est signalé par ⚠ "
                          + "(seuil : config --parity-threshold).",
                      en: "\"difference\": Toulouse minus Montpellier; +2 Toulouse means two more events in Toulouse, "
                          + "−2 Montpellier two more in Montpellier. Beyond \(threshold) it is flagged with ⚠ "
                          + "(threshold: config --parity-threshold).")
        }
        public static let parityDuplexMeaning = Localized(
            fr: "Un événement en duplex (tenu à Toulouse et à Montpellier à la fois) compte pour les deux villes : "
                + "c'est pourquoi le total des villes dépasse celui des bureaux.",
            en: "A duplex event (held in Toulouse and Montpellier at once) counts for both cities, "
                + "which is why the city totals exceed the office totals.")
        public static func invalidThreshold(_ text: String) -> Localized {
            Localized(fr: "seuil de parité invalide « \(text) » : un entier de 0 à 100 attendu",
                      en: "invalid parity threshold \"\(text)\": expected a whole number from 0 to 100")
        }

        // MARK: Tours

        public static let touringSeries = Localized(fr: "tournée dans la région", en: "tours the region")
        public static let fixedVenueSeries = Localized(fr: "lieu fixe", en: "fixed venue")
        public static let allSeries = Localized(fr: "Toutes les séries", en: "Every series")
        public static let noStopPlaced = Localized(fr: "aucune étape placée", en: "no stop placed")
        public static let date = Localized(fr: "date", en: "date")
        public static let time = Localized(fr: "heure", en: "time")
        public static let cities = Localized(fr: "villes", en: "cities")
        public static let eventTitle = Localized(fr: "événement", en: "event")
        public static let gapSincePrevious = Localized(fr: "depuis l'étape précédente", en: "since the previous stop")
        public static let timelineHeading = Localized(fr: "Mois par mois", en: "Month by month")
        public static let toPlace = Localized(fr: "À placer :", en: "To place:")
        public static let notVisited = Localized(fr: "Villes pas encore visitées cette saison :", en: "Cities not visited this season:")
        public static let noFreeSlot = Localized(fr: "Aucun créneau libre trouvé pour une nouvelle étape dans les 6 mois.",
                                                 en: "No free slot found for a new stop within 6 months.")
        public static func nextFreeSlot(_ day: String, _ city: String) -> Localized {
            Localized(fr: "Prochain créneau libre pour une nouvelle étape : \(day), \(city)",
                      en: "Next free slot for a new stop: \(day), \(city)")
        }
        public static func proposedMark(_ city: String, day: Int) -> Localized {
            Localized(fr: "\(city) \(day) (proposé)", en: "\(city) \(day) (proposed)")
        }
        /// `+8 semaines et 2 jours`, `+3 semaines`, `+5 jours`.
        public static func gap(days: Int) -> Localized {
            let w = days / 7, d = days % 7
            if w == 0 { return Localized(fr: "+" + fr(d, "jour", "jours"), en: "+" + en(d, "day", "days")) }
            if d == 0 { return Localized(fr: "+" + fr(w, "semaine", "semaines"), en: "+" + en(w, "week", "weeks")) }
            return Localized(fr: "+" + fr(w, "semaine", "semaines") + " et " + fr(d, "jour", "jours"),
                             en: "+" + en(w, "week", "weeks") + " and " + en(d, "day", "days"))
        }
        public static func longGapWarning(days: Int, from: String, to: String) -> Localized {
            let g = gap(days: days)
            return Localized(fr: "plus de \(SeriesReport.longGapWeeks) semaines sans étape entre \(from) et \(to) (\(g.fr.dropFirst()))",
                             en: "more than \(SeriesReport.longGapWeeks) weeks without a stop between \(from) and \(to) (\(g.en.dropFirst()))")
        }
        public static func stopAdded(_ title: String, placed: Bool) -> Localized {
            placed ? Localized(fr: "Étape ajoutée : « \(title) » (u : annuler)", en: "Stop added: “\(title)” (u: undo)")
                   : Localized(fr: "Étape à placer ajoutée : « \(title) » (p : proposer une date)", en: "Stop to place added: “\(title)” (p: propose a date)")
        }
        public static func seriesTouringSet(_ name: String, touring: Bool) -> Localized {
            touring ? Localized(fr: "« \(name) » est une tournée", en: "“\(name)” tours the region")
                    : Localized(fr: "« \(name) » a un lieu fixe", en: "“\(name)” has a fixed venue")
        }
        public static func unknownSeries(_ id: String) -> Localized {
            Localized(fr: "série inconnue « \(id) »", en: "no series \"\(id)\"")
        }

        // MARK: Itinerary

        public static func itineraryTitle(_ name: String, id: String, home: String, period: String) -> Localized {
            Localized(fr: "\(name) (\(id)) — itinéraire, domicile : \(home) — \(period)", en: "\(name) (\(id)) — itinerary, home: \(home) — \(period)")
        }
        public static func leg(_ a: String, _ b: String, km: Int, time: String) -> Localized {
            Localized(fr: "\(a) → \(b) : \(km) km, \(time) de route", en: "\(a) → \(b): \(km) km, \(time) drive")
        }
        public static func tripHome(_ home: String, km: Int, time: String) -> Localized {
            Localized(fr: "retour à \(home) : \(km) km, \(time) de route", en: "back home to \(home): \(km) km, \(time) drive")
        }
        public static func travelConflict(available: String) -> Localized {
            Localized(fr: "conflit : trajet trop court, \(available) seulement entre les deux", en: "conflict: not enough time to travel, only \(available) between")
        }
        public static func itineraryTotal(km: Int, time: String, conflicts: Int) -> Localized {
            Localized(fr: "Total : \(km) km de route, \(time) de conduite, " + (conflicts == 0 ? "aucun conflit de trajet" : fr(conflicts, "conflit de trajet", "conflits de trajet")),
                      en: "Total: \(km) km by road, \(time) driving, " + (conflicts == 0 ? "no travel conflict" : en(conflicts, "travel conflict", "travel conflicts")))
        }
        public static func unknownPerson(_ p: String) -> Localized {
            Localized(fr: "personne inconnue « \(p) »", en: "unknown person \"\(p)\"")
        }

        // MARK: School holidays

        public static func schoolHolidayMark(_ name: String) -> Localized {
            Localized(fr: "\(name) (vacances scolaires, zone C)", en: "\(name) (school holidays, zone C)")
        }
        public static func schoolHolidayWarning(_ title: String, _ holiday: String) -> Localized {
            Localized(fr: "grand événement « \(title) » pendant les vacances scolaires (\(holiday)) : public réduit à prévoir",
                      en: "big event “\(title)” during school holidays (\(holiday)): expect a smaller audience")
        }
        public static func warningsHeading(_ n: Int) -> Localized {
            Localized(fr: fr(n, "avertissement", "avertissements") + " (sans gravité) :", en: en(n, "warning", "warnings") + " (soft):")
        }
        public static let feedEmpty = Localized(fr: "aucune période de vacances scolaires (VEVENT) dans ce fichier",
                                                en: "no school-holiday period (VEVENT) in this file")
        public static func feedMissing(_ property: String) -> Localized {
            Localized(fr: "VEVENT sans \(property)", en: "VEVENT without \(property)")
        }
        public static func feedBadDate(_ value: String) -> Localized {
            Localized(fr: "date invalide « \(value) » (AAAAMMJJ attendu)", en: "invalid date \"\(value)\" (expected YYYYMMDD)")
        }
        public static let feedEndBeforeStart = Localized(fr: "DTEND n'est pas après DTSTART", en: "DTEND is not after DTSTART")
        public static func feedImported(_ n: Int, new: Int, file: String, otherZones: Int) -> Localized {
            Localized(fr: fr(n, "période de vacances scolaires lue", "périodes de vacances scolaires lues") + " dans \(file) (\(new) nouvelle\(new > 1 ? "s" : ""))"
                          + (otherZones > 0 ? ", " + fr(otherZones, "période d'une autre zone ignorée", "périodes d'autres zones ignorées") : ""),
                      en: en(n, "school-holiday period", "school-holiday periods") + " read from \(file) (\(new) new)"
                          + (otherZones > 0 ? ", " + en(otherZones, "period of another zone", "periods of other zones") + " left out" : ""))
        }
        public static let holidaysListHeading = Localized(fr: "Vacances scolaires (zone C)", en: "School holidays (zone C)")
        public static func holidayRange(_ phrase: String, resume: String) -> Localized {
            Localized(fr: "\(phrase), reprise le \(resume)", en: "\(phrase), classes resume on \(resume)")
        }
        public static func cannotRead(_ file: String, _ reason: String) -> Localized {
            Localized(fr: "\(file) : lecture impossible (\(reason))", en: "\(file): cannot read (\(reason))")
        }

        // MARK: Plan

        public static func planChosen(_ title: String, day: String, city: String) -> Localized {
            Localized(fr: "« \(title) » → \(day), \(city)", en: "“\(title)” → \(day), \(city)")
        }
        public static func planCannotPlace(_ title: String) -> Localized {
            Localized(fr: "« \(title) » : impossible à placer", en: "“\(title)”: cannot be placed")
        }
        /// A rule's name and what it says; several rules together are named by their ids.
        public static func ruleName(_ rules: [HardRule]) -> Localized {
            guard rules.count == 1, let rule = rules.first else { return .verbatim(HardRule.joined(rules)) }
            switch rule {
            case .h1: return Localized(fr: "H1 (jours ouvrés, hors fériés, dans la fenêtre)", en: "H1 (workdays, no public holiday, inside the window)")
            case .h2: return Localized(fr: "H2 (une personne, un événement par jour)", en: "H2 (one event per person and day)")
            case .h3: return Localized(fr: "H3 (un jour libre pour les trajets de plus de \(TravelRule.standard.farKm) km)",
                                       en: "H3 (a free day around drives over \(TravelRule.standard.farKm) km)")
            case .h4: return Localized(fr: "H4 (un seul grand événement par ville et par jour)", en: "H4 (one big event per city and day)")
            }
        }
        public static func metWindow(_ range: String) -> Localized {
            Localized(fr: "jour ouvré, pas férié, dans sa fenêtre (\(range))", en: "a workday, no public holiday, inside its window (\(range))")
        }
        public static func metPeople(_ names: [String]) -> Localized {
            Localized(fr: names.joined(separator: ", ") + (names.count > 1 ? " sont libres" : " est libre") + " ce jour-là",
                      en: names.joined(separator: ", ") + (names.count > 1 ? " are free" : " is free") + " that day")
        }
        public static let metTravel = Localized(fr: "assez de temps pour la route depuis et vers leurs autres événements",
                                                en: "enough time to drive from and to their other events")
        public static func metBig(_ city: String) -> Localized {
            Localized(fr: "pas d'autre grand événement à \(city) ce jour-là",
                      en: "no other big event in \(city) that day")
        }
        public static let metSeriesWeek = Localized(fr: "aucune autre étape de la série la même semaine", en: "no other stop of the series that week")
        public static func metBalance(toulouse: Int, montpellier: Int) -> Localized {
            Localized(fr: "équilibre du trimestre : \(toulouse) à Toulouse, \(montpellier) à Montpellier",
                      en: "the quarter's balance: \(toulouse) in Toulouse, \(montpellier) in Montpellier")
        }
        public static func planSchoolHoliday(_ h: String) -> Localized {
            Localized(fr: "pendant les vacances scolaires (\(h)) : public réduit à prévoir", en: "during school holidays (\(h)): expect a smaller audience")
        }
        public static func runnerUp(_ day: String, _ city: String) -> Localized {
            Localized(fr: "2e choix : \(day), \(city), écarté car :", en: "runner-up: \(day), \(city), lost because:")
        }
        public static func lostSeriesWeek(_ other: String) -> Localized {
            Localized(fr: "même semaine que « \(other) » de la même série", en: "same week as “\(other)” of the same series")
        }
        public static func lostBalance(chosen: Int, runnerUp: Int) -> Localized {
            Localized(fr: "l'écart Toulouse / Montpellier du trimestre passerait de \(chosen) à \(runnerUp)",
                      en: "the quarter's Toulouse / Montpellier gap would be \(runnerUp) instead of \(chosen)")
        }
        public static func lostSchoolHoliday(_ h: String) -> Localized {
            Localized(fr: "coût égal, mais pendant les vacances scolaires (\(h))", en: "equal cost, but during school holidays (\(h))")
        }
        public static let lostEqualCost = Localized(fr: "coût égal : le planificateur a gardé la première solution trouvée",
                                                    en: "equal cost: the scheduler kept the first solution it found")
        public static func onlyOption(_ rule: String) -> Localized {
            Localized(fr: "seule option possible ; les autres enfreignent surtout \(rule)", en: "the only possible option; the others mostly break \(rule)")
        }
        public static let nothingToPlace = Localized(fr: "Aucun événement à placer.", en: "Nothing to place.")
        public static let noPlacement = Localized(fr: "Aucun placement possible :", en: "No placement possible:")
        public static func placedCount(_ n: Int) -> Localized {
            Localized(fr: fr(n, "événement placé", "événements placés") + ".", en: en(n, "event placed", "events placed") + ".")
        }
        public static let proposalOnly = Localized(fr: "(proposition : --apply pour l'enregistrer)", en: "(proposal: --apply to save it)")
        public static let notUnplaced = Localized(fr: "Cet événement est déjà placé", en: "This event is already placed")
        public static let proposalHint = Localized(fr: "Échap fermer · Entrée appliquer", en: "Esc close · Enter apply")

        // MARK: Panels and printing

        public static let parityPanelHint = Localized(fr: "Échap · Tab trimestre/mois · ←→ année · P imprimer", en: "Esc · Tab quarter/month · ←→ year · P print")
        public static let tourPanelHint = Localized(fr: "Échap · Entrée créer l'étape · Tab placée/à placer · ↑↓ · p proposer · P imprimer",
                                                    en: "Esc · Enter create the stop · Tab placed/to place · ↑↓ · p propose · P print")
        public static let itineraryPanelHint = Localized(fr: "Échap · Tab personne suivante · m semaine/mois · ←→ · P imprimer",
                                                         en: "Esc · Tab next person · m week/month · ←→ · P print")
        public static let unplacedTitle = Localized(fr: "Événements à placer", en: "Events to place")
        public static let unplacedHint = Localized(fr: "Échap · ↑↓ · p ou Entrée : la proposition du planificateur · P imprimer",
                                                   en: "Esc · ↑↓ · p or Enter: the scheduler's proposal · P print")
        public static let createPlaced = Localized(fr: "placée à cette date", en: "placed on that date")
        public static let createUnplaced = Localized(fr: "à placer par le planificateur", en: "left to the scheduler")
        public static func newStopLine(_ slot: String, mode: String) -> Localized {
            Localized(fr: "↵ Nouvelle étape : \(slot) — \(mode)", en: "↵ New stop: \(slot) — \(mode)")
        }
        public static let noSeries = Localized(fr: "Cet événement n'appartient à aucune série", en: "This event belongs to no series")
        public static let noPeople = Localized(fr: "Personne n'est inscrit à cet événement", en: "Nobody attends this event")
        public static func printedFiles(_ files: [String]) -> Localized {
            Localized(fr: "Imprimé dans " + files.joined(separator: " et "), en: "Printed to " + files.joined(separator: " and "))
        }
        public static func sentToPrinter(_ printer: String, job: String, file: String) -> Localized {
            Localized(fr: "Envoyé à l'imprimante \(printer) (travail \(job)) : \(file)", en: "Sent to printer \(printer) (job \(job)): \(file)")
        }
        public static func printerFailed(_ printer: String, _ reason: String) -> Localized {
            Localized(fr: "l'imprimante \(printer) a refusé le travail : \(reason)", en: "printer \(printer) refused the job: \(reason)")
        }
        public static let defaultPrinter = Localized(fr: "par défaut", en: "default")
        public static func printerSet(_ name: String?) -> Localized {
            Localized(fr: "imprimante : " + (name ?? "celle par défaut du système"), en: "printer: " + (name ?? "the system default"))
        }
        public static func parityThresholdLine(_ n: Int) -> Localized {
            Localized(fr: "seuil de parité : \(n)", en: "parity threshold: \(n)")
        }
    }
}

extension Catalogue.Cluster {
    /// The panels' keys, appended to the TUI's help.
    public static let helpEntries: [(keys: String, text: Localized)] = [
        ("B", Localized(fr: "parité Toulouse / Montpellier (Tab trimestre/mois, ←→ année)", en: "Toulouse / Montpellier parity (Tab quarter/month, ←→ year)")),
        ("T", Localized(fr: "la tournée de la série de l'événement (Entrée : nouvelle étape, p : proposer)", en: "the tour of the event's series (Enter: new stop, p: propose)")),
        ("I", Localized(fr: "l'itinéraire d'une personne de l'événement (Tab : personne suivante)", en: "the itinerary of a person of the event (Tab: next person)")),
        ("U", Localized(fr: "les événements à placer (p : la proposition du planificateur, Entrée l'applique)", en: "the events to place (p: the scheduler's proposal, Enter applies it)")),
        ("", Localized(fr: "Dans un panneau : P imprime, ↑↓ défilent, Échap ferme", en: "In a panel: P prints, ↑↓ scroll, Esc closes")),
    ]
}
