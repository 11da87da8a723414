import Foundation
import PlannerCore

/// Everything the TUI shows, as a value. `update` computes the next state from a message;
/// views only read it. Database reads and writes are `Effect`s that the loop runs.
struct AppState {
    enum Mode: String, Equatable, CaseIterable { case month, week, day, agenda }

    var mode: Mode = .week
    /// The selected day.
    var cursor: LocalDate
    var today: LocalDate
    var lang: Language
    var zone: TimeZone
    var rows: Int
    var cols: Int
    /// Occurrences of `loaded` (a day range, end exclusive), sorted.
    var occurrences: [Occurrence] = []
    var loaded: Range<LocalDate>?
    var holidays: [LocalDate: String] = [:]
    var cityNames: [String: String] = [:]
    /// Index of the selected event among the cursor day's occurrences.
    var selection = 0
    var message: String?
    var showHelp = false
    var quitting = false

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

    /// Occurrences touching `day` in the display zone: all-day ones first, then by start.
    func occurrences(on day: LocalDate) -> [Occurrence] {
        occurrences.filter { $0.days(in: zone).contains(day) }.sorted { a, b in
            let ka = a.allDay ? 0 : 1, kb = b.allDay ? 0 : 1
            return ka != kb ? ka < kb : Occurrence.agendaOrder(a, b)
        }
    }

    var selectedOccurrence: Occurrence? {
        let list = occurrences(on: cursor)
        return list.indices.contains(selection) ? list[selection] : nil
    }

    var tooSmall: Bool { rows < 10 || cols < 40 }
}

/// What happens to the state: a key, a resize, data arriving from the store.
enum Message {
    case key(Key)
    case resize(rows: Int, cols: Int)
    case loaded(range: Range<LocalDate>, occurrences: [Occurrence], holidays: [LocalDate: String])
    case failed(String)
    /// Another process changed the database: reload what is on screen.
    case externalChange
}

/// Work the loop does for the state machine (reads and writes go through the store there).
enum Effect: Equatable {
    case load(Range<LocalDate>)
    case quit
}
