import Foundation
import PlannerCore
import Testing
@testable import planner_tui

/// The TUI without a terminal: keys go through `Update` and the effects through the same
/// `TUIApp.Session` and `EffectRunner` as in the program, against a real store; the screen
/// is a `MemoryScreen`.
struct Harness {
    static let paris = TimeZone(identifier: "Europe/Paris")!
    let store: Store
    var state: AppState
    var session: TUIApp.Session
    var quit = false
    let printDir: URL

    init(store: Store? = nil, today: String = "2026-11-25", lang: Language = .fr, rows: Int = 30, cols: Int = 100) throws {
        let s = try store ?? Store(inMemorySample: true)
        self.store = s
        printDir = FileManager.default.temporaryDirectory.appendingPathComponent("planner-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: printDir, withIntermediateDirectories: true)
        state = AppState(today: LocalDate(iso: today)!, lang: lang, zone: Self.paris, rows: rows, cols: cols)
        session = TUIApp.Session(runner: EffectRunner(store: s, zone: Self.paris, lang: lang, environment: [
            "PLANNER_PRINT_DIR": printDir.path,
            // The effects' today is the state's (quick add reads "mardi" from it), not the clock.
            "PLANNER_TODAY": today,
        ]))
        send(.externalChange)
    }

    mutating func send(_ m: Message) {
        if session.send(m, to: &state) { quit = true }
    }

    mutating func press(_ keys: Key...) { for k in keys { send(.key(k)) } }

    /// Types text one character at a time, as a terminal delivers it.
    mutating func type(_ text: String) { for c in text { send(.key(.char(c))) } }

    func screen(unicode: Bool = true) -> MemoryScreen {
        let screen = MemoryScreen(rows: state.rows, cols: state.cols, unicode: unicode)
        Renderer.render(state, on: screen)
        return screen
    }

    var text: String { screen().text }

    /// Moves the form's focus to a field with Tab.
    mutating func focus(_ field: EventForm.Field) {
        var guardCount = 0
        while state.form?.focus != field && guardCount < 20 { press(.down); guardCount += 1 }
    }

    /// Moves to a form field, clears it (Ctrl-U) and types a new value, as a user would.
    mutating func set(_ field: EventForm.Field, to text: String) {
        focus(field)
        press(.ctrl("u"))
        type(text)
    }

    /// Selects the occurrence of `uid` on the selected day, as ↑↓ would (a test failure when
    /// it is not there).
    mutating func select(uid: String) throws {
        state.selection = try #require(state.occurrences(on: state.cursor).firstIndex { $0.uid == uid })
    }

    /// Events on a day whose title contains `text`.
    func events(titled text: String) throws -> [Event] {
        try store.allEvents().filter { $0.title.contains(text) }
    }
}
