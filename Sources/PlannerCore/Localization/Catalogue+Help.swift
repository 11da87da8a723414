import Foundation

// The catalogue of the command line's help: every abstract, discussion and option help of
// `planner-tui --help`, in French and English (`HelpLanguage` picks one before parsing).

extension Catalogue {
    /// Help texts of the command line, by command and option.
    public enum Help {}
}

extension Catalogue.Help {
    public static let plannerAbstract = Localized(fr: "Le planner de Digital113 : un seul calendrier pour les bureaux de Toulouse et de Montpellier.",
        en: "The Digital113 planner: one calendar for the Toulouse and Montpellier offices.")
    public static let plannerDiscussion = Localized(fr: "Sans sous-commande, ouvre le planner interactif dans le terminal.",
        en: "Without a subcommand, opens the interactive planner on a terminal.")
    public static let deleteAbstract = Localized(fr: "Supprimer un événement (ou une occurrence d'un événement récurrent).",
        en: "Remove an event (or one occurrence of a recurring one).")
    public static let eventUid = Localized(fr: "L'uid de l'événement (ou un préfixe qui le désigne seul).",
        en: "The event's uid (or a unique prefix of it).")
    public static let deleteOccurrence = Localized(fr: "Supprimer seulement l'occurrence de ce jour.",
        en: "Remove only the occurrence on this day.")
    public static let checkAbstract = Localized(fr: "Lister les conflits ; code de sortie 1 s'il y en a.",
        en: "List conflicts; exit 1 if there are any.")
    public static let checkFrom = Localized(fr: "Premier jour à vérifier (par défaut : le premier événement).",
        en: "First day to check (default: the first event).")
    public static let checkTo = Localized(fr: "Lendemain du dernier jour à vérifier (par défaut : le dernier événement, les récurrents jusqu'à deux ans d'aujourd'hui).",
        en: "Day after the last one to check (default: the last event, recurring ones up to two years from today).")
    public static let textOrJSON = Localized(fr: "text ou json.",
        en: "text or json.")
    public static let addAbstract = Localized(fr: "Ajouter un événement ; affiche son uid.",
        en: "Add an event; prints its uid.")
    public static let importAbstract = Localized(fr: "Importer un fichier iCalendar (une seule transaction ; tolérant sauf avec --strict).",
        en: "Import an iCalendar file (one transaction; lenient unless --strict).")
    public static let importFile = Localized(fr: "Le fichier .ics (« - » pour l'entrée standard).",
        en: "The .ics file ('-' for standard input).")
    public static let importOffice = Localized(fr: "Bureau organisateur des événements qui ne le disent pas (par défaut : le bureau de cette base, sinon joint).",
        en: "Organising office of events that do not say (default: this database's office, else joint).")
    public static let importDryRun = Localized(fr: "Vérifier le fichier et afficher les comptes sans rien écrire.",
        en: "Check the file and print the counts without writing anything.")
    public static let importCity = Localized(fr: "Ville des événements dont le lieu ne nomme aucune ville connue (par défaut : inconnue).",
        en: "City of events whose location names no known city (default: left unknown).")
    public static let importStrict = Localized(fr: "Refuser le fichier au premier problème (code 65) au lieu de l'ignorer ou de le réparer.",
        en: "Refuse the file at the first problem (exit 65) instead of skipping or repairing it.")
    public static let importVerbose = Localized(fr: "Lister chaque problème au lieu de les regrouper.",
        en: "List every problem instead of grouping them.")
    public static let exportAbstract = Localized(fr: "Écrire le calendrier au format iCalendar (RFC 5545).",
        en: "Write the calendar as iCalendar (RFC 5545).")
    public static let exportFrom = Localized(fr: "Seulement les événements qui ont une occurrence à partir de ce jour…",
        en: "Only events with an occurrence from this day...")
    public static let exportTo = Localized(fr: "…jusqu'à ce jour (exclu).",
        en: "...to this day (exclusive).")
    public static let exportOutput = Localized(fr: "Écrire dans ce fichier au lieu de la sortie standard.",
        en: "Write to this file instead of standard output.")
    public static let db = Localized(fr: "La base SQLite (par défaut $PLANNER_DB, sinon $XDG_DATA_HOME/planner/planner.sqlite).",
        en: "The SQLite database (default $PLANNER_DB, else $XDG_DATA_HOME/planner/planner.sqlite).")
    public static let lang = Localized(fr: "Langue des textes : fr ou en (par défaut d'après LC_ALL, LC_TIME, LANG).",
        en: "Language of text output: fr or en (default from LC_ALL, LC_TIME, LANG).")
    public static let tz = Localized(fr: "Fuseau horaire d'affichage (par défaut Europe/Paris).",
        en: "Display time zone (default Europe/Paris).")
    public static let noSample = Localized(fr: "À la création de la base, ne pas y mettre la saison d'exemple.",
        en: "When the database is created, leave the sample season out.")
    public static let scheduleAbstract = Localized(fr: "Résoudre un fichier d113-sched-instance/1 (ou vérifier une solution).",
        en: "Solve a d113-sched-instance/1 file (or check a solution).")
    public static let scheduleDiscussion = Localized(fr: "Affiche la solution en JSON (ou l'écrit avec -o) ; code de sortie 1 quand aucun plan n'existe. La recherche est déterministe pour un --seed donné quand elle s'arrête sur son budget d'itérations (--max-iterations), ce qu'elle fait normalement avant --time-limit.",
        en: "Prints the solution JSON (or writes it with -o); exit 1 when no plan exists. The search is deterministic for a given --seed when it ends on its iteration budget (--max-iterations), which it normally does before --time-limit.")
    public static let scheduleInstance = Localized(fr: "Le fichier d'instance.",
        en: "The instance file.")
    public static let scheduleOutput = Localized(fr: "Écrire la solution ici au lieu de la sortie standard.",
        en: "Write the solution here instead of standard output.")
    public static let scheduleTimeLimit = Localized(fr: "Durée maximale de recherche en secondes (par défaut 10).",
        en: "Seconds to search at most (default 10).")
    public static let scheduleSeed = Localized(fr: "Graine aléatoire (par défaut 1).",
        en: "Random seed (default 1).")
    public static let scheduleMaxIterations = Localized(fr: "Nombre de mouvements d'amélioration à essayer (par défaut : selon la taille de l'instance).",
        en: "Improvement moves to try (default: scaled to the instance).")
    public static let scheduleCheck = Localized(fr: "Vérifier cette solution par rapport à l'instance au lieu de résoudre.",
        en: "Check this solution against the instance instead of solving.")
    public static let reportAbstract = Localized(fr: "Rapports de parité, de séries et d'itinéraire.",
        en: "Parity, series and itinerary reports.")
    public static let parityAbstract = Localized(fr: "Événements par côté (Toulouse, Montpellier) et par bureau, par trimestre ou par mois.",
        en: "Events per city side and per office, by quarter or month.")
    public static let parityYear = Localized(fr: "Année (par défaut : l'année en cours).",
        en: "Year (default: the current one).")
    public static let parityBy = Localized(fr: "quarter (trimestre) ou month (mois).",
        en: "quarter or month.")
    public static let seriesAbstract = Localized(fr: "Chaque série comme une tournée : étapes, écarts, villes pas encore visitées.",
        en: "Each series as a tour: stops, gaps, cities not visited.")
    public static let seriesId = Localized(fr: "L'id ou le nom d'une série (par défaut : toutes les séries).",
        en: "A series id or name (default: every series).")
    public static let personAbstract = Localized(fr: "L'itinéraire d'une personne : événements, villes, trajets entre eux.",
        en: "One person's itinerary: events, cities, travel between them.")
    public static let personArgument = Localized(fr: "L'id ou le nom d'une personne.",
        en: "A person's id or name.")
    public static let personWeek = Localized(fr: "Une semaine ISO (2026-W48) ou un jour de cette semaine.",
        en: "An ISO week (2026-W48) or a day in it.")
    public static let firstDay = Localized(fr: "Premier jour.",
        en: "First day.")
    public static let dayAfterLast = Localized(fr: "Lendemain du dernier jour (exclu).",
        en: "Day after the last one (exclusive).")
    public static let resetAbstract = Localized(fr: "Supprimer tous les événements (--empty) ou remettre la saison d'exemple (--sample).",
        en: "Remove every event (--empty) or restore the sample season (--sample).")
    public static let resetEmpty = Localized(fr: "Supprimer tous les événements ; les villes, les personnes et les jours fériés restent.",
        en: "Remove every event; cities, people and holidays stay.")
    public static let resetSample = Localized(fr: "Remplacer tous les événements par la saison d'exemple 2026–27.",
        en: "Replace every event by the sample 2026–27 season.")
    public static let resetYes = Localized(fr: "Ne pas demander de confirmation.",
        en: "Do not ask for confirmation.")
    public static let agendaAbstract = Localized(fr: "Lister les événements d'une semaine ou d'une suite de jours.",
        en: "List the events of a week or a range of days.")
    public static let agendaDiscussion = Localized(fr: "Par défaut : aujourd'hui et les 6 jours suivants. --week seul est la semaine ISO en cours (du lundi au dimanche).",
        en: "Default: today and the next 6 days. --week alone is the current ISO week (Monday to Sunday).")
    public static let agendaWeek = Localized(fr: "Une semaine ISO (2026-W48) ou un jour de cette semaine ; seul, la semaine en cours.",
        en: "An ISO week (2026-W48) or a day in it; alone, the current week.")
    public static let agendaFrom = Localized(fr: "Premier jour (AAAA-MM-JJ, aujourd'hui, demain).",
        en: "First day (YYYY-MM-DD, today, tomorrow).")
    public static let agendaTo = Localized(fr: "Lendemain du dernier jour (exclu, comme le « to » du JSON).",
        en: "Day after the last one (exclusive, as the JSON 'to').")
    public static let agendaDays = Localized(fr: "Nombre de jours à partir de --from.",
        en: "Number of days from --from.")
    public static let agendaCity = Localized(fr: "Seulement les événements tenus dans cette ville (répétable).",
        en: "Only events held in this city (repeatable).")
    public static let agendaOffice = Localized(fr: "Seulement les événements de ce bureau organisateur (toulouse, montpellier, joint).",
        en: "Only events of this organising office (toulouse, montpellier, joint).")
    public static let agendaKind = Localized(fr: "Seulement les événements de ce type.",
        en: "Only events of this kind.")
    public static let agendaFormat = Localized(fr: "text, json, ics ou html.",
        en: "text, json, ics or html.")
    public static let planAbstract = Localized(fr: "Placer les événements à placer (villes candidates et une fenêtre de dates).",
        en: "Place the unplaced events (candidate cities and a window).")
    public static let planApply = Localized(fr: "Enregistrer les placements (en une transaction).",
        en: "Write the placements (one transaction).")
    public static let planTimeLimit = Localized(fr: "Durée maximale de recherche en secondes (par défaut 5).",
        en: "Seconds to search at most (default 5).")
    public static let planSeed = Localized(fr: "Graine aléatoire.",
        en: "Random seed.")
    public static let title = Localized(fr: "Titre de l'événement.",
        en: "Title of the event.")
    public static let start = Localized(fr: "Début : AAAA-MM-JJ (une journée entière), AAAA-MM-JJTHH:MM ou « AAAA-MM-JJ HH:MM » (heure locale de --tz), aujourd'hui, demain.",
        en: "Start: YYYY-MM-DD (a whole day), YYYY-MM-DDTHH:MM or 'YYYY-MM-DD HH:MM' (local time in --tz), today, tomorrow.")
    public static let end = Localized(fr: "Fin : mêmes formes que --start (pour un événement sur des journées entières, le dernier jour).",
        en: "End: same forms as --start (for a whole-day event, the last day).")
    public static let duration = Localized(fr: "Durée : 90m, 2h, 1h30, 3d.",
        en: "Duration: 90m, 2h, 1h30, 3d.")
    public static let allDay = Localized(fr: "Un événement sur la journée entière.",
        en: "A whole-day event.")
    public static let city = Localized(fr: "Une ville où il a lieu, par nom ou id (à répéter pour un événement tenu en plusieurs lieux à la fois).",
        en: "A city where it is held, by name or id (repeat for an event held in several places at once).")
    public static let office = Localized(fr: "Bureau organisateur : toulouse, montpellier ou joint (par défaut : le bureau de cette base, sinon joint).",
        en: "Organising office: toulouse, montpellier or joint (default: this database's office, else joint).")
    public static let kind = Localized(fr: "Type : meeting, day, week, workshop, lunch, working-group, committee, assembly, launch, training, convention.",
        en: "Kind: meeting, day, week, workshop, lunch, working-group, committee, assembly, launch, training, convention.")
    public static let audience = Localized(fr: "Public : local ou regional.",
        en: "Audience: local or regional.")
    public static let series = Localized(fr: "Id ou nom de la série (créée si elle est nouvelle).",
        en: "Series id or name (created when new).")
    public static let person = Localized(fr: "Une personne présente, par id ou nom (un nouveau nom ajoute cette personne ; répétable).",
        en: "A person attending, by id or name (a new name adds that person; repeatable).")
    public static let rrule = Localized(fr: "Règle de récurrence (RFC 5545), par exemple FREQ=WEEKLY;BYDAY=TU;COUNT=10.",
        en: "Recurrence rule (RFC 5545), e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10.")
    public static let description = Localized(fr: "Description.",
        en: "Description.")
    public static let big = Localized(fr: "Compte comme un grand événement (un par ville et par jour).",
        en: "Counts as a big event (one per city and day).")
    public static let editAbstract = Localized(fr: "Modifier un événement (ou une occurrence d'un événement récurrent).",
        en: "Change an event (or one occurrence of a recurring one).")
    public static let editOccurrence = Localized(fr: "Modifier seulement l'occurrence de ce jour d'un événement récurrent.",
        en: "Change only the occurrence of a recurring event on this day.")
    public static let configAbstract = Localized(fr: "Afficher ou choisir le bureau de cette base et son serveur CalDAV.",
        en: "Show or set this database's own office and CalDAV server.")
    public static let configOffice = Localized(fr: "Le bureau de cette base : toulouse, montpellier ou joint.",
        en: "This database's own office: toulouse, montpellier or joint.")
    public static let backupAbstract = Localized(fr: "Écrire une copie cohérente de la base.",
        en: "Write a consistent copy of the database.")
    public static let backupFile = Localized(fr: "Où écrire la copie.",
        en: "Where to write the copy.")
    public static let slotAbstract = Localized(fr: "Proposer des jours libres pour des personnes (et une ville d'accueil).",
        en: "Propose free days for people (and a venue city).")
    public static let slotDiscussion = Localized(fr: "Un jour libre est un jour ouvré, non férié, sans événement pour aucune des personnes, et séparé par un jour libre de tout événement de l'une d'elles à plus de 150 km du lieu.",
        en: "A free day is a workday, not a public holiday, with no event for any of the people, and with a free day between it and any event of theirs more than 150 km from the venue.")
    public static let slotPerson = Localized(fr: "Une personne (id ou nom) ; répétable.",
        en: "A person (id or name); repeatable.")
    public static let slotCity = Localized(fr: "La ville d'accueil.",
        en: "The venue city.")
    public static let slotDays = Localized(fr: "Durée de l'événement en jours ouvrés consécutifs (par défaut 1).",
        en: "Length of the event in consecutive workdays (default 1).")
    public static let slotFrom = Localized(fr: "Premier jour à considérer (par défaut demain).",
        en: "First day to consider (default tomorrow).")
    public static let slotTo = Localized(fr: "Lendemain du dernier jour à considérer (par défaut : 60 jours après --from).",
        en: "Day after the last one to consider (default: 60 days after --from).")
    public static let slotCount = Localized(fr: "Nombre de propositions (par défaut 5).",
        en: "How many proposals (default 5).")
}

