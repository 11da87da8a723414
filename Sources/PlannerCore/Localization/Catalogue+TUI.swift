// Catalogue+TUI: every text the full-screen TUI shows (status messages, prompts, titles, form
// labels and choices, the details pane, the help table), in French and in English.
import Foundation

extension Catalogue {
    // MARK: Status messages

    public static let tuiTooSmall = Localized(fr: "Terminal trop petit (40×10 minimum)", en: "Terminal too small (40×10 minimum)")
    public static let tuiFiltersCleared = Localized(fr: "Filtres retirés", en: "Filters cleared")
    public static let tuiNoSelection = Localized(fr: "Aucun événement sélectionné", en: "No event selected")
    public static let tuiNothingDeleted = Localized(fr: "Rien n'a été supprimé", en: "Nothing was deleted")
    public static let tuiFormCancelled = Localized(fr: "Annulé, rien n'a été enregistré", en: "Cancelled, nothing saved")
    public static func tuiToFix(_ problems: [String]) -> Localized {
        Localized(fr: "À corriger : " + problems.joined(separator: " ; "), en: "To fix: " + problems.joined(separator: "; "))
    }
    public static func tuiInvalidDate(_ text: String) -> Localized {
        Localized(fr: "Date invalide : « \(text) » (AAAA-MM-JJ, AAAA-Wss, aujourd'hui, demain)", en: "Invalid date: \"\(text)\" (YYYY-MM-DD, YYYY-Www, today, tomorrow)")
    }
    public static func tuiNotCityNorOffice(_ word: String) -> Localized {
        Localized(fr: "Ni ville ni bureau : « \(word) »", en: "Neither a city nor an office: \"\(word)\"")
    }
    public static func tuiAdded(_ title: String) -> Localized {
        Localized(fr: "Ajouté : « \(title) » (u : annuler)", en: "Added: “\(title)” (u: undo)")
    }
    public static func tuiDuplicated(_ title: String) -> Localized {
        Localized(fr: "Dupliqué : « \(title) » (u : annuler)", en: "Duplicated: “\(title)” (u: undo)")
    }
    public static func tuiSaved(_ title: String) -> Localized {
        Localized(fr: "Enregistré : « \(title) » (u : annuler)", en: "Saved: “\(title)” (u: undo)")
    }
    public static func tuiDeleted(_ title: String) -> Localized {
        Localized(fr: "Supprimé : « \(title) » (u : annuler)", en: "Deleted: “\(title)” (u: undo)")
    }
    /// `day` is already a day heading in the same language ("jeudi 26 novembre").
    public static func tuiOccurrenceDeleted(_ day: String) -> Localized {
        Localized(fr: "Occurrence du \(day) supprimée (u : annuler)", en: "Occurrence of \(day) deleted (u: undo)")
    }
    public static let tuiNothingToUndo = Localized(fr: "Rien à annuler dans cette session", en: "Nothing to undo in this session")
    public static let tuiNothingToRedo = Localized(fr: "Rien à rétablir", en: "Nothing to redo")
    public static let tuiNothingReverted = Localized(fr: "Rien n'a été changé", en: "Nothing was changed")
    public static func tuiUndone(_ what: Localized) -> Localized {
        Localized(fr: "Annulé : " + what.fr + " (Ctrl-R : rétablir)", en: "Undone: " + what.en + " (Ctrl-R: redo)")
    }
    public static func tuiRedone(_ what: Localized) -> Localized {
        Localized(fr: "Rétabli : " + what.fr, en: "Redone: " + what.en)
    }
    public static func tuiPromptChangedSince(_ what: Localized, redo: Bool) -> Localized {
        redo ? Localized(fr: "Modifié depuis par quelqu'un d'autre. Rétablir quand même (\(what.fr)) ? o oui · Échap non",
                         en: "Changed since by someone else. Redo anyway (\(what.en))? o yes · Esc no")
             : Localized(fr: "Modifié depuis par quelqu'un d'autre. Annuler quand même (\(what.fr)) ? o oui · Échap non",
                         en: "Changed since by someone else. Undo anyway (\(what.en))? o yes · Esc no")
    }
    /// A change of this session in words: "ajout de « Atelier RGPD »", "adding “Atelier RGPD”".
    public static func tuiChange(_ label: String, _ title: String) -> Localized {
        switch label {
        case "add": return Localized(fr: "ajout de « \(title) »", en: "adding “\(title)”")
        case "duplicate": return Localized(fr: "duplication de « \(title) »", en: "duplicating “\(title)”")
        case "delete": return Localized(fr: "suppression de « \(title) »", en: "deleting “\(title)”")
        case "delete occurrence": return Localized(fr: "suppression d'une occurrence de « \(title) »", en: "deleting an occurrence of “\(title)”")
        default: return Localized(fr: "modification de « \(title) »", en: "editing “\(title)”")
        }
    }
    public static let tuiEventGone = Localized(fr: "Cet événement n'existe plus", en: "This event no longer exists")
    public static func tuiOwnOffice(_ office: Office) -> Localized {
        Localized(fr: "Mon bureau : " + office.name(.fr), en: "My office: " + office.name(.en))
    }
    public static func tuiPrinted(_ text: String, _ html: String) -> Localized {
        Localized(fr: "Imprimé : \(text) et \(html)", en: "Printed: \(text) and \(html)")
    }

