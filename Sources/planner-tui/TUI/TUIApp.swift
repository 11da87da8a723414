import Foundation
import PlannerCore

/// The TUI's loop: reads keys, feeds the state machine, runs its effects against the store
/// and draws. When idle it polls the store's revision to show other processes' changes.
enum TUIApp {
    static func run(store: Store, lang: Language, zone: TimeZone, today: LocalDate) throws {
        let screen = NcursesScreen()
        defer { screen.close() }
        var state = AppState(today: today, lang: lang, zone: zone, rows: screen.rows, cols: screen.cols)
        do {
            for c in try store.cities() { state.cityNames[c.id] = c.name }
            var revision = try store.revision()
            var pending: [Effect] = [.load(state.visibleRange)]
            while true {
                for effect in pending {
                    switch effect {
                    case .quit: return
                    case .load(let range):
                        state = Update.update(state, try load(store, range, zone)).0
                    }
                }
                pending = []
                Renderer.render(state, on: screen)
                guard let input = screen.readKey(timeoutMs: 1000) else {
                    let now = try store.revision()
                    if now != revision {
                        revision = now
                        pending = Update.update(state, .externalChange).1
                    }
                    continue
                }
                let message: Message
                switch input {
                case .key(let k): message = .key(k)
                case .resize(let r, let c): message = .resize(rows: r, cols: c)
                }
                (state, pending) = Update.update(state, message)
            }
        } catch {
            screen.close()
            throw error
        }
    }

    static func load(_ store: Store, _ range: Range<LocalDate>, _ zone: TimeZone) throws -> Message {
        let occ = try store.occurrences(from: range.lowerBound.startInstant(in: zone), to: range.upperBound.startInstant(in: zone))
        var holidays: [LocalDate: String] = [:]
        for h in try store.holidays(from: range.lowerBound, to: range.upperBound) { holidays[h.date] = h.name }
        return .loaded(range: range, occurrences: occ, holidays: holidays)
    }
}
