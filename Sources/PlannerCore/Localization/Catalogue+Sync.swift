import Foundation

/// The messages of CalDAV sync: errors (server, password, configuration), progress, the
/// summary of a sync, the lines `config`, `check` and the TUI show about it.
extension Catalogue {
    // MARK: Server and network

    /// Why a server could not be reached, named inside `syncUnreachable`.
    enum NetworkFailure {
        static func timeout(seconds: Int) -> Localized {
            Localized(fr: "pas de réponse en \(seconds) s", en: "timeout (\(seconds) s)")
        }
        static let refused = Localized(fr: "connexion refusée", en: "connection refused")
        static let unknownHost = Localized(fr: "hôte inconnu", en: "unknown host")
        static let networkDown = Localized(fr: "réseau indisponible", en: "network down")
        static let tls = Localized(fr: "échec de la connexion sécurisée (TLS)", en: "TLS failure")
        static let noResponse = Localized(fr: "aucune réponse", en: "no response")
        static func other(code: Int) -> Localized {
            Localized(fr: "erreur réseau \(code)", en: "network error \(code)")
        }
    }

    static func syncUnreachable(host: String, reason: String) -> Localized {
        Localized(fr: "serveur \(host) injoignable (\(reason)) ; les changements locaux restent en attente",
                  en: "server \(host) unreachable (\(reason)); local changes stay queued")
    }

    static func syncAuthRefused(host: String, status: Int) -> Localized {
        Localized(fr: "le serveur \(host) refuse l'identifiant ou le mot de passe (HTTP \(status)) ; rien n'a changé",
                  en: "server \(host) refused the user or password (HTTP \(status)); nothing was changed")
    }

    static func syncServerError(method: String, url: String, status: Int) -> Localized {
        Localized(fr: "le serveur a répondu HTTP \(status) à \(method) \(url)", en: "the server answered HTTP \(status) to \(method) \(url)")
    }

    static func syncTooManyRedirects(_ url: String) -> Localized {
        Localized(fr: "trop de redirections depuis \(url)", en: "too many redirects from \(url)")
    }

    static func syncNoCalendarHome(_ url: String) -> Localized {
        Localized(fr: "\(url) : aucun agenda CalDAV trouvé (ni collection, ni calendar-home-set)",
                  en: "\(url): no CalDAV calendar found (neither a collection nor a calendar-home-set)")
    }

    static func syncNoCalendar(_ url: String) -> Localized {
        Localized(fr: "\(url) : le serveur n'a aucun agenda ; créez-en un (voir le README) ou donnez l'URL d'une collection",
                  en: "\(url): the server has no calendar; create one (see the README) or give a collection URL")
    }

    static func syncSeveralCalendars(_ url: String, _ found: [String]) -> Localized {
        Localized(fr: "\(url) : \(found.count) agendas ; choisissez-en un avec --url (planner-tui sync --list) : \(found.joined(separator: ", "))",
                  en: "\(url): \(found.count) calendars; choose one with --url (planner-tui sync --list): \(found.joined(separator: ", "))")
    }

    static func syncNotOneEvent(_ n: Int) -> Localized {
        Localized(fr: "ressource ignorée : \(French.count(n, "événement", "événements")) au lieu d'un seul",
                  en: "resource skipped: \(English.count(n, "event", "events")) instead of one")
    }

    static func syncDuplicateUID(_ uid: String) -> Localized {
        Localized(fr: "ressource ignorée : l'UID \(uid) figure déjà dans une autre ressource",
                  en: "resource skipped: UID \(uid) is already in another resource")
    }

    static func syncGaveUp(_ href: String) -> Localized {
        Localized(fr: "\(href) change sans cesse sur le serveur ; réessayez la synchronisation",
                  en: "\(href) keeps changing on the server; sync again")
    }

    // MARK: Configuration and password

    static let syncNotConfigured = Localized(
        fr: "aucun serveur CalDAV : planner-tui config --caldav-url URL --caldav-user UTILISATEUR (ou sync --url URL --user UTILISATEUR)",
        en: "no CalDAV server: planner-tui config --caldav-url URL --caldav-user USER (or sync --url URL --user USER)")

    static func syncBadURL(_ text: String) -> Localized {
        Localized(fr: "URL CalDAV invalide « \(text) » : attendu http(s)://HÔTE/CHEMIN", en: "invalid CalDAV URL \"\(text)\": expected http(s)://HOST/PATH")
    }