    /// `add --person NAME` with a name nobody has (stderr, one line; the person is added).
    public static func cliNewPerson(_ name: String, city: String) -> Localized {
        Localized(fr: "attention : « \(name) » ne correspond à aucune personne connue ; ajoutée comme nouvelle personne (ville : \(city))",
                  en: "warning: \"\(name)\" matches no known person; added as a new person (city: \(city))")
    }

    /// What quick add understood (`new`, and the TUI's `c` prompt).
    public static func quickAddUnderstood(day: String, time: String, cities: String, title: String, people: String) -> Localized {
        Localized(fr: "Compris : \(day), \(time), \(cities) : « \(title) »" + (people.isEmpty ? "" : " avec \(people)"),
                  en: "Understood: \(day), \(time), \(cities): “\(title)”" + (people.isEmpty ? "" : " with \(people)"))
    }
    public static let tuiPromptQuickAdd = Localized(fr: "Ajout rapide (mardi 12h-13h30 Castres Atelier RGPD avec Claire Martin) : ",
                                                   en: "Quick add (tuesday 12:00-13:30 Castres GDPR workshop with Claire Martin): ")

    /// An office in a printed heading: "bureau de Montpellier", "organisation commune".
    public static func filterOffice(_ office: Office) -> Localized {
        office == .joint ? Localized(fr: "organisation commune", en: "joint office")
                         : Localized(fr: French.elide("bureau de", office.name(.fr)), en: office.name(.en) + " office")
    }
    public static func tuiPrintedNew(_ text: String, _ html: String) -> Localized {
        Localized(fr: "Imprimé dans \(text) et \(html) (les fichiers précédents sont gardés)",
                  en: "Printed to \(text) and \(html) (earlier files kept)")
    }

    // MARK: Status line and prompts

    /// The key hint; `undo` names what `u` would undo, first, when there is something.
    public static func tuiStatusHint(undo: Localized?) -> Localized {
        let hint = Localized(fr: "a ajouter · e modifier · i détails · / chercher · ? aide · q quitter",
                             en: "a add · e edit · i details · / search · ? help · q quit")
        guard let undo else { return hint }
        return Localized(fr: "u annuler : " + undo.fr + " · ", en: "u undo: " + undo.en + " · ") + hint
    }
    public static let tuiOfficeWord = Localized(fr: "bureau ", en: "office ")
    public static func tuiSearchSummary(_ text: String) -> Localized {
        Localized(fr: "recherche « \(text) »", en: "search “\(text)”")
    }
    public static func tuiSearchHeading(_ text: String, _ n: Int) -> Localized {
        Localized(fr: "Recherche « \(text) » : " + French.count(n, "événement", "événements") + " (↑↓, Entrée : y aller, n/N, Échap)",
                  en: "Search “\(text)”: " + English.count(n, "event", "events") + " (↑↓, Enter: go, n/N, Esc)")
    }
    public static func tuiSearchNothing(_ text: String) -> Localized {
        Localized(fr: "Rien trouvé pour « \(text) »", en: "Nothing found for “\(text)”")
    }
    public static let tuiPromptSearch = Localized(fr: "Rechercher : ", en: "Search: ")
    public static let tuiPromptGoTo = Localized(fr: "Aller à la date (AAAA-MM-JJ, AAAA-Wss, aujourd'hui, demain) : ", en: "Go to (YYYY-MM-DD, YYYY-Www, today, tomorrow): ")
    public static let tuiPromptFilter = Localized(fr: "Filtrer (bureau et/ou villes, vide = tout) : ", en: "Filter (office and/or cities, empty = all): ")
    public static let tuiPromptOffice = Localized(fr: "Votre bureau (retenu) ? t Toulouse · m Montpellier · j commun · Échap",
                                                 en: "Which is your office (remembered)? t Toulouse · m Montpellier · j joint · Esc")
    public static func tuiPromptDeleteSeries(_ title: String) -> Localized {
        Localized(fr: "Supprimer « \(title) » : o cette occurrence · s toute la série · Échap non",
                  en: "Delete “\(title)”: o this occurrence · s the whole series · Esc no")
    }
    public static func tuiPromptDelete(_ title: String) -> Localized {
        Localized(fr: "Supprimer « \(title) » ? o oui · Échap non", en: "Delete “\(title)”? o yes · Esc no")
    }
    public static let tuiAgendaTitle = Localized(fr: "Agenda — ", en: "Agenda — ")

