import Foundation
import PlannerCore

/// The TUI's loop: reads keys, feeds the state machine, runs its effects against the store
/// and draws. When idle it polls the store's revision (SQLite's `data_version` and our own
/// counter) to show other processes' changes without a restart.
enum TUIApp {
    static func run(store: Store, lang: Language, zone: TimeZone, today: LocalDate) throws {
        let screen = NcursesScreen()
        defer { screen.close() }
        var state = AppState(today: today, lang: lang, zone: zone, rows: screen.rows, cols: screen.cols)
        let runner = EffectRunner(store: store, zone: zone, lang: lang)
        var revision = try store.revision()
        var pending: [Effect] = [.load(state.visibleRange)]
        while true {
            // Effects may produce messages, which may produce more effects.
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                if effect == .quit { return }
                for message in runner.run(effect) {
                    if case .loaded(let data) = message { revision = data.revision }
                    let (next, more) = Update.update(state, message)
                    state = next
                    pending += more
                }
            }
            Renderer.render(state, on: screen)
            guard let input = screen.readKey(timeoutMs: 1000) else {
                // Idle: has another process written?
                if let now = try? store.revision(), now != revision {
                    revision = now
                    pending = Update.update(state, .externalChange).1
                }
                continue
            }
            switch input {
            case .key(let k): (state, pending) = Update.update(state, .key(k))
            case .resize(let r, let c): (state, pending) = Update.update(state, .resize(rows: r, cols: c))
            }
        }
    }
}
