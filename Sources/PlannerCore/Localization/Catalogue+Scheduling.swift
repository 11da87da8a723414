// What the scheduler, its checker and the `schedule` command say, in French and English.
import Foundation

extension Catalogue {
    public enum Scheduling {}
}

extension Catalogue.Scheduling {
    // MARK: Why no plan

    public static func infeasibleHeader(proven: Bool) -> Localized {
        proven ? Localized(fr: "aucun plan n'existe :", en: "no plan exists:")
            : Localized(fr: "aucun plan trouvé dans le temps imparti :", en: "no plan found within the time limit:")
    }

    public static func noConsecutiveWorkdays(_ days: Int, from: String, to: String, holidays: [String]) -> Localized {
        let hol = holidays.joined(separator: ", ")
        return Localized(
            fr: "aucune suite de \(French.count(days, "jour ouvré", "jours ouvrés")) dans sa fenêtre \(from)..\(to)" + (holidays.isEmpty ? "" : " (jours fériés : \(hol))"),
            en: "no \(days) consecutive workday(s) in its window \(from)..\(to)" + (holidays.isEmpty ? "" : " (public holidays: \(hol))"))
    }

    public static func personOverloaded(_ person: String, needed: Int, offered: Int) -> Localized {
        Localized(fr: "\(person) est attendu(e) \(French.count(needed, "jour", "jours")) mais ses fenêtres n'en offrent " + (offered == 1 ? "qu'un" : "que \(offered)"),
                  en: "\(person) is needed on \(needed) days but their windows offer only \(offered)")
    }

    /// `window`: the possible days when few, else nil with their count.
    public static func cannotPlace(_ event: String, days: [String], blockers: [String], people: [String]) -> Localized {
        let frWindow = days.count <= SearchTuning.listedDays ? days.joined(separator: ", ") : French.count(days.count, "jour possible", "jours possibles")
        let enWindow = days.count <= SearchTuning.listedDays ? days.joined(separator: ", ") : "\(days.count) possible days"
        let inTheWay = blockers.joined(separator: ", "), needs = people.joined(separator: ", ")
        return Localized(fr: "\(event) ne peut pas être placé (\(frWindow)) ; gênent : \(inTheWay)" + (people.isEmpty ? "" : " ; il faut \(needs)"),
                         en: "\(event) cannot be placed (\(enWindow)); in the way: \(inTheWay)" + (people.isEmpty ? "" : "; needs \(needs)"))
    }

    // MARK: The checker's violations

    public static let notAnEvent = Localized(fr: "pas un événement de l'instance", en: "not an event of the instance")
    public static let notPlaced = Localized(fr: "pas placé", en: "not placed")
    public static func invalidStart(_ s: String) -> Localized { Localized(fr: "début invalide \(s)", en: "invalid start \(s)") }
    public static func notACandidate(_ city: String) -> Localized {
        Localized(fr: "la ville \(city) n'est pas une candidate", en: "city \(city) is not a candidate")
    }
    public static func outsideWindow(_ first: String, _ last: String, earliest: String, latest: String) -> Localized {
        Localized(fr: "\(first)..\(last) hors de sa fenêtre \(earliest)..\(latest)", en: "\(first)..\(last) outside its window \(earliest)..\(latest)")
    }
    public static let outsideCalendar = Localized(fr: "hors du calendrier", en: "outside the calendar")
    public static func notAWorkday(_ day: String) -> Localized { Localized(fr: "\(day) n'est pas un jour ouvré", en: "\(day) is not a workday") }
    public static func publicHoliday(_ day: String) -> Localized { Localized(fr: "\(day) est un jour férié", en: "\(day) is a public holiday") }
    public static func sameDay(_ person: String) -> Localized { Localized(fr: "\(person) le même jour", en: "\(person) on the same day") }
    public static func driveWithoutGap(_ person: String, _ a: String, _ b: String, km: Int, between: Int) -> Localized {
        Localized(fr: "\(person) : \(a)–\(b) \(km) km avec \(French.count(between, "jour", "jours")) entre les deux",
                  en: "\(person): \(a)–\(b) \(km) km with \(between) day(s) between")
    }
    public static func bigEvents(_ n: Int, _ cityDay: String) -> Localized {
        Localized(fr: "\(n) grands événements à \(cityDay)", en: "\(n) big events in \(cityDay)")
    }

    // MARK: The schedule command

    public static func progress(seconds: Double, objective: Int) -> Localized {
        Localized(fr: String(format: "\r%7.2f s  objectif %d   ", seconds, objective), en: String(format: "\r%7.2f s  objective %d   ", seconds, objective))
    }

    public static func solvedSummary(_ r: ScheduleResult) -> Localized {
        Localized(fr: String(format: "%@ : objectif %d (S1 %d, S2 %d ; borne inférieure %d), premier plan après %.2f s, %.2f s, %d mouvements",
                             r.optimal ? "optimal" : "réalisable", r.objective, r.s1, r.s2, r.lowerBound, r.firstFeasibleSeconds, r.seconds, r.iterations)
                      .replacingOccurrences(of: ".", with: ","),
                  en: String(format: "%@: objective %d (S1 %d, S2 %d; lower bound %d), first plan after %.2f s, %.2f s, %d moves",
                             r.optimal ? "optimal" : "feasible", r.objective, r.s1, r.s2, r.lowerBound, r.firstFeasibleSeconds, r.seconds, r.iterations))
    }

