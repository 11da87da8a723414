import Foundation

/// The texts of calendar import (problems found in a file, the summary), of `city add` /
/// `city list`, and of what imported data shows on screen (untitled events, unknown places).
extension Catalogue {
    static func q(_ s: String) -> String { "« \(s) »" }
    static func e(_ s: String) -> String { "\"\(s)\"" }

    /// One problem of a calendar file (what is wrong; `importRemedy` says what was done).
    public static func importProblem(_ p: ICSProblem) -> Localized {
        switch p {
        case .notCalendar:
            return Localized(fr: "ce n'est pas un fichier iCalendar (pas de BEGIN:VCALENDAR)", en: "not an iCalendar file (no BEGIN:VCALENDAR)")
        case .fileChanged:
            return Localized(fr: "le fichier a raccourci pendant la lecture (un autre programme l'a réécrit) : rien n'est importé",
                             en: "the file became shorter while it was read (another program rewrote it): nothing is imported")
        case .invalidUTF8: return Localized(fr: "texte UTF-8 invalide", en: "invalid UTF-8 text")
        case .nulBytes: return Localized(fr: "octets nuls (données binaires) dans le fichier", en: "binary data (NUL byte) in a calendar file")
        case .noPropertyName(let t):
            return Localized(fr: "ligne illisible (pas de nom de propriété) : \(q(t))", en: "invalid content line (no property name): \(e(t))")
        case .missingColon(let n): return Localized(fr: "« : » manquant après \(n)", en: "missing ':' after \(n)")
        case .spaceInName(let n): return Localized(fr: "espace dans le nom de propriété \(q(n))", en: "whitespace inside the property name \(e(n))")
        case .invalidParameter(let n): return Localized(fr: "paramètre invalide dans \(n)", en: "invalid parameter in \(n)")
        case .unterminatedQuote(let n):
            return Localized(fr: "guillemet non fermé dans un paramètre de \(n)", en: "unterminated quoted parameter value in \(n)")
        case .misplacedQuote(let n):
            return Localized(fr: "guillemet mal placé dans un paramètre de \(n)", en: "misplaced quote in a parameter of \(n)")
        case .beginWithoutName: return Localized(fr: "BEGIN sans nom de composant", en: "BEGIN without a component name")
        case .nestedTooDeep: return Localized(fr: "composants trop imbriqués", en: "components nested too deeply")
        case .unmatchedEnd(let k): return Localized(fr: "END:\(k) sans BEGIN correspondant", en: "END:\(k) without a matching BEGIN")
        case .unclosed(let k, let line):
            return Localized(fr: "END:\(k) manquant pour le BEGIN:\(k) de la ligne \(line)", en: "missing END:\(k) for BEGIN:\(k) at line \(line)")
        case .propertyOutsideCalendar(let n):
            return Localized(fr: "propriété \(n) hors de BEGIN:VCALENDAR", en: "property \(n) outside of BEGIN:VCALENDAR")
        case .notInCalendar(let k):
            return Localized(fr: "BEGIN:VCALENDAR attendu, BEGIN:\(k) trouvé", en: "expected BEGIN:VCALENDAR, found BEGIN:\(k)")
        case .missingStart: return Localized(fr: "VEVENT sans DTSTART", en: "VEVENT without DTSTART")
        case .invalidDate(let prop, let v):
            return Localized(fr: "\(prop) invalide \(q(v)) (date AAAAMMJJ ou AAAAMMJJTHHMMSS attendue)",
                             en: "invalid \(prop) \(e(v)) (expected YYYYMMDD or YYYYMMDDTHHMMSS)")
        case .outOfRange(let prop, let v):
            let y = SupportedDates.years
            return Localized(fr: "\(prop) \(q(v)) hors des années gérées (\(y.lowerBound)–\(y.upperBound))",
                             en: "\(prop) \(e(v)) outside the supported years (\(y.lowerBound)–\(y.upperBound))")
        case .invalidDuration(let v): return Localized(fr: "DURATION invalide \(q(v))", en: "invalid DURATION \(e(v))")
        case .endBeforeStart: return Localized(fr: "DTEND avant DTSTART", en: "DTEND is before DTSTART")
        case .negativeDuration: return Localized(fr: "DURATION négative", en: "negative DURATION")
        case .duplicateStart: return Localized(fr: "deuxième DTSTART dans l'événement", en: "second DTSTART in the event")
        case .emptyRule: return Localized(fr: "RRULE vide", en: "empty RRULE")
        case .escapedRule: return Localized(fr: "RRULE avec des « \\; »", en: "RRULE with escaped '\\;'")
        case .invalidRule(let why): return Localized(fr: "RRULE : \(why)", en: "RRULE: \(why)")
        case .negativeCount: return Localized(fr: "COUNT inférieur à 1 dans RRULE", en: "COUNT below 1 in RRULE")
        case .extraRule: return Localized(fr: "RRULE supplémentaire", en: "additional RRULE")
        case .unknownZone(let z):
            return Localized(fr: "fuseau horaire inconnu \(q(z)) (sans VTIMEZONE)", en: "unknown time zone \(e(z)) (no VTIMEZONE for it)")
        case .approximateZone(let z, _):
            return Localized(fr: "le VTIMEZONE \(q(z)) ne correspond exactement à aucun fuseau connu", en: "VTIMEZONE \(e(z)) matches no known zone exactly")
        case .controlCharacters(let prop): return Localized(fr: "caractères de contrôle dans \(prop)", en: "control characters in \(prop)")
        case .invalidNumber(let prop, let v): return Localized(fr: "\(prop) invalide \(q(v))", en: "invalid \(prop) \(e(v))")
        case .invalidPlannerProperty(let prop, let v): return Localized(fr: "\(prop) invalide \(q(v))", en: "invalid \(prop) \(e(v))")
        case .instanceWithoutSeries: return Localized(fr: "occurrence modifiée sans sa série", en: "changed occurrence without its series")
        case .unknownLocation(let text): return Localized(fr: "lieu \(q(text)) : aucune ville connue", en: "location \(e(text)): no known city")
        }
    }

