import Foundation
import PlannerCore

/// Everything the TUI shows, as a value. `update` computes the next state from a message;
/// views only read it. Database reads and writes are `Effect`s that the loop runs.
struct AppState {
    enum Mode: String, Equatable, CaseIterable { case month, week, day, agenda }

    /// Which offices' events are shown (`o` cycles).
    enum OfficeScope: Equatable { case everything, mine, other }

    /// A one-line question at the bottom of the screen.
    enum Prompt: Equatable {
        case search
        case goTo
        /// One line in words (`c`): "mardi 12h-13h30 Castres Atelier RGPD avec Claire Martin".
        case quickAdd
        case filter
        /// Which office is this database's (asked once; `thenAdd` when `a` asked it).
        case chooseOffice(thenAdd: Bool)
        case confirmDelete(uid: String, recurring: Bool, occurrence: Date?)
        /// Undo (or redo) a change of this session whose events someone else changed since.
        case confirmRevert(SessionChange, redo: Bool)
    }

    /// A search across the whole calendar: its results, the current one, whether the list
    /// is on screen (after a jump it closes; n/N go on through the results).
    struct SearchResults: Equatable {
        var text: String
        var results: [Occurrence]
        var index = 0
        var listOpen = true
    }

    var mode: Mode = .week
    /// The selected day.
    var cursor: LocalDate
    var today: LocalDate
    var lang: Language
    var zone: TimeZone
    var rows: Int
    var cols: Int
    /// Occurrences of `loaded` (a day range, end exclusive: the visible days and a margin),
    /// sorted, before filtering; `byDay` holds them by day in the display zone, each day's in
    /// view order (all-day first, then by start): what the views draw from.
    var all: [Occurrence] = []
    var byDay: [LocalDate: [Occurrence]] = [:]
    var loaded: Range<LocalDate>?
    /// The latest load asked for (its range while it runs): a result of an older generation
    /// is dropped. Keys never wait for a load; the screen shows what is in memory meanwhile.
    var loadGeneration = 0
    var pendingLoad: Range<LocalDate>?
    /// The store's revision when what is in memory was read: a load that extends it is taken
    /// only when nobody wrote since (DayCache).
    var loadedRevision: Int?
    /// The latest search asked for (its text while it runs): older results are dropped.
    var searchGeneration = 0
    var searching: String?
    var holidays: [LocalDate: String] = [:]
    /// Zone C school holidays by day (a band in the views, distinct from public holidays).
    var schoolHolidays: [LocalDate: String] = [:]
    var cityNames: [String: String] = [:]
    var personNames: [String: String] = [:]
    var seriesNames: [String: String] = [:]
    /// Why each occurrence is in conflict, by day then uid, for marks and details (by day, so
    /// one clashing occurrence of a weekly workshop does not mark all the others).
    var conflicts: [LocalDate: [String: [String]]] = [:]
    var ownOffice: Office?
    /// This session's own changes, newest last: what `u` undoes and Ctrl-R redoes (never
    /// another process's changes, which the store's journal also holds).
    var undoStack: [SessionChange] = []
    var redoStack: [SessionChange] = []
    var scope: OfficeScope = .everything
    var filter = AgendaFilter()
    /// Index of the selected event among the cursor day's occurrences.
    var selection = 0
    /// An event to select once the next load arrives (the one just saved).
    var selectUid: String?
    /// First line shown in the help, when it does not fit.
    var scroll = 0
    var message: String?
    /// Whether `message` reports a failure (drawn in red).
    var messageIsError = false
    var showHelp = false
    /// The details view's first line shown, when it is open (`i` or Space).
    var detailsScroll: Int?
    var search: SearchResults?
    var prompt: Prompt?
    var input = ""
    var form: EventForm?
    /// An open report panel (parity, tour, itinerary, proposal): Panels/.
    var panel: Panel?
    var quitting = false
    /// Ctrl-C was pressed on a changed form: a second one quits.
    var quitAsked = false
    var sync = SyncStatus()
    /// Why the database cannot be changed (opened read-only): edit keys say it instead.
    var readOnly: Store.ReadOnlyReason?

    init(today: LocalDate, lang: Language, zone: TimeZone, rows: Int, cols: Int) {
        self.today = today
        self.cursor = today
        self.lang = lang
        self.zone = zone
        self.rows = rows
        self.cols = cols
    }