extension Catalogue.Help {
    // The commands and options added with the cluster features (series, school holidays, printing).
    public static let seriesAbstract2 = Localized(fr: "Marquer une série comme tournée ou comme tenue en un seul lieu.",
        en: "Mark a series as a tour or as held in one place.")
    public static let seriesIdArgument = Localized(fr: "L'id ou le nom d'une série.",
        en: "A series id or name.")
    public static let seriesTouring = Localized(fr: "La série tourne dans la région (Green IT Day).",
        en: "The series tours the region (Green IT Day).")
    public static let seriesFixed = Localized(fr: "La série se tient en un seul lieu (Factory e-santé).",
        en: "The series is held in one place (Factory e-santé).")
    public static let reportFormat = Localized(fr: "text, json ou html.",
        en: "text, json or html.")
    public static let reportPrint = Localized(fr: "L'imprimer : fichiers dans $PLANNER_PRINT_DIR (ou ici) et, avec CUPS, l'imprimante.",
        en: "Print it: files in $PLANNER_PRINT_DIR (or here) and, with CUPS, the printer.")
    public static let seriesReportAbstract = Localized(fr: "Chaque série comme une tournée : étapes, écarts, villes pas encore visitées, prochain créneau libre.",
        en: "Each series as a tour: stops, gaps, cities not visited, next free slot.")
    public static let personReportAbstract = Localized(fr: "L'itinéraire d'une personne : événements, villes, route entre eux, retours au domicile.",
        en: "One person's itinerary: events, cities, road between them, trips home.")
    public static let personMonth = Localized(fr: "Un mois (2026-11) ou un jour de ce mois.",
        en: "A month (2026-11) or a day in it.")
    public static let holidaysAbstract = Localized(fr: "Vacances scolaires de la zone C : les lister, importer le flux .ics du ministère.",
        en: "Zone C school holidays: list them, import the ministry's .ics feed.")
    public static let holidaysListAbstract = Localized(fr: "Lister les vacances scolaires d'une période.",
        en: "List the school holidays of a period.")
    public static let holidaysFrom = Localized(fr: "Premier jour (par défaut : le 1er septembre de l'année scolaire en cours).",
        en: "First day (default: 1 September of the current school year).")
    public static let holidaysTo = Localized(fr: "Dernier jour (par défaut : un an après --from).",
        en: "Last day (default: a year after --from).")
    public static let holidaysImportAbstract = Localized(fr: "Importer le flux .ics des vacances scolaires du ministère (zone C).",
        en: "Import the ministry's school-holiday .ics feed (zone C).")
    public static let holidaysFile = Localized(fr: "Le fichier .ics (par exemple Zone-C.ics d'education.gouv.fr).",
        en: "The .ics file (for example Zone-C.ics from education.gouv.fr).")
    public static let agendaPrint = Localized(fr: "Imprimer la semaine : fichiers texte et HTML dans $PLANNER_PRINT_DIR (ou ici) et, avec CUPS, l'imprimante (config --printer).",
        en: "Print the week: text and HTML files in $PLANNER_PRINT_DIR (or here) and, with CUPS, the printer (config --printer).")
    public static let planAbstractReasons = Localized(fr: "Placer les événements à placer (villes candidates et une fenêtre de dates), avec les raisons.",
        en: "Place the unplaced events (candidate cities and a window), with the reasons.")
    public static let planApplyTitle = Localized(fr: "Enregistrer les placements (en une transaction) ; un titre comme « … — Rodez ou Albi » prend la ville choisie.",
        en: "Write the placements (one transaction); a title such as \"… — Rodez ou Albi\" takes the chosen city.")
    public static let configParityThreshold = Localized(fr: "Signaler un trimestre ou un mois dont l'écart Toulouse−Montpellier dépasse ce nombre (par défaut 3).",
        en: "Flag a quarter or month whose Toulouse−Montpellier difference exceeds this (default 3).")
    public static let configPrinter = Localized(fr: "L'imprimante CUPS pour --print et P dans le TUI (une chaîne vide pour celle du système).",
        en: "The CUPS printer for --print and P in the TUI (\"\" for the system default).")
}

