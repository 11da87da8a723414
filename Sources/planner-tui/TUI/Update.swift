import Foundation
import PlannerCore

/// The TUI's state machine: a pure function from (state, message) to the next state and the
/// effects to run. Nothing here touches the terminal or the database.
enum Update {
    static func update(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
        var s = state
        switch message {
        case .resize(let rows, let cols):
            s.rows = rows
            s.cols = cols
            return (s, [])
        case .loaded(let range, let occurrences, let holidays):
            s.loaded = range
            s.occurrences = occurrences
            s.holidays = holidays
            s.selection = min(s.selection, max(0, s.occurrences(on: s.cursor).count - 1))
            return (s, [])
        case .failed(let text):
            s.message = text
            return (s, [])
        case .externalChange:
            return (s, [.load(s.visibleRange)])
        case .key(let key):
            return handle(key, s)
        }
    }

    static func handle(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        s.message = nil
        if s.showHelp {
            if key == .escape || key == .char("?") || key == .char("q") { s.showHelp = false }
            return (s, [])
        }
        switch key {
        case .char("q"), .ctrl("c"):
            s.quitting = true
            return (s, [.quit])
        case .char("?"):
            s.showHelp = true
        case .char("m"): s.mode = .month
        case .char("w"): s.mode = .week
        case .char("d"): s.mode = .day
        case .char("a"): s.mode = .agenda
        case .char("t"):
            s.cursor = s.today
            s.selection = 0
        case .left, .char("h"): move(&s, days: -1, weekStep: s.mode == .week)
        case .right, .char("l"): move(&s, days: 1, weekStep: s.mode == .week)
        case .up, .char("k"):
            if s.mode == .month { move(&s, days: -7, weekStep: false) } else if s.selection > 0 { s.selection -= 1 } else if s.mode != .week { move(&s, days: -1, weekStep: false) }
        case .down, .char("j"):
            let count = s.occurrences(on: s.cursor).count
            if s.mode == .month { move(&s, days: 7, weekStep: false) } else if s.selection + 1 < count { s.selection += 1 } else if s.mode != .week { move(&s, days: 1, weekStep: false) }
        case .char("n"), .pageDown: period(&s, 1)
        case .char("p"), .pageUp: period(&s, -1)
        case .char("r"):
            return (s, [.load(s.visibleRange)])
        default:
            return (s, [])
        }
        return (s, s.loaded.map { $0 == s.visibleRange } == true ? [] : [.load(s.visibleRange)])
    }

    /// Moves the cursor; in the week view the arrows go a week back or forward.
    static func move(_ s: inout AppState, days: Int, weekStep: Bool) {
        s.cursor = s.cursor.adding(days: weekStep ? days * 7 : days)
        s.selection = 0
    }

    /// Next or previous period of the current view.
    static func period(_ s: inout AppState, _ n: Int) {
        switch s.mode {
        case .month: s.cursor = s.cursor.adding(months: n)
        case .week: s.cursor = s.cursor.adding(days: 7 * n)
        case .day: s.cursor = s.cursor.adding(days: n)
        case .agenda: s.cursor = s.cursor.adding(days: 30 * n)
        }
        s.selection = 0
    }
}
