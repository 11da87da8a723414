import Foundation

// The catalogue of the command line's messages: usage errors, invalid values, and what the
// commands print (counts, confirmations).

extension Catalogue {
    // MARK: Usage and values

    public static func missingOption(_ option: String) -> Localized {
        Localized(fr: "\(option) manquant", en: "missing \(option)")
    }

    /// `--city`, `--person`: at least one is needed.
    public static func missingRepeatable(_ option: String) -> Localized {
        Localized(fr: "\(option) manquant (au moins un)", en: "missing \(option) (at least one)")
    }

    public static func emptyOption(_ option: String) -> Localized {
        Localized(fr: "\(option) vide", en: "empty \(option)")
    }

    public static func notCombined(_ a: String, _ b: String) -> Localized {
        Localized(fr: "\(a) et \(b) ne peuvent pas être utilisés ensemble", en: "\(a) and \(b) cannot be combined")
    }

    public static func weekNotCombined() -> Localized {
        Localized(fr: "--week ne peut pas être utilisé avec --from, --to ou --days",
                  en: "--week cannot be combined with --from, --to or --days")
    }

    public static func goTogether(_ a: String, _ b: String) -> Localized {
        Localized(fr: "\(a) et \(b) vont ensemble", en: "\(a) and \(b) go together")
    }

    public static func chooseOne(_ a: String, _ b: String) -> Localized {
        Localized(fr: "choisir \(a) ou \(b)", en: "choose one of \(a) or \(b)")
    }

    /// `invalid --days 0: expected 1 to 10`.
    public static func outOfRange(_ option: String, _ value: String, _ low: String, _ high: String, unit: Localized? = nil) -> Localized {
        let u = unit.map { Localized(fr: " " + $0.fr, en: " " + $0.en) } ?? .verbatim("")
        return Localized(fr: "\(option) \(value) invalide : attendu de \(low) à \(high)\(u.fr)",
                         en: "invalid \(option) \(value): expected \(low) to \(high)\(u.en)")
    }

    public static let seconds = Localized(fr: "secondes", en: "seconds")

    public static func invalidOption(_ option: String, _ value: String) -> Localized {
        Localized(fr: "\(option) \(value) invalide", en: "invalid \(option) \(value)")
    }

    /// `invalid --by "week": expected quarter or month`.
    public static func invalidChoice(_ option: String, _ value: String, expected: [String]) -> Localized {
        let last = expected.last ?? "", head = expected.dropLast().joined(separator: ", ")
        let fr = expected.count > 1 ? "\(head) ou \(last)" : last, en = expected.count > 1 ? "\(head) or \(last)" : last
        return Localized(fr: "\(option) « \(value) » invalide : attendu \(fr)", en: "invalid \(option) \"\(value)\": expected \(en)")
    }

    public static func unknownZone(_ zone: String) -> Localized {
        Localized(fr: "fuseau horaire inconnu « \(zone) »", en: "unknown time zone \"\(zone)\"")
    }

    public static func unknownOffice(_ text: String) -> Localized {
        Localized(fr: "bureau inconnu « \(text) » : attendu toulouse, montpellier ou joint",
                  en: "unknown office \"\(text)\": expected toulouse, montpellier or joint")
    }

    public static func unknownKind(_ text: String, known: [String]) -> Localized {
        Localized(fr: "type inconnu « \(text) » : attendu l'un de \(known.joined(separator: ", "))",
                  en: "unknown kind \"\(text)\": expected one of \(known.joined(separator: ", "))")
    }

    public static func unknownAudience(_ text: String) -> Localized {
        Localized(fr: "public inconnu « \(text) » : attendu local ou regional",
                  en: "unknown audience \"\(text)\": expected local or regional")
    }

    public static func unknownPerson(_ text: String) -> Localized {
        Localized(fr: "personne inconnue « \(text) »", en: "unknown person \"\(text)\"")
    }

    public static func noSeries(_ text: String) -> Localized {
        Localized(fr: "aucune série « \(text) »", en: "no series \"\(text)\"")
    }

    /// `--to must be after --from`, with the values when given.
    public static func mustBeAfter(_ later: String, _ earlier: String) -> Localized {
        Localized(fr: "\(later) doit être après \(earlier)", en: "\(later) must be after \(earlier)")
    }