extension Catalogue.Help {
    /// The phrases ArgumentParser writes itself (help headings, usage errors), with their
    /// French rendering: the French help and errors replace each English phrase by its French one.
    public static let parserPhrases: [Localized] = [
        Localized(fr: "APERÇU :", en: "OVERVIEW:"),
        Localized(fr: "UTILISATION :", en: "USAGE:"),
        Localized(fr: "ARGUMENTS :", en: "ARGUMENTS:"),
        Localized(fr: "OPTIONS :", en: "OPTIONS:"),
        Localized(fr: "SOUS-COMMANDES :", en: "SUBCOMMANDS:"),
        Localized(fr: "Afficher cette aide.", en: "Show help information."),
        Localized(fr: "Afficher la version.", en: "Show the version."),
        Localized(fr: "' pour l'aide détaillée.", en: "' for detailed help."),
        Localized(fr: "Voir '", en: "See '"),
        Localized(fr: "(par défaut :", en: "(default:"),
        Localized(fr: " (par défaut)", en: " (default)"),
        Localized(fr: "(valeurs : ", en: "(values: "),
        Localized(fr: "; par défaut :", en: "; default:"),
        Localized(fr: "par défaut :", en: "default:"),  // "; default:" cut at the end of a line
        Localized(fr: "Utilisation : ", en: "Usage: "),
        Localized(fr: "option inconnue '", en: "Unknown option '"),
        Localized(fr: "'. Vouliez-vous dire '", en: "'. Did you mean '"),
        Localized(fr: "valeur manquante pour '", en: "Missing value for '"),
        Localized(fr: "argument inattendu '", en: "Unexpected argument '"),
        Localized(fr: " arguments inattendus : '", en: " unexpected arguments: '"),
        Localized(fr: "argument attendu manquant '", en: "Missing expected argument '"),
        Localized(fr: "il manque l'un de : '", en: "Missing one of: '"),
        Localized(fr: "la valeur '", en: "The value '"),
        Localized(fr: "' n'est pas valide pour '", en: "' is invalid for '"),
        Localized(fr: "' n'est pas valide.", en: "' is invalid."),
        Localized(fr: "option invalide : ", en: "Invalid option: "),
        Localized(fr: "sous-commande manquante.", en: "Missing required subcommand."),
        Localized(fr: "' ne prend pas de valeur, mais '", en: "' does not take any value, but '"),
        Localized(fr: "' a été donné.", en: "' was specified."),
        Localized(fr: "l'option '", en: "The option '"),
        Localized(fr: "Valeurs possibles : ", en: "Please provide one of "),
        Localized(fr: "' et '", en: "' and '"),
    ]

