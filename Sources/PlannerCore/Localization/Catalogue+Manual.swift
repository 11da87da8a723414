// Catalogue+Manual: the words of the man page (`planner-tui manual`, built from the
// commands' own help) and of `planner-tui completions`.
import Foundation

extension Catalogue {
    public enum Manual {
        public static let manualAbstract = Localized(fr: "Écrit la page de manuel (man) de planner-tui, tirée de l'aide des commandes.",
                                                     en: "Print planner-tui's man page, built from the commands' help.")
        public static let completionsAbstract = Localized(fr: "Écrit le script de complétion pour bash, zsh ou fish.",
                                                          en: "Print the shell completion script for bash, zsh or fish.")
        public static let completionsShell = Localized(fr: "Le shell : bash, zsh ou fish.", en: "The shell: bash, zsh or fish.")
        public static func unknownShell(_ s: String) -> Localized {
            Localized(fr: "shell inconnu « \(s) » (bash, zsh ou fish)", en: "unknown shell \"\(s)\" (bash, zsh or fish)")
        }
        /// The page's title in the man header.
        public static let title = Localized(fr: "Manuel du planner Digital113", en: "Digital113 planner manual")
        public static let name = Localized(fr: "NOM", en: "NAME")
        public static let synopsis = Localized(fr: "SYNOPSIS", en: "SYNOPSIS")
        public static let description = Localized(fr: "DESCRIPTION", en: "DESCRIPTION")
        public static let commands = Localized(fr: "COMMANDES", en: "COMMANDS")
        public static let environment = Localized(fr: "ENVIRONNEMENT", en: "ENVIRONMENT")
        public static let exitStatus = Localized(fr: "CODES DE SORTIE", en: "EXIT STATUS")
        public static let files = Localized(fr: "FICHIERS", en: "FILES")
        public static let synopsisLine = Localized(fr: "[options] [commande] [options de la commande]", en: "[options] [command] [command options]")
        public static let environmentEntries: [(String, Localized)] = [
            ("PLANNER_DB", Localized(fr: "le fichier de base (sinon $XDG_DATA_HOME/planner/planner.sqlite)",
                                     en: "the database file (else $XDG_DATA_HOME/planner/planner.sqlite)")),
            ("LANG, LC_ALL", Localized(fr: "la langue (français sauf pour une locale en_*) ; --lang l'emporte",
                                       en: "the language (French unless an en_* locale); --lang wins")),
            ("PLANNER_PRINT_DIR", Localized(fr: "où l'impression écrit ses fichiers (sinon le dossier courant)",
                                            en: "where printing writes its files (else the current folder)")),
            ("NO_COLOR", Localized(fr: "un TUI sans couleurs", en: "a TUI without colours")),
        ]
        public static let exitEntries: [(String, Localized)] = [
            ("0", Localized(fr: "succès", en: "success")),
            ("1", Localized(fr: "check a trouvé des conflits, ou sync a fait des copies de conflit", en: "check found conflicts, or sync made conflict copies")),
            ("2", Localized(fr: "usage ou valeur invalide, base inutilisable ou en lecture seule", en: "bad usage or invalid value, unusable or read-only database")),
            ("65", Localized(fr: "fichier d'entrée invalide (FICHIER:LIGNE: raison)", en: "invalid input file (FILE:LINE: reason)")),
            ("69", Localized(fr: "serveur injoignable ou mot de passe refusé", en: "server unreachable or refusing the password")),
            ("75", Localized(fr: "base occupée malgré les nouvelles tentatives (rien n'est écrit)", en: "database busy after retries (nothing written)")),
        ]
    }
}
