// Catalogue+TUILoading: the TUI's discreet marks while it reads off the key loop (the visible
// days not yet in memory, a search running), in French and in English.
import Foundation

extension Catalogue {
    public static let tuiLoading = Localized(fr: "chargement…", en: "loading…")
    public static func tuiSearching(_ text: String) -> Localized {
        Localized(fr: "recherche de « \(text) »…", en: "searching “\(text)”…")
    }
}
