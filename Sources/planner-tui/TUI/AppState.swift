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
        case filter
        /// Which office is this database's (asked once; `thenAdd` when `a` asked it).
        case chooseOffice(thenAdd: Bool)
        case confirmDelete(uid: String, recurring: Bool, occurrence: Date?)
    }

    var mode: Mode = .week
    /// The selected day.
    var cursor: LocalDate
    var today: LocalDate
    var lang: Language
    var zone: TimeZone
    var rows: Int
    var cols: Int
    /// Occurrences of `loaded` (a day range, end exclusive), sorted, before filtering.
    var all: [Occurrence] = []
    var loaded: Range<LocalDate>?
    var holidays: [LocalDate: String] = [:]
    var cityNames: [String: String] = [:]
    var personNames: [String: String] = [:]
    var seriesNames: [String: String] = [:]
    /// Why each occurrence (uid) is in conflict, for marks and details.
    var conflicts: [String: [String]] = [:]
    var ownOffice: Office?
    var undoLabel: String?
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
    var prompt: Prompt?
    var input = ""
    var form: EventForm?
    var quitting = false

    init(today: LocalDate, lang: Language, zone: TimeZone, rows: Int, cols: Int) {
        self.today = today
        self.cursor = today
        self.lang = lang
        self.zone = zone
        self.rows = rows
        self.cols = cols
    }

    var fr: Bool { lang == .fr }

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

    /// Occurrences touching `day` in the display zone: all-day ones first, then by start.
    func occurrences(on day: LocalDate) -> [Occurrence] {
        occurrences.filter { $0.days(in: zone).contains(day) }.sorted { a, b in
            let ka = a.allDay ? 0 : 1, kb = b.allDay ? 0 : 1
            return ka != kb ? ka < kb : Occurrence.agendaOrder(a, b)
        }
    }

    /// Why an occurrence is in conflict (empty when it is not), for marks and details.
    func conflicts(of o: Occurrence) -> [String] {
        var out: [String] = []
        for day in o.days(in: zone) { out += conflicts[ConflictKey.make(o.uid, day)] ?? [] }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
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
        return parts.joined(separator: " · ")
    }
}

/// What happens to the state: a key, a resize, data arriving from the store.
enum Message {
    case key(Key)
    case resize(rows: Int, cols: Int)
    case loaded(LoadedData)
    case failed(String)
    /// The stored event behind an occurrence, to edit.
    case editorReady(master: Event, occurrence: Occurrence, occurrenceOnly: Bool)
    /// Free days found for the add form.
    case suggestions([LocalDate])
    case done(String)
    /// Another process changed the database: reload what is on screen.
    case externalChange
}

/// A window of data read from the store.
struct LoadedData {
    var range: Range<LocalDate>
    var occurrences: [Occurrence]
    var holidays: [LocalDate: String]
    var conflicts: [String: [String]] = [:]
    var names = AppNames(cities: [:], people: [:], series: [:])
    var ownOffice: Office?
    /// The store's revision when read (the loop compares it to notice other writers).
    var revision = 0
    /// What `u` would undo, for the help and the status line.
    var undoLabel: String?
}

/// Work the loop does for the state machine (reads and writes go through the store there).
enum Effect: Equatable {
    case load(Range<LocalDate>)
    case save(Event, people: [String]?, series: String?, label: String)
    case delete(uid: String)
    case deleteOccurrence(uid: String, recurrenceId: Date)
    case undo
    /// Reads the series an occurrence belongs to (its shown values may be an override's)
    /// before opening the form on it.
    case openEditor(uid: String, occurrence: Occurrence, occurrenceOnly: Bool)
    /// Next free days for the form's people and city, from a day on.
    case suggest(people: [String], city: String?, from: LocalDate)
    case setOwnOffice(Office)
    case print(ISOWeek, AgendaFilter)
    case quit
}