    /// ArgumentParser's own text in `lang`: the English phrases replaced by their French ones.
    public static func parserText(_ text: String, _ lang: Language) -> String {
        guard lang == .fr else { return text }
        return parserPhrases.reduce(text) { $0.replacingOccurrences(of: $1.en, with: $1.fr) }
    }
}

extension Catalogue.Help {
    public static let agendaAllDays = Localized(
        fr: "Lister aussi les jours vides (texte ; par défaut seulement les jours avec des événements ou un férié, sauf s'il n'y en a aucun ; le HTML et la semaine imprimée gardent tous les jours).",
        en: "List empty days too (text; by default only days with events or a holiday, unless none has any; HTML and the printed week keep every day).")
}

extension Catalogue.Help {
    public static let newAbstract = Localized(fr: "Ajout rapide en une ligne : « mardi 12h-13h30 Castres Atelier RGPD avec Claire Martin » ; affiche ce qui a été compris et l'uid.",
        en: "Quick add from one line: \"mardi 12h-13h30 Castres Atelier RGPD avec Claire Martin\"; prints what it understood and the uid.")
    public static let newDiscussion = Localized(fr: "Jour : un nom de jour (le prochain, aujourd'hui compris), demain/tomorrow, aujourd'hui/today ou 2026-12-03 (par défaut aujourd'hui). Heure : 12h, 12h30, 9:00, 12h-13h30 (une heure sans fin ; toute la journée sans heure). Une ville connue, puis avec/with et des personnes connues ; les autres mots forment le titre.",
        en: "Day: a weekday name (the next one, today included), demain/tomorrow, aujourd'hui/today or 2026-12-03 (default today). Time: 12h, 12h30, 9:00, 12h-13h30 (one hour when no end; all day without a time). A known city, then avec/with and known people; the other words are the title.")
    public static let newText = Localized(fr: "L'événement en mots, par exemple « demain 9h Albi Comité de pilotage avec Karim Benali ».",
        en: "The event in words, e.g. \"demain 9h Albi Comité de pilotage avec Karim Benali\".")
}