    /// `--end 2026-12-01 is before --start 2026-12-03` (whole days may end on their start day).
    public static func endBeforeStart(end: String, start: String) -> Localized {
        Localized(fr: "--end \(end) est avant --start \(start)", en: "--end \(end) is before --start \(start)")
    }

    public static func endNotAfterStart(end: String, start: String) -> Localized {
        Localized(fr: "--end \(end) n'est pas après --start \(start)", en: "--end \(end) is not after --start \(start)")
    }

    public static func invalidRule(_ text: String, _ reason: String) -> Localized {
        Localized(fr: "--rrule « \(text) » invalide : \(reason)", en: "invalid --rrule \"\(text)\": \(reason)")
    }

    public static func notRecurring(uid: String) -> Localized {
        Localized(fr: "l'événement \(uid) n'est pas récurrent : --occurrence s'applique aux événements récurrents",
                  en: "event \(uid) is not recurring: --occurrence applies to recurring events")
    }

    public static func noOccurrence(uid: String, day: String) -> Localized {
        Localized(fr: "l'événement \(uid) n'a pas d'occurrence le \(day)", en: "event \(uid) has no occurrence on \(day)")
    }

    public static let noTerminal = Localized(
        fr: "pas de terminal. Utilisation : planner-tui [--db CHEMIN] [SOUS-COMMANDE] ; voir planner-tui --help",
        en: "no terminal. Usage: planner-tui [--db PATH] [SUBCOMMAND]; see planner-tui --help")

    public static func unknownTerminal(_ term: String) -> Localized {
        Localized(fr: "impossible de piloter ce terminal : type de terminal inconnu \(term) ; essayer TERM=xterm-256color",
                  en: "cannot drive this terminal: unknown terminal type \(term); try TERM=xterm-256color")
    }

    public static let invalidUsage = Localized(fr: "utilisation invalide", en: "invalid usage")

    // MARK: Files

    public static func inputTooLarge(limitMB: Int) -> Localized {
        Localized(fr: "entrée trop grande (plus de \(limitMB) Mo)", en: "input too large (over \(limitMB) MB)")
    }

    public static func fileTooLarge(sizeMB: Int, limitMB: Int) -> Localized {
        Localized(fr: "fichier trop grand (\(sizeMB) Mo ; la limite est \(limitMB) Mo)",
                  en: "file too large (\(sizeMB) MB; the limit is \(limitMB) MB)")
    }

    public static func noSuchFile(_ path: String) -> Localized {
        Localized(fr: "\(path) : fichier introuvable", en: "\(path): no such file")
    }

    public static func isFolder(_ path: String) -> Localized {
        Localized(fr: "\(path) : c'est un dossier, pas un fichier", en: "\(path): is a folder, not a file")
    }

    public static func cannotRead(_ path: String) -> Localized {
        Localized(fr: "\(path) : lecture impossible (permission refusée ?)", en: "\(path): cannot be read (permission denied?)")
    }

    public static func noFolder(_ path: String, _ parent: String) -> Localized {
        Localized(fr: "\(path) : écriture impossible, pas de dossier \(parent)", en: "\(path): cannot write, no folder \(parent)")
    }

    public static func cannotWrite(_ path: String) -> Localized {
        Localized(fr: "\(path) : écriture impossible (permission refusée ou disque plein)",
                  en: "\(path): cannot write (permission denied or disk full)")
    }

    // MARK: What the commands print

    /// `Remplacer les 12 événements de FILE ? [o/N] `, `Remplacer l'événement de FILE ?`.
    public static func confirmReplace(_ n: Int, path: String) -> Localized {
        switch n {
        case 0: return Localized(fr: "Réinitialiser \(path) (aucun événement) ? [o/N] ", en: "Reset \(path) (no events)? [y/N] ")
        case 1: return Localized(fr: "Remplacer l'événement de \(path) ? [o/N] ", en: "Replace the event of \(path)? [y/N] ")
        default: return Localized(fr: "Remplacer les \(n) événements de \(path) ? [o/N] ", en: "Replace the \(n) events of \(path)? [y/N] ")
        }
    }

