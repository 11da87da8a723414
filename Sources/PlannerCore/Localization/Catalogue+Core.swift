import Foundation

// The catalogue of PlannerCore's messages: errors of the store and of typed values, labels
// of the printed agenda, conflicts, reports, public holidays.

extension Catalogue {
    // MARK: Files and values

    /// `FILE:LINE: reason`, `FILE: reason`.
    public static func fileProblem(file: String, line: Int?, reason: Localized) -> Localized {
        .verbatim(line.map { "\(file):\($0): " } ?? "\(file): ") + reason
    }

    public static func invalidDay(_ option: String, _ text: String) -> Localized {
        Localized(fr: "\(option) « \(text) » invalide : attendu AAAA-MM-JJ, aujourd'hui ou demain",
                  en: "invalid \(option) \"\(text)\": expected YYYY-MM-DD, today or tomorrow")
    }

    public static func invalidMoment(_ option: String, _ text: String) -> Localized {
        Localized(fr: "\(option) « \(text) » invalide : attendu AAAA-MM-JJ[ HH:MM], aujourd'hui ou demain",
                  en: "invalid \(option) \"\(text)\": expected YYYY-MM-DD[ HH:MM], today or tomorrow")
    }

    public static func missingTime(_ option: String, _ text: String) -> Localized {
        Localized(fr: "\(option) « \(text) » invalide : une heure HH:MM est attendue après la date",
                  en: "invalid \(option) \"\(text)\": expected a time HH:MM after the date")
    }

    public static func invalidDuration(_ option: String, _ text: String) -> Localized {
        Localized(fr: "\(option) « \(text) » invalide : attendu par exemple 90m, 2h, 1h30 ou 3d",
                  en: "invalid \(option) \"\(text)\": expected e.g. 90m, 2h, 1h30 or 3d")
    }

    public static func invalidWeek(_ text: String) -> Localized {
        Localized(fr: "semaine « \(text) » invalide : attendu AAAA-Wss avec un numéro de semaine qui existe",
                  en: "invalid week \"\(text)\": expected YYYY-Www with an existing week number")
    }

    // MARK: Store

    public static func unknownCity(_ text: String, known: [String]) -> Localized {
        Localized(fr: "ville inconnue « \(text) » (connues : \(known.joined(separator: ", ")))",
                  en: "unknown city \"\(text)\" (known: \(known.joined(separator: ", ")))")
    }

    public static let emptyPersonName = Localized(fr: "nom de personne vide", en: "empty person name")

    public static func noEvent(uid: String) -> Localized {
        Localized(fr: "aucun événement d'uid « \(uid) »", en: "no event with uid \"\(uid)\"")
    }

    public static func ambiguousUid(_ prefix: String) -> Localized {
        Localized(fr: "le préfixe d'uid « \(prefix) » désigne plusieurs événements",
                  en: "uid prefix \"\(prefix)\" matches several events")
    }

    public static func invalidSeries(_ text: String) -> Localized {
        Localized(fr: "série « \(text) » invalide", en: "invalid series \"\(text)\"")
    }

    /// What is wrong with an event about to be saved.
    public enum EventProblem: Sendable, Equatable {
        case emptyTitle, endBeforeStart, noCity
        case unknownZone(String), unknownCity(String), unknownPerson(String), unknownSeries(String)
        case invalidRule(String)
    }

    public static func invalidEvent(_ title: String, _ problem: EventProblem) -> Localized {
        let (fr, en): (String, String)
        switch problem {
        case .emptyTitle: (fr, en) = ("titre vide", "empty title")
        case .endBeforeStart: (fr, en) = ("la fin est avant le début", "end is before start")
        case .noCity: (fr, en) = ("il faut au moins une ville", "at least one city is needed")
        case .unknownZone(let z): (fr, en) = ("fuseau horaire inconnu \(z)", "unknown time zone \(z)")
        case .unknownCity(let c): (fr, en) = ("ville inconnue \(c)", "unknown city \(c)")
        case .unknownPerson(let p): (fr, en) = ("personne inconnue \(p)", "unknown person \(p)")
        case .unknownSeries(let s): (fr, en) = ("série inconnue \(s)", "unknown series \(s)")
        case .invalidRule(let r): (fr, en) = ("règle de récurrence invalide : \(r)", "invalid recurrence rule: \(r)")
        }
        return Localized(fr: "événement « \(title) » : \(fr)", en: "event \"\(title)\": \(en)")
    }

    public static func unknownOfficeInDatabase(uid: String, office: String) -> Localized {
        Localized(fr: "événement \(uid) : bureau inconnu \(office) dans la base",
                  en: "event \(uid): unknown office \(office) in the database")
    }

    /// What is wrong with a database file; every message says nothing was written or changed.
    public enum DatabaseProblem: Sendable, Equatable {
        case isFolder, cannotCreateFolder(String), cannotCreateFile, newerVersion, notSQLite, busy, readOnly, diskFull
        case cannotOpen, damaged, other(String)
    }

