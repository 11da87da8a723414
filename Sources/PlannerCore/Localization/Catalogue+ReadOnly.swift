// Catalogue+ReadOnly: what the planner says about a database it may read but not write
// (Store+ReadOnly): the edit it refuses, the upgrade it cannot make, the TUI's status mark.
import Foundation

extension Catalogue {
    /// "fichier non modifiable" / "file not writable".
    static func readOnlyWhy(_ reason: Store.ReadOnlyReason) -> Localized {
        switch reason {
        case .file: return Localized(fr: "fichier non modifiable", en: "file not writable")
        case .folder(let f): return Localized(fr: "dossier \(f) non modifiable", en: "folder \(f) not writable")
        case .requested: return Localized(fr: "à la demande", en: "as asked")
        }
    }

    /// An edit refused: `planner.sqlite : ouverte en lecture seule (fichier non
    /// modifiable) ; modification impossible, rien n'a été écrit`.
    public static func readOnlyCannotChange(_ path: String, _ reason: Store.ReadOnlyReason) -> Localized {
        let why = readOnlyWhy(reason)
        return Localized(fr: "\(path) : ouverte en lecture seule (\(why.fr)) ; modification impossible, rien n'a été écrit",
                         en: "\(path): opened read-only (\(why.en)); it cannot be changed, nothing was written")
    }

    /// A read-only file from an older planner (or never set up): it cannot be upgraded here.
    public static func readOnlyNeedsUpgrade(_ path: String, _ reason: Store.ReadOnlyReason) -> Localized {
        let why = readOnlyWhy(reason)
        return Localized(fr: "\(path) : base en lecture seule (\(why.fr)) que cette version doit d'abord mettre à jour ; "
                            + "ouvrez-la une fois avec le droit d'écriture",
                         en: "\(path): read-only database (\(why.en)) that this version must upgrade first; "
                            + "open it once with write permission")
    }

    /// The TUI's status-line mark of a read-only database.
    public static func readOnlyNotice(_ reason: Store.ReadOnlyReason) -> Localized {
        Localized(fr: "lecture seule", en: "read-only")
    }
}

extension Catalogue {
    /// The TUI's answer to an edit key on a read-only database (the status line has no room
    /// for the path): `Lecture seule (fichier non modifiable) : modification impossible`.
    public static func readOnlyEditRefused(_ reason: Store.ReadOnlyReason) -> Localized {
        let why = readOnlyWhy(reason)
        return Localized(fr: "Lecture seule (\(why.fr)) : modification impossible", en: "Read-only (\(why.en)): cannot change anything")
    }
}

extension Catalogue {
    /// The TUI's key hints on a read-only database: only what works there.
    public static let readOnlyStatusHint = Localized(fr: "i détails · / chercher · P imprimer · ? aide · q quitter",
                                                     en: "i details · / search · P print · ? help · q quit")
}
