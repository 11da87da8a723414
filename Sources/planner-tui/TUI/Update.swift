import Foundation
import PlannerCore

/// The TUI's state machine: a pure function from (state, message) to the next state and the
/// effects to run. Nothing here touches the terminal or the database. This file dispatches each
/// message; keys go to Update+Navigation (views), Update+Prompts (one-line questions) and
/// Update+Form (the add/edit form).
enum Update {
    static func update(_ state: AppState, _ message: Message) -> (AppState, [Effect]) {
        var s = state
        switch message {
        case .resize(let rows, let cols):
            s.rows = rows
            s.cols = cols
            return (s, [])
        case .loaded(let data):
            // A load asked for before the latest one (the user moved on, or data changed).
            guard data.generation == s.loadGeneration else { return (s, []) }
            // A merge over days read before someone wrote: read the visible days again.
            guard s.take(data) else { return invalidating(s) }
            let today = s.occurrences(on: s.cursor)
            // An event to select waits for the load that holds the cursor's day.
            if data.range.contains(s.cursor) {
                if let uid = s.selectUid, let i = today.firstIndex(where: { $0.uid == uid }) { s.selection = i }
                s.selectUid = nil
            }
            s.selection = min(s.selection, max(0, today.count - 1))
            // The visible days came alone: their margin follows, in the background; after a
            // read that replaced memory (something may have changed), the sync count first
            // (the status line is complete before the margin is read).
            let (next, effects) = reloading(s)
            return (next, (data.kept == nil && next.sync.configured ? [.countPendingSync] : []) + effects)
        case .failed(let text):
            s.message = text
            s.messageIsError = true
            return (s, [])
        case .done(let text):
            s.message = text
            s.messageIsError = false
            return invalidating(s)
        case .editorReady(let master, let occurrence, let only):
            s.form = EventForm.from(occurrence, master: master, zone: s.zone, names: s.names, duplicate: false, occurrenceOnly: only)
            return (s, [])
        case .suggestions(let days):
            s.form?.suggestions = days
            s.form?.suggestionIndex = 0
            return (s, [])
        case .recorded(let change):
            s.undoStack.append(change)
            s.redoStack = []
            return (s, [])
        case .reverted(let change, let redo):
            if redo {
                s.redoStack.removeLast()
                s.undoStack.append(change)
            } else {
                s.undoStack.removeLast()
                s.redoStack.append(change)
            }
            return (s, [])
        case .changedSince(let change, let redo):
            s.prompt = .confirmRevert(change, redo: redo)
            return (s, [])
        case .jumpTo(let uid, let day):
            s.cursor = day
            s.selectUid = uid
            return invalidating(s)
        case .found(let text, let results, let generation):
            guard generation == s.searchGeneration else { return (s, []) }
            s.searching = nil
            // The list opens on the first result from the selected day on.
            let start = s.cursor.startInstant(in: s.zone)
            s.search = AppState.SearchResults(text: text, results: results, index: results.firstIndex { $0.end > start } ?? max(0, results.count - 1))
            if results.isEmpty {
                s.search = nil
                s.message = Catalogue.tuiSearchNothing(text)(s.lang)
            }
            return (s, [])
        case .externalChange:
            return invalidating(s, then: s.panel.map { [.openPanel($0.kind, width: s.cols)] } ?? [])
        case .panelReady(let panel):
            return panelReady(panel, s)
        case .syncProgress(let text): return SyncFeature.progress(s, text)
        case .syncFinished(let text, let failed): return SyncFeature.finished(s, text, failed: failed)
        case .syncDue: return SyncFeature.due(s, now: Date()) ? SyncFeature.start(s) : (s, [])
        case .syncPending(let n):
            s.sync.pending = n
            return (s, [])
        case .key(.ctrl("c")):
            // Ctrl-C quits from anywhere, as in any terminal program; a changed form asks
            // first (a second Ctrl-C quits, Esc keeps it open... and cancels it).
            if let f = s.form, f.isChanged, !s.quitAsked {
                s.quitAsked = true
                s.messageIsError = true
                s.message = Catalogue.tuiQuitChangedForm(s.lang)
                return (s, [])
            }
            s.quitting = true
            return (s, [.quit])
        case .mouse(let event):
            return mouse(event, s)
        case .key(let key):
            if s.form != nil { return formKey(key, s) }
            if s.prompt != nil { return promptKey(key, s) }
            if s.panel != nil { return panelKey(key, s) }
            return handle(key, s)
        }
    }

    /// The load the visible days need, if any: none while they and a margin are in memory or
    /// a running load covers them; the visible days alone when they are not in memory (the
    /// quickest full screen; their margin follows when they arrive); else a new margin
    /// around them, read in the background while the screen is drawn from memory. Either
    /// reads only the days missing from memory (DayCache).
    static func reload(_ s: inout AppState) -> [Effect] {
        let visible = s.visibleRange
        if let have = s.loaded, have.covers(AppState.keptRange(around: visible)) { return [] }
        if let running = s.pendingLoad, running.covers(visible) { return [] }
        return [loadEffect(&s, s.visibleLoaded ? AppState.cacheRange(around: visible) : visible)]
    }

    static func reloading(_ state: AppState) -> (AppState, [Effect]) {
        var s = state
        let effects = reload(&s)
        return (s, effects)
    }

    /// What is in memory is out of date (an edit, an undo, a sync, another process): the
    /// visible days are read again (then their margin), and loads still running are dropped.
    /// The screen keeps what it has until they arrive.
    static func invalidating(_ state: AppState, before: [Effect] = [], then: [Effect] = []) -> (AppState, [Effect]) {
        var s = state
        let load = startLoad(&s, s.visibleRange)
        return (s, before + [load] + then)
    }

    static func startLoad(_ s: inout AppState, _ range: Range<LocalDate>) -> Effect {
        s.loadGeneration += 1
        s.pendingLoad = range
        return .load(range, generation: s.loadGeneration)
    }
}