    // MARK: Help

    public static let tuiHelpTitle = Localized(fr: " Aide — touches", en: " Help — keys")
    public static func tuiHelpScroll(first: Int, last: Int, total: Int) -> Localized {
        Localized(fr: "   (↑↓ pour faire défiler, \(first)–\(last) sur \(total))", en: "   (↑↓ to scroll, \(first)–\(last) of \(total))")
    }

    // MARK: Form

    public static let tuiQuitChangedForm = Localized(fr: "Formulaire modifié : Ctrl-C encore pour quitter sans enregistrer",
                                                    en: "Form changed: Ctrl-C again to quit without saving")
    public static func tuiNewPeople(_ names: [String]) -> Localized {
        let list = names.map { "« \($0) »" }.joined(separator: ", ")
        let en = names.map { "“\($0)”" }.joined(separator: ", ")
        return names.count == 1
            ? Localized(fr: "\(list) ne correspond à personne : nouvelle personne ? o oui · autre touche : corriger",
                        en: "\(en) matches nobody: a new person? o yes · any other key: correct it")
            : Localized(fr: "\(list) ne correspondent à personne : nouvelles personnes ? o oui · autre touche : corriger",
                        en: "\(en) match nobody: new people? o yes · any other key: correct them")
    }
    public static let tuiFormDuplicate = Localized(fr: "Dupliquer l'événement", en: "Duplicate the event")
    public static let tuiFormEditOccurrence = Localized(fr: "Modifier cette occurrence", en: "Edit this occurrence")
    public static let tuiFormEdit = Localized(fr: "Modifier l'événement", en: "Edit the event")
    public static let tuiFormNew = Localized(fr: "Nouvel événement", en: "New event")
    public static let tuiFormFreeDays = Localized(fr: " Prochains jours libres (Ctrl-N) : ", en: " Next free days (Ctrl-N): ")
    public static let tuiFormKeys = Localized(fr: " Tab/Maj-Tab champ · ←→ choix · Ctrl-U vide · Entrée enregistre · Échap annule",
                                             en: " Tab/Shift-Tab field · ←→ choice · Ctrl-U clear · Enter save · Esc cancel")
    public static let tuiFieldTitle = Localized(fr: "Titre", en: "Title")
    public static let tuiFieldDay = Localized(fr: "Jour", en: "Day")
    public static let tuiFieldStart = Localized(fr: "Début", en: "Start")
    public static let tuiFieldEnd = Localized(fr: "Fin ou durée", en: "End or duration")
    public static let tuiFieldAllDay = Localized(fr: "Journée entière", en: "All day")
    public static let tuiFieldCities = Localized(fr: "Villes", en: "Cities")
    public static let tuiFieldOffice = Localized(fr: "Bureau", en: "Office")
    public static let tuiFieldKind = Localized(fr: "Type", en: "Kind")
    public static let tuiFieldSeries = Localized(fr: "Série", en: "Series")
    public static let tuiFieldPeople = Localized(fr: "Personnes", en: "People")
    public static let tuiFieldRecurrence = Localized(fr: "Répétition", en: "Repeats")
    public static let tuiFieldUntil = Localized(fr: "Jusqu'au / nombre", en: "Until / count")
    public static let tuiFieldDescription = Localized(fr: "Description", en: "Description")
    public static let tuiRepeatNone = Localized(fr: "aucune", en: "none")
    public static let tuiRepeatDaily = Localized(fr: "tous les jours", en: "daily")
    public static let tuiRepeatWeekly = Localized(fr: "toutes les semaines", en: "weekly")
    public static let tuiRepeatBiweekly = Localized(fr: "toutes les deux semaines", en: "every two weeks")
    public static let tuiRepeatMonthly = Localized(fr: "tous les mois", en: "monthly")
    public static let tuiYes = Localized(fr: "oui", en: "yes")
    public static let tuiNo = Localized(fr: "non", en: "no")

