import Foundation
import PlannerCore
import Testing
@testable import planner_tui

/// Text that came from a partner's calendar on the TUI's screens: control characters never
/// reach the terminal, an empty title shows a placeholder in the reader's language, and an
/// event whose city is unknown shows its location text.
struct UntrustedTextTests {
    @Test func controlCharactersNeverReachTheScreenAndEmptyTitlesShowAPlaceholder() throws {
        let store = try Store(inMemorySample: false)
        let start = LocalDate(iso: "2026-11-25")!.startInstant(in: Harness.paris).addingTimeInterval(9 * 3600)
        var untitled = Event(uid: "untitled@x", title: "", start: start, end: start.addingTimeInterval(3600), cities: [])
        untitled.extraProperties = ["LOCATION:Hangar 14\\, Bordeaux"]
        try store.save(untitled)
        for lang in [Language.fr, .en] {
            var h = try Harness(store: store, lang: lang)
            // An older database may hold raw escapes: put one where the store would not.
            h.state.all = h.state.all.map { o in
                var o = o
                if o.uid == "untitled@x" { o.event.description = "\u{1B}]52;c;ZXZpbA==\u{07}" }
                return o
            }
            var hostile = try #require(h.state.all.first)
            hostile.event.uid = "hostile@x"
            hostile.event.title = "Visite \u{1B}]0;pwned\u{07}chantier \u{1B}[31mrouge\u{9B}2J"
            h.state.all.append(hostile)
            for view in ["w", "d", "m"] {
                h.press(.char(Character(view)))
                let text = h.text
                #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0.value != 0x0A || (0x7F...0x9F).contains($0.value) }, "\(view)")
            }
            h.press(.char("d"))
            try h.select(uid: "untitled@x")
            let text = h.text
            #expect(text.contains(lang == .fr ? "(sans titre)" : "(untitled)"), Comment(rawValue: text))
            #expect(text.contains("Hangar 14, Bordeaux"), Comment(rawValue: text))
        }
    }
}