    static let syncPasswordInURL = Localized(
        fr: "pas de mot de passe dans l'URL : --password-file, $PLANNER_CALDAV_PASSWORD ou config --caldav-password-command",
        en: "no password in the URL: use --password-file, $PLANNER_CALDAV_PASSWORD or config --caldav-password-command")

    static func syncPlainHTTP(_ host: String) -> Localized {
        Localized(fr: "refus d'envoyer le mot de passe en clair (http://) à \(host) : utilisez https:// (ou --insecure)",
                  en: "refusing to send the password over plain http:// to \(host): use https:// (or --insecure)")
    }

    static func syncPasswordFileUnreadable(_ path: String) -> Localized {
        Localized(fr: "--password-file : impossible de lire \(path)", en: "--password-file: cannot read \(path)")
    }

    static func syncPasswordCommandFailed(_ status: Int) -> Localized {
        Localized(fr: "la commande du mot de passe (config --caldav-password-command) a échoué (code \(status))",
                  en: "the password command (config --caldav-password-command) failed (status \(status))")
    }

    static let syncNoPassword = Localized(
        fr: "aucun mot de passe : --password-file FICHIER, $PLANNER_CALDAV_PASSWORD ou config --caldav-password-command \"pass show d113\"",
        en: "no password: --password-file FILE, $PLANNER_CALDAV_PASSWORD or config --caldav-password-command \"pass show d113\"")

    public static func syncBadPeriod(_ text: String) -> Localized {
        Localized(fr: "--sync-every « \(text) » invalide : une durée (5m, 1h) ou off", en: "invalid --sync-every \"\(text)\": a duration (5m, 1h) or off")
    }

    // MARK: Progress

    static func syncConnecting(_ host: String) -> Localized { Localized(fr: "Synchronisation avec \(host)…", en: "Syncing with \(host)…") }
    static let syncListing = Localized(fr: "Synchronisation : liste du serveur…", en: "Sync: listing the server…")
    static let syncTokenRefused = Localized(fr: "Synchronisation : jeton refusé, nouvelle liste complète…", en: "Sync: token refused, listing everything again…")

    static func syncReceiving(done: Int, total: Int) -> Localized {
        Localized(fr: "Synchronisation : réception \(done)/\(total)…", en: "Sync: receiving \(done)/\(total)…")
    }

    static func syncSending(done: Int, total: Int) -> Localized {
        Localized(fr: "Synchronisation : envoi \(done)/\(total)…", en: "Sync: sending \(done)/\(total)…")
    }

    // MARK: Results

    /// One line: what came and went.
    public static func syncSummary(_ r: SyncReport) -> Localized {
        var fr = "Synchronisé : \(French.count(r.received, "reçu", "reçus")), \(French.count(r.receivedDeletions, "supprimé", "supprimés")) ici, "
            + "\(French.count(r.sent, "envoyé", "envoyés")), \(French.count(r.sentDeletions, "supprimé", "supprimés")) sur le serveur"
        var en = "Synced: \(r.received) received, \(r.receivedDeletions) deleted here, \(r.sent) sent, \(r.sentDeletions) deleted on the server"
        if !r.conflictCopies.isEmpty {
            fr += " ; \(French.count(r.conflictCopies.count, "copie de conflit", "copies de conflit"))"
            en += "; \(English.count(r.conflictCopies.count, "conflict copy", "conflict copies"))"
        }
        if !r.keptEdits.isEmpty {
            fr += " ; \(French.count(r.keptEdits.count, "modification gardée", "modifications gardées")) malgré une suppression"
            en += "; \(English.count(r.keptEdits.count, "edit", "edits")) kept over a deletion"
        }
        return Localized(fr: fr, en: en)
    }

    public static func syncConflictCopyLine(_ title: String) -> Localized {
        Localized(fr: "conflit : « \(title) » modifié des deux côtés ; la version du serveur est gardée, la vôtre est gardée comme copie de conflit (listée par check)",
                  en: "conflict: “\(title)” changed on both sides; the server's version is kept, yours is a conflict copy (listed by check)")
    }

    public static func syncKeptEditLine(_ title: String) -> Localized {
        Localized(fr: "« \(title) » supprimé d'un côté, modifié de l'autre : la modification est gardée",
                  en: "“\(title)” deleted on one side, edited on the other: the edit is kept")
    }

    public static func syncWarningLine(_ text: String) -> Localized {
        Localized(fr: "avertissement : \(text)", en: "warning: \(text)")
    }