    /// The days the current view needs on screen (end exclusive).
    var visibleRange: Range<LocalDate> {
        switch mode {
        case .week:
            let m = cursor.mondayOfWeek
            return m..<m.adding(days: 7)
        case .month:
            let first = cursor.firstOfMonth.mondayOfWeek
            return first..<first.adding(days: 42)
        case .day:
            return cursor..<cursor.adding(days: 1)
        case .agenda:
            return cursor..<cursor.adding(days: 31)
        }
    }

    /// Whether every visible day is in memory (else the status line shows a loading mark).
    var visibleLoaded: Bool { loaded?.covers(visibleRange) ?? false }

    /// The days kept in memory around the visible ones: as many again on each side (at least
    /// two weeks), so that the next week or month is drawn from memory.
    static func cacheRange(around visible: Range<LocalDate>) -> Range<LocalDate> {
        let pad = max(14, visible.lowerBound.days(until: visible.upperBound))
        return visible.lowerBound.adding(days: -pad)..<visible.upperBound.adding(days: pad)
    }

    /// The margin that must stay in memory before a new one is read in the background: half
    /// of `cacheRange`'s, so moving by a week (or a few days) inside it reads nothing.
    static func keptRange(around visible: Range<LocalDate>) -> Range<LocalDate> {
        let pad = max(14, visible.lowerBound.days(until: visible.upperBound)) / 2
        return visible.lowerBound.adding(days: -pad)..<visible.upperBound.adding(days: pad)
    }

    /// The office filter implied by the scope.
    var scopeOffice: Office? {
        guard let own = ownOffice else { return nil }
        switch scope {
        case .everything: return nil
        case .mine: return own
        case .other: return own == .toulouse ? .montpellier : own == .montpellier ? .toulouse : nil
        }
    }

    /// The filter with the office scope applied: what is shown, and what `P` prints.
    var effectiveFilter: AgendaFilter {
        var f = filter
        if let o = scopeOffice { f.office = o }
        return f
    }

    /// Shown occurrences: loaded ones through the filter and the office scope.
    var occurrences: [Occurrence] { all.filter(effectiveFilter.accepts) }

    /// The id of the city a user typed (`nimes`, `Nîmes`, `NIM`), among the loaded names.
    func cityId(matching text: String) -> String? {
        let key = text.foldedForSearch
        return cityNames.first { $0.value.foldedForSearch == key || $0.key.lowercased() == key }?.key
    }

    /// Occurrences touching `day` in the display zone: all-day ones first, then by start
    /// (empty for a day not in memory).
    func occurrences(on day: LocalDate) -> [Occurrence] {
        let list = byDay[day] ?? []
        let f = effectiveFilter
        return f == AgendaFilter() ? list : list.filter(f.accepts)
    }

    /// Why an occurrence is in conflict (empty when it is not), for marks and details.
    func conflicts(of o: Occurrence) -> [String] {
        var out: [String] = []
        for day in o.days(in: zone) { out += conflicts[day]?[o.uid] ?? [] }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }

    /// The day an occurrence is shown on first (its own zone's day for an all-day one).
    static func day(of o: Occurrence, zone: TimeZone) -> LocalDate {
        LocalDate(o.start, in: o.allDay ? o.event.zone : zone)
    }

    var names: AppNames { AppNames(cities: cityNames, people: personNames, series: seriesNames) }

    var selectedOccurrence: Occurrence? {
        let list = occurrences(on: cursor)
        return list.indices.contains(selection) ? list[selection] : nil
    }

    var tooSmall: Bool { rows < 10 || cols < 40 }

    /// `bureau : Montpellier · recherche « nîmes »` for the status line.
    var filterSummary: String {
        var parts: [String] = []
        if let o = scopeOffice { parts.append(Catalogue.tuiOfficeWord(lang) + o.name(lang)) }
        if let o = filter.office { parts.append(Catalogue.tuiOfficeWord(lang) + o.name(lang)) }
        if !filter.cities.isEmpty { parts.append(filter.cities.map { cityNames[$0] ?? $0 }.joined(separator: ", ")) }
        if let t = filter.text, !t.isEmpty { parts.append(Catalogue.tuiSearchSummary(t)(lang)) }
        if let found = search, !found.results.isEmpty {
            parts.append(Catalogue.tuiSearchSummary(found.text)(lang) + " \(found.index + 1)/\(found.results.count)")
        }
        return parts.joined(separator: " · ")
    }
}