    public static func database(_ path: String, _ problem: DatabaseProblem) -> Localized {
        let (fr, en): (String, String)
        switch problem {
        case .isFolder: (fr, en) = ("c'est un dossier, pas un fichier de base", "is a folder, not a database file")
        case .cannotCreateFolder(let f): (fr, en) = ("impossible de créer le dossier \(f)", "cannot create the folder \(f)")
        case .cannotCreateFile: (fr, en) = ("impossible de créer le fichier de base (permission refusée ?)",
                                           "cannot create the database file (permission denied?)")
        case .newerVersion: (fr, en) = ("écrite par une version plus récente du planner ; ouverture refusée",
                                       "written by a newer version of the planner; refusing to open it")
        case .notSQLite: (fr, en) = ("pas une base du planner (le fichier n'est pas SQLite)", "not a planner database (file is not SQLite)")
        case .busy: (fr, en) = ("base occupée malgré les nouvelles tentatives ; rien n'a été écrit",
                               "database busy after retries; nothing was written")
        case .readOnly: (fr, en) = ("base en lecture seule ; rien n'a été écrit", "database is read-only; nothing was written")
        case .diskFull: (fr, en) = ("disque plein ; rien n'a été écrit", "disk full; nothing was written")
        case .cannotOpen: (fr, en) = ("impossible d'ouvrir le fichier de base", "cannot open the database file")
        case .damaged: (fr, en) = ("fichier de base endommagé ; il n'a pas été modifié", "database file is damaged; it was not modified")
        case .other(let m): (fr, en) = ("erreur de base de données : \(m)", "database error: \(m)")
        }
        return Localized(fr: "\(path) : \(fr)", en: "\(path): \(en)")
    }

    public static func invalidReference(_ detail: String) -> Localized {
        Localized(fr: "référence invalide : \(detail)", en: "invalid reference: \(detail)")
    }

    public static func backupIsFolder(_ path: String) -> Localized {
        Localized(fr: "\(path) : c'est un dossier", en: "\(path): is a folder")
    }

    public static func cannotWriteBackup(_ path: String, reason: String?) -> Localized {
        let r = reason.map { " (\($0))" } ?? ""
        return Localized(fr: "\(path) : impossible d'y écrire la copie\(r)", en: "\(path): cannot write the backup there\(r)")
    }

    public static func unknownCityOfEvent(uid: String, city: String) -> Localized {
        Localized(fr: "événement \(uid) : ville inconnue \(city)", en: "event \(uid): unknown city \(city)")
    }

    // MARK: Printed agenda

    public static let allDay = Localized(fr: "toute la journée", en: "all day")
    public static let noEvents = Localized(fr: "aucun événement", en: "no events")
    public static let publicHoliday = Localized(fr: "férié", en: "public holiday")

    /// `Semaine 48 — `.
    public static func weekPrefix(_ week: Int) -> Localized {
        Localized(fr: "Semaine \(week) — ", en: "Week \(week) — ")
    }

    /// `organisation commune`, `bureau de Montpellier` / `joint office`, `Montpellier office`.
    public static func organisingOffice(_ office: Office) -> Localized {
        office == .joint ? Localized(fr: "organisation commune", en: "joint office")
            : Localized(fr: "bureau de \(office.name(.fr))", en: "\(office.name(.en)) office")
    }

    /// A French public holiday's name in both languages (the store keeps the French name).
    public static func holiday(_ frenchName: String) -> Localized {
        let english: [String: String] = [
            "Jour de l'an": "New Year's Day", "Lundi de Pâques": "Easter Monday", "Fête du Travail": "Labour Day",
            "Victoire 1945": "Victory in Europe Day", "Ascension": "Ascension Day", "Lundi de Pentecôte": "Whit Monday",
            "Fête nationale": "Bastille Day", "Assomption": "Assumption Day", "Toussaint": "All Saints' Day",
            "Armistice 1918": "Armistice Day", "Noël": "Christmas Day",
        ]
        return Localized(fr: frenchName, en: english[frenchName] ?? frenchName)
    }
}

extension Catalogue {
    /// A step of the undo journal, as a noun: `modification` / `edit`.
    public static func undoLabel(_ label: UndoLabel) -> Localized {
        switch label {
        case .add: return Localized(fr: "ajout", en: "add")
        case .edit: return Localized(fr: "modification", en: "edit")
        case .duplicate: return Localized(fr: "duplication", en: "duplicate")
        case .delete: return Localized(fr: "suppression", en: "delete")
        case .deleteOccurrence: return Localized(fr: "suppression d'une occurrence", en: "delete occurrence")
        case .import: return Localized(fr: "import", en: "import")
        case .plan: return Localized(fr: "placement", en: "plan")
        case .reset: return Localized(fr: "réinitialisation", en: "reset")
        case .save: return Localized(fr: "enregistrement", en: "save")
        case .bench: return Localized(fr: "mesure", en: "bench")
        case .undo: return Localized(fr: "annulation", en: "undo")
        case .redo: return Localized(fr: "rétablissement", en: "redo")
        }
    }
}

extension Catalogue {
    public static func cannotReadFile(_ path: String) -> Localized {
        Localized(fr: "\(path) : lecture impossible", en: "\(path): cannot be read")
    }
}

extension Catalogue {
    /// A colon before a detail: `" : "` in French typography, `": "` in English.
    public static let colon = Localized(fr: " : ", en: ": ")

    public static func expectedOneOf(_ a: String, _ b: String) -> Localized {
        Localized(fr: "attendu \(a) ou \(b)", en: "expected one of \(a) or \(b)")
    }
}