    public static let otherInstance = Localized(fr: "attention : la solution a été faite pour une autre instance (sha256 différent)",
                                                en: "warning: the solution was made for another instance (sha256 differs)")

    public static func checkSummary(violations: Int, objective: Int, s1: Int, s2: Int) -> Localized {
        Localized(fr: (violations == 0 ? "valide" : French.count(violations, "violation", "violations")) + " ; objectif \(objective) (S1 \(s1), S2 \(s2))",
                  en: (violations == 0 ? "valid" : "\(violations) violation(s)") + "; objective \(objective) (S1 \(s1), S2 \(s2))")
    }

    public static func claims(_ n: Int) -> Localized {
        Localized(fr: " ; la solution annonce \(n)", en: "; the solution claims \(n)")
    }
}

/// Reading a scheduling instance or solution (`FILE:LINE: reason`).
extension Catalogue.Scheduling {
    public static func missingField(_ path: String) -> Localized { Localized(fr: "champ \(path) manquant", en: "missing field \(path)") }
    public static func wrongType(_ path: String) -> Localized { Localized(fr: "mauvais type pour \(path)", en: "wrong type for \(path)") }
    public static func nullValue(_ path: String) -> Localized { Localized(fr: "valeur null pour \(path)", en: "null value for \(path)") }
    public static func invalidField(_ path: String) -> Localized { Localized(fr: "valeur invalide pour \(path)", en: "invalid value for \(path)") }
    public static let notJSON = Localized(fr: "pas du JSON valide (une instance d113-sched-instance/1 était attendue)",
                                          en: "not valid JSON (a scheduling instance d113-sched-instance/1 was expected)")
    public static let notASolution = Localized(fr: "pas un document d113-sched-solution/1", en: "not a d113-sched-solution/1 document")
    public static func unsupportedSchema(_ s: String) -> Localized {
        Localized(fr: "schéma « \(s) » non pris en charge (d113-sched-instance/1 attendu)", en: "unsupported schema \"\(s)\" (expected d113-sched-instance/1)")
    }
    public static let invalidCalendar = Localized(fr: "début ou fin du calendrier invalide", en: "invalid calendar start/end")
    public static let calendarTooLong = Localized(fr: "calendrier de plus de dix ans", en: "calendar longer than ten years")
    public static let negativeFarKm = Localized(fr: "rules.far_km ne doit pas être négatif", en: "rules.far_km must not be negative")
    public static let badTravelGap = Localized(fr: "rules.travel_gap_days doit aller de 0 à 31", en: "rules.travel_gap_days must be 0 to 31")
    public static let badMaxBig = Localized(fr: "rules.max_big_events_per_city_day doit valoir au moins 1", en: "rules.max_big_events_per_city_day must be at least 1")
    public static func unsupportedPeriod(_ p: String) -> Localized {
        Localized(fr: "rules.balance_period « \(p) » n'est pas pris en charge (quarter)", en: "rules.balance_period \"\(p)\" is not supported (quarter)")
    }
    public static let negativeWeights = Localized(fr: "rules.weights ne doivent pas être négatifs", en: "rules.weights must not be negative")
    public static func definedTwice(_ list: String, _ id: String) -> Localized {
        Localized(fr: "\(list) : \(id) défini deux fois", en: "\(list): \(id) defined twice")
    }
    public static func eventDefinedTwice(_ id: String) -> Localized { Localized(fr: "événement \(id) défini deux fois", en: "event \(id) defined twice") }
    public static func noCandidateCity(_ id: String) -> Localized { Localized(fr: "événement \(id) : aucune ville candidate", en: "event \(id): no candidate city") }
    public static func unknownCity(_ id: String, _ c: String) -> Localized { Localized(fr: "événement \(id) : ville \(c) inconnue", en: "event \(id): unknown city \(c)") }
    public static func unknownPerson(_ id: String, _ p: String) -> Localized { Localized(fr: "événement \(id) : personne \(p) inconnue", en: "event \(id): unknown person \(p)") }
    public static func unknownSeries(_ id: String, _ s: String) -> Localized { Localized(fr: "événement \(id) : série \(s) inconnue", en: "event \(id): unknown series \(s)") }
    public static func badDuration(_ id: String) -> Localized {
        Localized(fr: "événement \(id) : duration_days doit aller de 1 à 31", en: "event \(id): duration_days must be 1 to 31")
    }
    public static func badWindow(_ id: String) -> Localized {
        Localized(fr: "événement \(id) : earliest_start ou latest_end invalide", en: "event \(id): invalid earliest_start or latest_end")
    }
    public static func badHoliday(_ d: String) -> Localized { Localized(fr: "date de jour férié invalide \(d)", en: "invalid holiday date \(d)") }
}
