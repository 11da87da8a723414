// Help of the sync, config CalDAV and city options, in French and English.
import Foundation

extension Catalogue.Help {
    public static let syncAbstract = Localized(fr: "Synchroniser dans les deux sens avec le calendrier CalDAV partagé.",
        en: "Two-way sync with the shared CalDAV calendar.")
    public static let syncURL = Localized(fr: "L'URL du serveur ou du calendrier CalDAV (gardée pour les synchronisations suivantes).",
        en: "The CalDAV server or calendar URL (stored for the next syncs).")
    public static let syncUser = Localized(fr: "L'utilisateur CalDAV (gardé pour les synchronisations suivantes).",
        en: "The CalDAV user (stored for the next syncs).")
    public static let syncPasswordFile = Localized(fr: "Un fichier dont la première ligne est le mot de passe (sinon $PLANNER_CALDAV_PASSWORD, sinon la commande de mot de passe configurée).",
        en: "A file whose first line is the password (else $PLANNER_CALDAV_PASSWORD, else the configured password command).")
    public static let syncPrefer = Localized(fr: "Quand les deux côtés ont modifié un événement : server (par défaut : la version locale devient une copie de conflit) ou local.",
        en: "When both sides changed an event: server (default: the local version becomes a conflict copy) or local.")
    public static let syncList = Localized(fr: "Lister les calendriers du serveur, sans synchroniser.",
        en: "List the server's calendars and stop.")
    public static let syncInsecure = Localized(fr: "Permettre d'envoyer le mot de passe en clair (http://) à un hôte qui n'est pas cette machine.",
        en: "Allow sending the password over plain http:// to a host that is not this machine.")
    public static let configCaldavURL = Localized(fr: "L'URL du serveur ou du calendrier CalDAV ('' pour l'enlever).",
        en: "The CalDAV server or calendar URL ('' to remove).")
    public static let configCaldavUser = Localized(fr: "L'utilisateur CalDAV ('' pour l'enlever).",
        en: "The CalDAV user ('' to remove).")
    public static let configCaldavPasswordCommand = Localized(fr: "Une commande qui affiche le mot de passe, par exemple « pass show d113 » ('' pour l'enlever).",
        en: "A command that prints the password, e.g. \"pass show d113\" ('' to remove).")
    public static let configSyncEvery = Localized(fr: "Synchronisation automatique dans l'interface : une durée (5m, 1h) ou off.",
        en: "Automatic sync in the TUI: a duration (5m, 1h) or off.")
    public static let cityAbstract = Localized(fr: "Ajouter ou lister des villes.", en: "Add or list cities.")
    public static let cityName = Localized(fr: "Le nom de la ville, tel que les lieux l'écrivent (« Bordeaux »).",
        en: "The city's name, as locations write it (\"Bordeaux\").")
    public static let cityLatitude = Localized(fr: "Latitude en degrés (positive au nord).", en: "Latitude in degrees (north positive).")
    public static let cityLongitude = Localized(fr: "Longitude en degrés (positive à l'est).", en: "Longitude in degrees (east positive).")
    public static let cityId = Localized(fr: "Id court (par défaut : les trois premières lettres du nom, en majuscules).",
        en: "Short id (default: the first three letters of the name, upper-cased).")
}