    /// What the lenient import did about a problem.
    public static func importRemedy(_ p: ICSProblem) -> Localized {
        switch p {
        case .invalidUTF8: return Localized(fr: "caractères remplacés", en: "characters replaced")
        case .nulBytes: return Localized(fr: "octets retirés", en: "bytes removed")
        case .spaceInName: return Localized(fr: "espace retirée", en: "whitespace removed")
        case .unclosed: return Localized(fr: "fermé ici", en: "closed here")
        case .endBeforeStart: return Localized(fr: "début et fin échangés", en: "start and end swapped")
        case .negativeDuration: return Localized(fr: "durée nulle", en: "zero length")
        case .duplicateStart: return Localized(fr: "le premier est gardé", en: "the first is kept")
        case .emptyRule: return Localized(fr: "retirée", en: "dropped")
        case .escapedRule: return Localized(fr: "antislashs retirés", en: "backslashes removed")
        case .negativeCount: return Localized(fr: "COUNT retiré (répétition sans fin)", en: "COUNT dropped (repeats forever)")
        case .extraRule: return Localized(fr: "ses dates sont ajoutées (RDATE)", en: "its dates are added (RDATE)")
        case .unknownZone: return Localized(fr: "heure lue dans le fuseau d'import", en: "time read in the import zone")
        case .approximateZone(_, let using): return Localized(fr: "\(using) utilisé pour les répétitions", en: "\(using) used for repetitions")
        case .controlCharacters: return Localized(fr: "retirés", en: "removed")
        case .instanceWithoutSeries: return Localized(fr: "importée comme événement simple", en: "imported as a single event")
        case .unknownLocation:
            return Localized(fr: "ville laissée inconnue (--city ou « city add » pour en donner une)",
                             en: "city left unknown (use --city or 'city add')")
        case .invalidDuration: return Localized(fr: "durée ignorée", en: "duration ignored")
        case .invalidNumber, .invalidPlannerProperty: return Localized(fr: "ignoré", en: "ignored")
        default:
            switch p.outcome {
            case .skippedLine: return Localized(fr: "ligne ignorée", en: "line skipped")
            case .skippedEvent: return Localized(fr: "événement ignoré", en: "event skipped")
            case .refused: return Localized(fr: "fichier refusé", en: "file refused")
            case .repaired: return Localized(fr: "valeur ignorée", en: "value ignored")
            case .note: return Localized(fr: "lu tel quel", en: "read as it is")
            }
        }
    }

    /// `"3 more: lines 12, 40, 77…"` after the first line of a group.
    public static func importMoreLines(_ lines: [Int], shown: Int) -> Localized {
        let list = lines.prefix(shown).map(String.init).joined(separator: ", ") + (lines.count > shown ? "…" : "")
        return Localized(fr: " (et \(French.count(lines.count, "autre", "autres")) : " + (lines.count == 1 ? "ligne " : "lignes ") + list + ")",
                         en: " (and \(lines.count) more: " + (lines.count == 1 ? "line " : "lines ") + list + ")")
    }

    /// `"FILE: 12 warnings"` before the grouped list (each line says what was done).
    public static func importProblemsHeader(file: String, count: Int) -> Localized {
        Localized(fr: "\(file) : \(French.count(count, "avertissement", "avertissements"))",
                  en: "\(file): \(English.count(count, "warning", "warnings"))")
    }

    /// The counts line of `import`.
    public static func importCounts(read: Int, added: Int, updated: Int, unchanged: Int) -> Localized {
        Localized(fr: "\(French.count(read, "événement lu", "événements lus")) : \(French.count(added, "ajouté", "ajoutés")), "
                      + "\(French.count(updated, "mis à jour", "mis à jour")), \(French.count(unchanged, "inchangé", "inchangés"))",
                  en: "\(English.count(read, "event", "events")) read: \(added) added, \(updated) updated, \(unchanged) unchanged")
    }

