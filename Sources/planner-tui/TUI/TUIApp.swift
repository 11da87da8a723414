import Foundation
import PlannerCore

/// The TUI's loop: reads keys, feeds the state machine, runs its effects against the store
/// and draws. Reads of days and searches run on a LoadWorker: a key is never kept waiting by
/// them, and their results are drawn as they arrive. When idle it polls the store's revision
/// (a counter every write of every process bumps, in the `setting` table) to show other
/// processes' changes without a restart.
enum TUIApp {
    static func run(store: Store, lang: Language, zone: TimeZone, today: LocalDate) throws {
        let screen = try NcursesScreen(mouse: (try? store.setting(mouseSetting)) != "off")
        defer { screen.close() }
        var state = AppState(today: today, lang: lang, zone: zone, rows: screen.rows, cols: screen.cols)
        state.readOnly = store.readOnly
        let runner = EffectRunner(store: store, zone: zone, lang: lang)
        let worker = LoadWorker(runner: runner)
        var session = Session(runner: runner, worker: worker)
        session.revision = try store.revision()
        if session.send(.externalChange, to: &state) { return }
        var dirty = true
        while true {
            for m in worker.drain() {
                dirty = true
                if session.send(m, to: &state) { return }
            }
            if dirty { Renderer.render(state, on: screen) }
            dirty = false
            for m in session.runner.syncWorker.drain() {
                dirty = true
                if session.send(m, to: &state) { return }
            }
            // While a read runs, keys are still read at once; its result is drawn within a few ms.
            let busy = worker.busy
            guard let input = screen.readKey(timeoutMs: busy ? 4 : state.sync.running ? 200 : 1000) else {
                if busy { continue }
                dirty = true
                if SyncFeature.due(state, now: Date()), session.send(.syncDue, to: &state) { return }
                // Idle: has another process written?
                if let now = try? store.revision(), now != session.revision {
                    session.revision = now
                    if session.send(.externalChange, to: &state) { return }
                }
                continue
            }
            // Keys typed ahead (a paste, a held key) are all handled before the next redraw.
            dirty = true
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
        /// Runs loads and searches off the key loop (in the terminal); without it (the tests)
        /// every effect runs inline.
        var worker: LoadWorker?

        /// Returns true when the state machine asked to quit.
        mutating func send(_ message: Message, to state: inout AppState) -> Bool {
            noteRevision(message, state)
            var (next, pending) = Update.update(state, message)
            state = next
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                if effect == .quit { return true }
                if let worker, LoadWorker.runsInBackground(effect) {
                    worker.submit(effect)
                    continue
                }
                for m in runner.run(effect) {
                    noteRevision(m, state)
                    let (after, more) = Update.update(state, m)
                    state = after
                    pending += more
                }
            }
            return false
        }

        /// The store's revision as of the data on screen (a dropped, stale load does not count).
        mutating func noteRevision(_ m: Message, _ state: AppState) {
            if case .loaded(let data) = m, data.generation == state.loadGeneration { revision = data.revision }
        }
    }
}