    // MARK: Details

    public static let tuiDetailsHeading = Localized(fr: "Détails (Échap : fermer, e : modifier)", en: "Details (Esc: close, e: edit)")
    public static let tuiDetailsWhen = Localized(fr: "Quand", en: "When")
    public static let tuiDetailsStatus = Localized(fr: "État", en: "Status")
    public static let tuiFieldBig = Localized(fr: "Grand événement", en: "Big event")
    public static func tuiDetailsSameTime(_ n: Int) -> Localized {
        Localized(fr: n <= 1 ? "En même temps :" : "En même temps (\(n)) :", en: n == 1 ? "At the same time:" : "At the same time (\(n)):")
    }
    public static func tuiDetailsConflicts(_ n: Int) -> Localized {
        Localized(fr: n <= 1 ? "Conflit :" : "Conflits (\(n)) :", en: n == 1 ? "Conflict:" : "Conflicts (\(n)):")
    }
    public static let tuiSeriesWord = Localized(fr: "série ", en: "series ")
    public static let tuiWithWord = Localized(fr: "avec ", en: "with ")
    public static let tuiUnplaced = Localized(fr: "à placer", en: "unplaced")
    public static let tuiConflictWord = Localized(fr: "Conflit : ", en: "Conflict: ")
    /// A recurrence rule in words: "toutes les 2 semaines", "every 2 weeks".
    /// Nil for the sub-daily frequencies, which are shown as the rule itself.
    public static func tuiEvery(_ freq: RecurrenceRule.Frequency, _ n: Int) -> Localized? {
        switch freq {
        case .daily: return n == 1 ? Localized(fr: "tous les jours", en: "daily") : Localized(fr: "tous les \(n) jours", en: "every \(n) days")
        case .weekly: return n == 1 ? Localized(fr: "toutes les semaines", en: "weekly") : Localized(fr: "toutes les \(n) semaines", en: "every \(n) weeks")
        case .monthly: return n == 1 ? Localized(fr: "tous les mois", en: "monthly") : Localized(fr: "tous les \(n) mois", en: "every \(n) months")
        case .yearly: return n == 1 ? Localized(fr: "tous les ans", en: "yearly") : Localized(fr: "tous les \(n) ans", en: "every \(n) years")
        default: return nil
        }
    }
    public static func tuiTimes(_ n: Int) -> Localized {
        Localized(fr: ", " + French.count(n, "fois", "fois"), en: ", " + English.count(n, "time", "times"))
    }
    /// `day` is a day heading in the same language.
    public static func tuiUntil(_ day: Localized) -> Localized {
        Localized(fr: " jusqu'au " + day.fr, en: " until " + day.en)
    }

    // MARK: Help table

