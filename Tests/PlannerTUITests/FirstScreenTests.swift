import Foundation
import PlannerCore
import Testing
@testable import planner_tui

/// The first TUI screen: the current week, arrows move a week, `q` quits.
struct FirstScreenTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    func loaded(_ s: AppState, store: Store) throws -> AppState {
        Update.update(s, try TUIApp.load(store, s.visibleRange, paris)).0
    }

    @Test func opensOnTheCurrentWeekAndArrowsMoveByAWeek() throws {
        let store = try Store(inMemorySample: true)
        var s = AppState(today: LocalDate(iso: "2026-11-25")!, lang: .fr, zone: paris, rows: 30, cols: 100)
        s = try loaded(s, store: store)
        let screen = MemoryScreen(rows: 30, cols: 100)
        Renderer.render(s, on: screen)
        #expect(screen.line(0).contains("Semaine 48 — du lundi 23 au dimanche 29 novembre 2026"))
        #expect(screen.text.contains("DigiWorld"))
        var effects: [Effect]
        (s, effects) = Update.update(s, .key(.right))
        #expect(s.cursor == LocalDate(iso: "2026-12-02")!)
        #expect(effects == [.load(s.visibleRange)])
        s = try loaded(s, store: store)
        Renderer.render(s, on: screen)
        #expect(screen.line(0).contains("Semaine 49 — du lundi 30 novembre au dimanche 6 décembre 2026"))
        (s, effects) = Update.update(s, .key(.left))
        (s, effects) = Update.update(s, .key(.left))
        #expect(s.cursor.isoWeek == ISOWeek(year: 2026, week: 47))
        (s, effects) = Update.update(s, .key(.char("q")))
        #expect(effects == [.quit])
    }

    @Test func tinyTerminalShowsAMessageInsteadOfTheViews() {
        let s = AppState(today: LocalDate(iso: "2026-11-25")!, lang: .en, zone: paris, rows: 6, cols: 20)
        let screen = MemoryScreen(rows: 6, cols: 20)
        Renderer.render(s, on: screen)
        #expect(screen.line(0) == "Terminal too small (")
    }

    @Test func accentedTitlesKeepTheirColumns() {
        let screen = MemoryScreen(rows: 2, cols: 20)
        screen.put("Nîmes|Alès", row: 0, col: 2, style: .plain)
        #expect(screen.line(0) == "  Nîmes|Alès")
        #expect(DisplayWidth.of("Lézignan-Corbières") == 18)
        #expect(DisplayWidth.fit("Lézignan-Corbières", to: 10) == "Lézignan-…")
    }
}