/// What happens to the state: a key, a resize, data arriving from the store.
enum Message {
    case key(Key)
    /// A click, double click or wheel turn (Update+Mouse), when the mouse is on.
    case mouse(MouseEvent)
    case resize(rows: Int, cols: Int)
    /// A load's result (dropped when a newer load was asked for since).
    case loaded(LoadedData)
    case failed(String)
    /// The stored event behind an occurrence, to edit.
    case editorReady(master: Event, occurrence: Occurrence, occurrenceOnly: Bool)
    /// Free days found for the add form.
    case suggestions([LocalDate])
    case done(String)
    /// A change this session made (pushed on its undo stack).
    case recorded(SessionChange)
    /// A change undone (or redone when `redo`).
    case reverted(SessionChange, redo: Bool)
    /// Undo or redo refused because someone changed the events since: ask first.
    case changedSince(SessionChange, redo: Bool)
    /// Show a day and select an event on it (after a quick add).
    case jumpTo(String, LocalDate)
    /// Results of a search across the whole calendar (dropped when a newer search was asked for).
    case found(String, [Occurrence], generation: Int)
    /// Another process changed the database: reload what is on screen.
    case externalChange
    /// A panel's content, read from the store.
    case panelReady(Panel)
    /// Sync (SyncFeature): a step of the running sync, its result, the automatic period elapsed.
    case syncProgress(String)
    case syncFinished(String, failed: Bool)
    case syncDue
    /// The changes waiting for the next sync, counted after a read (`.countPendingSync`).
    case syncPending(Int)
}

/// One change made by this TUI session: the events it touched as they were before and after,
/// so that undo and redo can put either back and notice when someone changed them since.
struct SessionChange: Equatable {
    /// What it was, for the status line: "ajout de « Atelier RGPD »".
    var what: Localized
    var uids: [String]
    var before: [String: Event]
    var after: [String: Event]
}

/// Work the loop does for the state machine (reads and writes go through the store there).
enum Effect: Equatable {
    /// Reads a day range (off the key loop in the terminal); its result comes back as
    /// `.loaded` with the same generation.
    case load(Range<LocalDate>, generation: Int)
    /// Reads the days of a range missing from `keeping` (days in memory that stay); the
    /// result comes back as `.loaded` and is merged with them (DayCache).
    case extend(Range<LocalDate>, keeping: Range<LocalDate>, generation: Int)
    case save(EventChange, label: UndoLabel)
    case delete(uid: String)
    case deleteOccurrence(uid: String, recurrenceId: Date)
    /// Puts a session change's events back as before it (or as after it, for a redo); unless
    /// `force`, only when nobody changed them since.
    case revert(SessionChange, redo: Bool, force: Bool)
    /// Reads the series an occurrence belongs to (its shown values may be an override's)
    /// before opening the form on it.
    case openEditor(uid: String, occurrence: Occurrence, occurrenceOnly: Bool)
    /// Next free days for the form's people and city, from a day on.
    case suggest(people: [String], city: String?, from: LocalDate)
    case setOwnOffice(Office)
    /// Parses one line (PlannerCore's QuickAdd) and saves the event it describes.
    case quickAdd(String)
    /// Searches the whole calendar (a store query, not the loaded days), the results
    /// nearest the given day first.
    case search(String, around: LocalDate, generation: Int)
    case print(ISOWeek, AgendaFilter)
    /// Panels (Panels/EffectRunner+Panels.swift).
    /// A panel's content for a screen `width` cells wide.
    case openPanel(Panel.Kind, width: Int)
    case printPage(Panel.Page)
    case createStop(template: String, day: LocalDate, city: String, placed: Bool, candidates: [String], series: String)
    case applyPlacement(uid: String, day: LocalDate, city: String)
    /// Starts a sync off the key loop (SyncWorker); its messages come back later.
    case startSync
    /// Counts the changes waiting for sync (it reads every event: off the key loop, after
    /// the days on screen, so the first screen never waits for it).
    case countPendingSync
    case quit
}