    /// Every key of the TUI with what it does, in the order `?` shows them (keys empty: a note).
    public static let tuiHelpEntries: [(keys: String, text: Localized)] = [
        ("m w d A", Localized(fr: "vue mois, semaine, jour, agenda", en: "month, week, day, agenda view")),
        ("← → h l", Localized(fr: "jour précédent / suivant", en: "previous / next day")),
        ("↑ ↓ k j", Localized(fr: "événement précédent / suivant (semaine en vue mois)", en: "previous / next event (week in the month view)")),
        ("Tab Maj-Tab", Localized(fr: "événement suivant / précédent du jour sélectionné", en: "next / previous event of the selected day")),
        ("n p PgSuiv PgPréc", Localized(fr: "période suivante / précédente", en: "next / previous period")),
        ("t", Localized(fr: "aujourd'hui", en: "today")),
        ("g", Localized(fr: "aller à une date (2026-11-25, 2026-W48, aujourd'hui, demain)", en: "go to a date (2026-11-25, 2026-W48, today, tomorrow)")),
        ("a +", Localized(fr: "ajouter un événement le jour sélectionné", en: "add an event on the selected day")),
        ("e Entrée", Localized(fr: "modifier l'événement (E : seulement cette occurrence)", en: "edit the event (E: this occurrence only)")),
        ("c", Localized(fr: "ajout rapide en une ligne : mardi 12h-13h30 Castres Atelier RGPD avec Claire Martin", en: "quick add in one line: tuesday 12h-13h30 Castres GDPR workshop with Claire Martin")),
        ("y", Localized(fr: "dupliquer vers un autre jour ou une autre ville", en: "duplicate to another day or city")),
        ("x Suppr", Localized(fr: "supprimer (occurrence ou série), après confirmation", en: "delete (occurrence or series), after confirmation")),
        ("i Espace", Localized(fr: "l'événement en entier (conflits, répétition, description), Échap pour fermer", en: "the event in full (conflicts, recurrence, description), Esc closes")),
        ("u Ctrl-R", Localized(fr: "annuler / rétablir une modification de cette session (plusieurs niveaux)", en: "undo / redo a change of this session (several levels)")),
        ("/ n N", Localized(fr: "chercher dans tout le calendrier (titres, descriptions, villes, personnes, séries) ; n / N résultat suivant / précédent",
                          en: "search the whole calendar (titles, descriptions, cities, people, series); n / N next / previous result")),
        ("f", Localized(fr: "filtrer par bureau et villes (vide : tout)", en: "filter by office and cities (empty: all)")),
        ("o", Localized(fr: "mon bureau / l'autre bureau / tout", en: "my office / the other office / everything")),
        ("Échap", Localized(fr: "retirer les filtres", en: "clear the filters")),
        ("P", Localized(fr: "imprimer la semaine (texte et HTML)", en: "print the week (text and HTML)")),
        ("r", Localized(fr: "relire la base", en: "reload the database")),
        ("?", Localized(fr: "cette aide (Échap ou ? pour fermer)", en: "this help (Esc or ? closes it)")),
        ("q Ctrl-C", Localized(fr: "quitter (un formulaire modifié demande d'abord : Ctrl-C deux fois)", en: "quit (a changed form asks first: Ctrl-C twice)")),
        ("souris", Localized(fr: "clic : choisir un jour ou un événement ; double clic : ses détails ; molette : période (config --mouse off)",
                             en: "click: select a day or an event; double click: its details; wheel: period (config --mouse off)")),
        ("", Localized(fr: "Formulaire : Tab / Maj-Tab champ suivant / précédent, Espace ou ←→ choix,", en: "Form: Tab / Shift-Tab next / previous field, Space or ←→ choices,")),
        ("", Localized(fr: "  la première touche remplace le champ (→ ou Fin pour écrire à la suite), Ctrl-U vide le champ,",
                       en: "  the first key replaces the field (→ or End to type after it), Ctrl-U clears the field,")),
        ("", Localized(fr: "  Tab complète la ville ou la personne, Ctrl-N prochain jour libre, Entrée enregistre, Échap annule",
                       en: "  Tab completes the city or the person, Ctrl-N next free day, Enter saves, Esc cancels")),
    ]
}

extension Catalogue {
    // MARK: The mouse (config --mouse)

    public static let tuiConfigMouseHelp = Localized(fr: "La souris dans le TUI : on (clic, double clic, molette) ou off.",
                                                     en: "The mouse in the TUI: on (click, double click, wheel) or off.")
    /// The line of `config`: `souris (TUI) : oui`.
    public static func tuiMouseLine(_ on: Bool) -> Localized {
        Localized(fr: "souris (TUI) : " + (on ? "oui" : "non"), en: "mouse (TUI): " + (on ? "on" : "off"))
    }
    public static func tuiMouseBadValue(_ text: String) -> Localized {
        Localized(fr: "--mouse : « \(text) » n'est ni on ni off", en: "--mouse: \"\(text)\" is neither on nor off")
    }
}