    /// Why components were left out, for the summary (`2 VTODO`, `1 event cancelled`).
    public static func importSkipped(_ what: ICSImporter.Skip, _ n: Int) -> Localized {
        switch what {
        case .component(let name): return .verbatim("\(n) \(name)")
        case .cancelled: return Localized(fr: French.count(n, "événement annulé", "événements annulés"), en: English.count(n, "cancelled event", "cancelled events"))
        case .invalid: return Localized(fr: French.count(n, "événement illisible", "événements illisibles"), en: English.count(n, "unreadable event", "unreadable events"))
        }
    }

    public static var importSkippedPrefix: Localized { Localized(fr: " ; ignorés : ", en: "; skipped: ") }
    public static var importDryRun: Localized { Localized(fr: " (essai : rien n'a été écrit)", en: " (dry run: nothing was written)") }
    public static func importUnknownCity(_ text: String) -> Localized {
        Localized(fr: "ville inconnue \(q(text)) pour --city (voir « city list »)", en: "unknown city \(e(text)) for --city (see 'city list')")
    }
    public static func importUnknownOffice(_ text: String) -> Localized {
        Localized(fr: "bureau inconnu \(q(text)) : toulouse, montpellier ou joint attendu",
                  en: "unknown office \(e(text)): expected toulouse, montpellier or joint")
    }

    /// A typed date or length that reaches outside 1900–2200.
    public static func outsideSupportedYears(_ option: String, _ text: String) -> Localized {
        let y = SupportedDates.years
        return Localized(fr: "\(option) \(q(text)) hors des années gérées (\(y.lowerBound)–\(y.upperBound))",
                         en: "\(option) \(e(text)) is outside the supported years (\(y.lowerBound)–\(y.upperBound))")
    }

    /// An event whose dates reach outside 1900–2200 (refused when saved).
    public static func eventOutsideSupportedYears(_ title: String) -> Localized {
        let y = SupportedDates.years
        return Localized(fr: "événement \(q(title)) : dates hors des années gérées (\(y.lowerBound)–\(y.upperBound))",
                         en: "event \(e(title)): dates outside the supported years (\(y.lowerBound)–\(y.upperBound))")
    }

    /// Under the parity table: events whose city is unknown, counted in no column.
    public static func parityUnknownCity(_ n: Int) -> Localized {
        Localized(fr: "+ \(French.count(n, "événement", "événements")) à ville inconnue (lieu importé sans ville connue), compté\(n > 1 ? "s" : "") à part",
                  en: "+ \(English.count(n, "event", "events")) with an unknown city (imported location naming no known city), counted apart")
    }

    /// Shown on screen for an event whose title is empty (the store keeps it empty).
    public static var untitled: Localized { Localized(fr: "(sans titre)", en: "(untitled)") }

    // MARK: city add / city list

    public static func cityAdded(_ name: String, id: String, distances: Int, factor: Double) -> Localized {
        let f = String(format: "%.2f", factor)
        return Localized(fr: "ville \(name) (\(id)) ajoutée ; \(French.count(distances, "distance routière estimée", "distances routières estimées")) "
                             + "(distance à vol d'oiseau × \(f.replacingOccurrences(of: ".", with: ",")))",
                         en: "city \(name) (\(id)) added; \(English.count(distances, "road distance", "road distances")) estimated "
                             + "(great-circle distance × \(f))")
    }
    public static func cityExists(_ id: String) -> Localized {
        Localized(fr: "la ville \(id) existe déjà", en: "city \(id) already exists")
    }
    public static func cityInvalidCoordinate(_ option: String, _ value: Double) -> Localized {
        Localized(fr: "\(option) invalide : \(value) (latitude entre -90 et 90, longitude entre -180 et 180)",
                  en: "invalid \(option): \(value) (latitude within -90..90, longitude within -180..180)")
    }
    public static func cityInvalidName(_ name: String) -> Localized {
        Localized(fr: "nom de ville invalide \(q(name))", en: "invalid city name \(e(name))")
    }
    public static func cityInvalidId(_ id: String) -> Localized {
        Localized(fr: "identifiant de ville invalide \(q(id)) : 2 à 8 lettres ou chiffres", en: "invalid city id \(e(id)): 2 to 8 letters or digits")
    }
    public static var cityListHeader: Localized { Localized(fr: "id       ville                    latitude  longitude", en: "id       city                     latitude  longitude") }
    public static var cityAddAbstract: Localized { Localized(fr: "Ajouter une ville (distances routières estimées).", en: "Add a city (road distances estimated).") }
    public static var cityListAbstract: Localized { Localized(fr: "Lister les villes connues.", en: "List the known cities.") }
}
