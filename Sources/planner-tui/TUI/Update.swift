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
            s.loaded = data.range
            s.all = data.occurrences
            s.holidays = data.holidays
            s.schoolHolidays = data.schoolHolidays
            s.conflicts = data.conflicts
            s.cityNames = data.names.cities
            s.personNames = data.names.people
            s.seriesNames = data.names.series
            s.ownOffice = data.ownOffice
            s.sync = SyncStatus(configured: data.sync.configured, lastSync: data.sync.lastSync, pending: data.sync.pending,
                                every: data.sync.every, running: s.sync.running, progress: s.sync.progress)
            let today = s.occurrences(on: s.cursor)
            // An event to select waits for the load that holds the cursor's day.
            if data.range.contains(s.cursor) {
                if let uid = s.selectUid, let i = today.firstIndex(where: { $0.uid == uid }) { s.selection = i }
                s.selectUid = nil
            }
            s.selection = min(s.selection, max(0, today.count - 1))
            return (s, [])
        case .failed(let text):
            s.message = text
            s.messageIsError = true
            return (s, [])
        case .done(let text):
            s.message = text
            s.messageIsError = false
            return (s, [.load(s.visibleRange)])
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
            return (s, [.load(s.visibleRange)])
        case .found(let text, let results):
            // The list opens on the first result from the selected day on.
            let start = s.cursor.startInstant(in: s.zone)
            s.search = AppState.SearchResults(text: text, results: results, index: results.firstIndex { $0.end > start } ?? max(0, results.count - 1))
            if results.isEmpty {
                s.search = nil
                s.message = Catalogue.tuiSearchNothing(text)(s.lang)
            }
            return (s, [])
        case .externalChange:
            return (s, [.load(s.visibleRange)] + (s.panel.map { [.openPanel($0.kind, width: s.cols)] } ?? []))
        case .panelReady(let panel):
            return panelReady(panel, s)
        case .syncProgress(let text): return SyncFeature.progress(s, text)
        case .syncFinished(let text, let failed): return SyncFeature.finished(s, text, failed: failed)
        case .syncDue: return SyncFeature.due(s, now: Date()) ? SyncFeature.start(s) : (s, [])
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

    static func reload(_ s: AppState) -> [Effect] {
        s.loaded.map { $0 == s.visibleRange } == true ? [] : [.load(s.visibleRange)]
    }
}