    /// `reset --empty`: `Supprimer les 83 événements de FILE ? [o/N] ` (it empties, it does
    /// not replace).
    public static func confirmEmpty(_ n: Int, path: String) -> Localized {
        switch n {
        case 0: return Localized(fr: "Vider \(path) (aucun événement) ? [o/N] ", en: "Empty \(path) (no events)? [y/N] ")
        case 1: return Localized(fr: "Supprimer l'événement de \(path) ? [o/N] ", en: "Delete the event of \(path)? [y/N] ")
        default: return Localized(fr: "Supprimer les \(n) événements de \(path) ? [o/N] ", en: "Delete the \(n) events of \(path)? [y/N] ")
        }
    }

    public static let nothingChanged = Localized(fr: "Rien n'a été modifié.", en: "Nothing was changed.")

    public static func eventCount(_ n: Int) -> Localized {
        Localized(fr: French.count(n, "événement", "événements") + ".", en: English.count(n, "event", "events") + ".")
    }



    /// `config`'s first lines' labels, with their colon (French puts a space before it).
    public static let configDatabase = Localized(fr: "base :", en: "database:")
    public static let configOffice = Localized(fr: "bureau :", en: "office:")
    public static let configEvents = Localized(fr: "événements :", en: "events:")
    public static let officeNotSet = Localized(fr: "non choisi (joint par défaut)", en: "not set (joint by default)")

    public static let backupWritten = Localized(fr: "copie écrite : ", en: "backup written: ")

    public static func noFreeDay(from: String, to: String) -> Localized {
        Localized(fr: "Aucun jour libre entre le \(from) et le \(to).", en: "No free day between \(from) and \(to).")
    }

    public static func slotDays(_ n: Int) -> Localized {
        Localized(fr: " (\(French.count(n, "jour", "jours")))", en: " (\(English.count(n, "day", "days")))")
    }

    public static func slotDriving(_ km: Int) -> Localized {
        Localized(fr: " — \(km) km de route au total", en: " — \(km) km of driving in all")
    }
}

// MARK: The event form's fields and values (EventDraft)

extension Catalogue {
    /// A field's label in the form, as errors name it there.
    public static func draftField(_ f: EventDraft.Field) -> Localized {
        switch f {
        case .title: return Localized(fr: "Titre", en: "Title")
        case .start: return Localized(fr: "Jour", en: "Day")
        case .startTime: return Localized(fr: "Début", en: "Start")
        case .end, .duration: return Localized(fr: "Fin ou durée", en: "End or duration")
        case .cities: return Localized(fr: "Villes", en: "Cities")
        case .office: return Localized(fr: "Bureau", en: "Office")
        case .kind: return Localized(fr: "Type", en: "Kind")
        case .audience: return Localized(fr: "Public", en: "Audience")
        case .series: return Localized(fr: "Série", en: "Series")
        case .people: return Localized(fr: "Personnes", en: "People")
        case .rrule: return Localized(fr: "Répétition", en: "Repeats")
        case .description: return Localized(fr: "Description", en: "Description")
        }
    }

    public static func invalidTime(_ field: String, _ text: String) -> Localized {
        Localized(fr: "\(field) « \(text) » invalide : attendu une heure HH:MM", en: "invalid \(field) \"\(text)\": expected a time HH:MM")
    }

    public static func invalidEnd(_ field: String, _ text: String) -> Localized {
        Localized(fr: "\(field) « \(text) » invalide : attendu un jour, une heure HH:MM ou une durée (90m, 1h30, 2d)",
                  en: "invalid \(field) \"\(text)\": expected a day, a time HH:MM or a duration (90m, 1h30, 2d)")
    }
}

extension Catalogue {
    public static func invalidUntil(_ field: String, _ text: String) -> Localized {
        Localized(fr: "\(field) « \(text) » invalide : attendu une date AAAA-MM-JJ ou un nombre",
                  en: "invalid \(field) \"\(text)\": expected a date YYYY-MM-DD or a count")
    }
}

extension Catalogue {
    public static func quickAddNoTitle(_ text: String) -> Localized {
        Localized(fr: "pas de titre dans « \(text) »", en: "no title in \"\(text)\"")
    }

    public static func quickAddNoCity(_ text: String) -> Localized {
        Localized(fr: "aucune ville connue dans « \(text) »", en: "no known city in \"\(text)\"")
    }
}
