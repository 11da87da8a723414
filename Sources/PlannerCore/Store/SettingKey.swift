// The keys of the `setting` table (key/value pairs of one database): one list, so a key
// cannot be misspelt and every one of them is seen at once.
import Foundation

public enum SettingKey: String, CaseIterable, Sendable {
    /// The office this database belongs to (`config --office`).
    case office
    /// `config --parity-threshold`, `config --printer`.
    case parityThreshold = "parity-threshold"
    case printer
    /// Bumped by every write of every process; the TUI polls it.
    case revision
    /// The CalDAV server and account (`config --caldav-*`, `--sync-every`).
    case caldavURL = "caldav.url"
    case caldavUser = "caldav.user"
    case caldavPasswordCommand = "caldav.passwordCommand"
    case syncEvery = "sync.every"
    /// Where the last sync left off.
    case syncCollection = "sync.collection"
    case syncToken = "sync.token"
    case syncLast = "sync.last"
    /// `config --mouse off` turns the TUI's mouse off.
    case tuiMouse = "tui.mouse"
}
