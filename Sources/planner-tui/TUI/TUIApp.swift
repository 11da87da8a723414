import Foundation
import PlannerCore

/// The TUI's loop: reads keys, feeds the state machine, runs its effects against the store
/// and draws. When idle it polls the store's revision (a counter every write of every
/// process bumps, in the `setting` table) to show other processes' changes without a restart.
enum TUIApp {
    static func run(store: Store, lang: Language, zone: TimeZone, today: LocalDate) throws {
        let screen = try NcursesScreen(mouse: (try? store.setting(mouseSetting)) != "off")
        defer { screen.close() }
        var state = AppState(today: today, lang: lang, zone: zone, rows: screen.rows, cols: screen.cols)
        state.readOnly = store.readOnly
        var session = Session(runner: EffectRunner(store: store, zone: zone, lang: lang))
        session.revision = try store.revision()
        if session.send(.externalChange, to: &state) { return }
        while true {
            Renderer.render(state, on: screen)
            for m in session.runner.syncWorker.drain() where session.send(m, to: &state) { return }
            guard let input = screen.readKey(timeoutMs: state.sync.running ? 200 : 1000) else {
                if SyncFeature.due(state, now: Date()), session.send(.syncDue, to: &state) { return }
                // Idle: has another process written?
                if let now = try? store.revision(), now != session.revision {
                    session.revision = now
                    if session.send(.externalChange, to: &state) { return }
                }
                continue
            }
            // Keys typed ahead (a paste, a held key) are all handled before the next redraw.
            var next: TerminalInput? = input
            var handled = 0
            while let current = next {
                let message: Message
                switch current {
                case .key(let k): message = .key(k)
                case .mouse(let m): message = .mouse(m)
                case .resize(let r, let c): message = .resize(rows: r, cols: c)
                }
                if session.send(message, to: &state) { return }
                handled += 1
                next = handled < 256 ? screen.readKey(timeoutMs: 0) : nil
            }
        }
    }

    /// The setting `config --mouse on|off` writes.
    static let mouseSetting = SettingKey.tuiMouse

    /// A message, then every effect it causes and every message those produce, until the
    /// state is settled. The terminal loop and the tests go through this same path.
    struct Session {
        let runner: EffectRunner
        var revision = 0

        /// Returns true when the state machine asked to quit.
        mutating func send(_ message: Message, to state: inout AppState) -> Bool {
            var (next, pending) = Update.update(state, message)
            state = next
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                if effect == .quit { return true }
                for m in runner.run(effect) {
                    if case .loaded(let data) = m { revision = data.revision }
                    let (after, more) = Update.update(state, m)
                    state = after
                    pending += more
                }
            }
            return false
        }
    }
}