    public static func syncCalendarLine(_ c: CalDAVCalendar) -> Localized { .verbatim("\(c.url.absoluteString)  \(c.name)") }

    // MARK: config, check, TUI

    public static func syncConfigLines(_ c: SyncConfiguration, pending: Int, lastSync: String?) -> Localized {
        let every = c.every.map { "\(Int($0 / 60)) min" }
        return Localized(
            fr: "serveur CalDAV : \(c.url ?? "aucun")\nutilisateur CalDAV : \(c.user ?? "aucun")\ncommande du mot de passe : \(c.passwordCommand ?? "aucune")\n"
                + "synchronisation automatique : \(every.map { "toutes les \($0)" } ?? "non")\ndernière synchronisation : \(lastSync ?? "jamais")\n"
                + "changements locaux en attente : \(pending)",
            en: "CalDAV server: \(c.url ?? "none")\nCalDAV user: \(c.user ?? "none")\npassword command: \(c.passwordCommand ?? "none")\n"
                + "automatic sync: \(every.map { "every \($0)" } ?? "off")\nlast sync: \(lastSync ?? "never")\n"
                + "local changes waiting: \(pending)")
    }

    public static func syncConflictCopiesHeading(_ n: Int) -> Localized {
        Localized(fr: "\(French.count(n, "copie de conflit", "copies de conflit")) (gardez une version, supprimez l'autre) :",
                  en: "\(English.count(n, "conflict copy", "conflict copies")) (keep one version, delete the other):")
    }

    public static func syncConflictCopyItem(copyUid: String, title: String, originalUid: String, originalTitle: String?) -> Localized {
        Localized(fr: "  \(copyUid) « \(title) » : votre version de \(originalUid) « \(originalTitle ?? "supprimé depuis") »",
                  en: "  \(copyUid) “\(title)”: your version of \(originalUid) “\(originalTitle ?? "deleted since")”")
    }

    public static func syncStatus(lastSync: String?, pending: Int) -> Localized {
        Localized(fr: "synchro \(lastSync ?? "jamais")\(pending > 0 ? ", \(French.count(pending, "changement", "changements")) en attente" : "")",
                  en: "sync \(lastSync ?? "never")\(pending > 0 ? ", \(English.count(pending, "change", "changes")) waiting" : "")")
    }

    public static let syncRunning = Localized(fr: "Synchronisation en cours…", en: "Sync running…")
    public static let syncAlreadyRunning = Localized(fr: "Une synchronisation est déjà en cours", en: "A sync is already running")
    public static let syncConflictMark = Localized(fr: "copie de conflit", en: "conflict copy")

    public static func syncFailed(_ message: String) -> Localized {
        Localized(fr: "Synchronisation impossible : \(message)", en: "Sync failed: \(message)")
    }
}

extension Catalogue {
    public static let syncNotConfiguredTUI = Localized(
        fr: "Aucun serveur CalDAV : planner-tui config --caldav-url URL --caldav-user UTILISATEUR",
        en: "No CalDAV server: planner-tui config --caldav-url URL --caldav-user USER")
}

extension Catalogue {
    public static let syncDetailsHeading = Localized(fr: "Copie de conflit : modifié des deux côtés avant une synchronisation",
                                                     en: "Conflict copy: changed on both sides before a sync")
    public static let syncDetailsYours = Localized(fr: "Votre version (cette copie)", en: "Your version (this copy)")
    public static let syncDetailsServer = Localized(fr: "Version du serveur (gardée)", en: "Server's version (kept)")
    public static let syncDetailsHowToKeep = Localized(
        fr: "Pour garder la vôtre : reportez-la sur l'original (e), puis supprimez cette copie (x).",
        en: "To keep yours: copy it onto the original (e), then delete this copy (x).")

    public static func syncDetailsOriginalGone(_ uid: String) -> Localized {
        Localized(fr: "Version de \(uid), hors de la période affichée ou supprimée depuis.", en: "A version of \(uid), outside the days shown or deleted since.")
    }
}

extension Catalogue {
    /// The TUI help's line for sync.
    public static let syncHelpEntries: [(keys: String, text: Localized)] = [
        ("S", Localized(fr: "synchroniser avec le serveur CalDAV (la barre d'état montre la dernière synchro et les changements en attente ; ≠ marque une copie de conflit)",
                        en: "sync with the CalDAV server (the status line shows the last sync and the changes waiting; ≠ marks a conflict copy)")),
    ]
}
