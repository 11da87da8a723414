// BrowsingTmuxTests: issue #13's "done when" on the real binary in tmux, in French, at 200×50
// and 80×24: every DigiWorldWeek event visible in the week, any event read in full, a search
// for a city finding its events outside the loaded week, undo leaving a colleague's add alone.
import Foundation
import Testing

@Suite(.serialized) struct BrowsingTmuxTests {
    /// Timed events of the sample's week 48, by a prefix short enough for a 200-column grid.
    static let week48 = ["Ouverture", "Table ronde", "Atelier IA", "Petit-déj", "Jeux vidéo", "Cybersécu", "Green IT",
                         "DigiWorld Summit", "Comité de", "Rencontre Fo", "Startups", "SportTech", "Table à se",
                         "Villes conn", "FinTech", "Atelier num", "Clôture", "Visite du"]

    @Test func everyEventOfTheWeekIsVisibleAndReadableInFull() throws {
        let runner = try BinaryRunner(today: "2026-11-26")
        let tui = try TmuxSession(runner: runner, rows: 50, cols: 200)
        let screen = try tui.waitFor("Semaine 48")
        for prefix in Self.week48 {
            // Thursday holds three events side by side: 8 cells each at 200 columns.
            #expect(screen.contains(String(prefix.prefix(7))), "missing \(prefix)")
        }
        // Thursday's Summit stays drawn down to 17:00 beside SportTech.
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let noon = try #require(lines.first { $0.hasPrefix("12:00") })
        let three = try #require(lines.first { $0.hasPrefix("15:00") })
        #expect(noon.contains("┊") && three.contains("┊"))
        // Details in full, then Esc.
        try tui.keys("d")
        try tui.waitFor("Jeudi 26 novembre 2026")
        try tui.keys("j", "i")
        let details = try tui.waitFor("Détails")
        #expect(details.contains("Claire Martin, Karim Benali"))
        #expect(details.contains("En même temps (3)"))
        #expect(details.contains("Villes connectées en Occitanie — Perpignan"))
        try tui.keys("Escape")
        try tui.waitFor("09:00")
        try tui.keys("q")
        #expect(tui.exitStatus() == 0)
    }

    @Test func searchFindsACityAnywhereAndUndoKeepsAColleaguesAdd() throws {
        let runner = try BinaryRunner()
        let tui = try TmuxSession(runner: runner, rows: 24, cols: 80)
        try tui.waitFor("Semaine 48")
        try tui.keys("/")
        try tui.type("perpignan")
        try tui.keys("Enter")
        try tui.waitFor("Recherche « perpignan »")
        let list = try tui.waitFor("Green IT Day — Perpignan")
        #expect(list.contains("jeudi 21 janvier 2027"))
        // A colleague adds from the command line; u in the TUI does not touch it.
        let add = try runner.run(["add", "--title", "Ajout du collègue", "--start", "2026-11-27T08:00", "--city", "Albi"])
        #expect(add.status == 0)
        try tui.keys("Escape")
        try tui.waitFor("Ajout du", timeout: 10)
        try tui.keys("u")
        try tui.waitFor("Rien à annuler dans cette session")
        let after = try runner.agendaJSON(["--from", "2026-11-27", "--days", "1"])
        #expect((after["occurrences"] as? [[String: Any]])?.contains { $0["title"] as? String == "Ajout du collègue" } == true)
        try tui.keys("q")
        #expect(tui.exitStatus() == 0)
    }
}
