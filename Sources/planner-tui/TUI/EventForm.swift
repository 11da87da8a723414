import Foundation
import PlannerCore

/// The add/edit form's model: one text per field, the focused field, and errors shown in
/// place. Validation is `EventDraft`'s (EventForm+Draft.swift); nothing is saved while a
/// field is invalid.
struct EventForm: Equatable {
    enum Field: Int, CaseIterable {
        case title, day, start, end, allDay, cities, office, kind, big, series, people, recurrence, until, description

        func label(_ lang: Language) -> String {
            switch self {
            case .title: return Catalogue.tuiFieldTitle(lang)
            case .day: return Catalogue.tuiFieldDay(lang)
            case .start: return Catalogue.tuiFieldStart(lang)
            case .end: return Catalogue.tuiFieldEnd(lang)
            case .allDay: return Catalogue.tuiFieldAllDay(lang)
            case .cities: return Catalogue.tuiFieldCities(lang)
            case .office: return Catalogue.tuiFieldOffice(lang)
            case .kind: return Catalogue.tuiFieldKind(lang)
            case .big: return Catalogue.tuiFieldBig(lang)
            case .series: return Catalogue.tuiFieldSeries(lang)
            case .people: return Catalogue.tuiFieldPeople(lang)
            case .recurrence: return Catalogue.tuiFieldRecurrence(lang)
            case .until: return Catalogue.tuiFieldUntil(lang)
            case .description: return Catalogue.tuiFieldDescription(lang)
            }
        }

        /// Fields chosen from a list with Space or ←/→ rather than typed.
        var isChoice: Bool { [.allDay, .office, .kind, .big, .recurrence].contains(self) }
    }

    enum Repeat: String, CaseIterable {
        case none, daily, weekly, biweekly, monthly

        func label(_ lang: Language) -> String {
            switch self {
            case .none: return Catalogue.tuiRepeatNone(lang)
            case .daily: return Catalogue.tuiRepeatDaily(lang)
            case .weekly: return Catalogue.tuiRepeatWeekly(lang)
            case .biweekly: return Catalogue.tuiRepeatBiweekly(lang)
            case .monthly: return Catalogue.tuiRepeatMonthly(lang)
            }
        }

        var rule: String? {
            switch self {
            case .none: return nil
            case .daily: return "FREQ=DAILY"
            case .weekly: return "FREQ=WEEKLY"
            case .biweekly: return "FREQ=WEEKLY;INTERVAL=2"
            case .monthly: return "FREQ=MONTHLY"
            }
        }
    }

    var values: [Field: String] = [:]
    var allDay = false
    var office: Office = .joint
    var kind: EventKind = .meeting
    var repeats: Repeat = .none
    /// Counts toward the "one big event per city and day" rule of `check`.
    var big = false
    var focus: Field = .title {
        didSet { if focus != oldValue { selected = true } }
    }
    /// The focused field's text is selected: the first key typed replaces it (→ or End keeps
    /// it and types after it), as in the forms people know.
    var selected = true
    /// What the form held when it opened, to tell whether closing it loses anything.
    var initial: [String] = []
    /// Names in the people field that match nobody, once the user said they are new people.
    var confirmedNewPeople: [String] = []
    /// Unknown names waiting for "nouvelle personne ?" (o yes, anything else: correct them).
    var askingNewPeople: [String]?
    var errors: [Field: String] = [:]
    /// The event being edited (nil for a new one or a duplicate).
    var original: Event?
    /// Editing one occurrence of a recurring event.
    var occurrence: Date?
    var isDuplicate = false
    /// Next free days for the people and city (Ctrl-N puts them in the day field in turn).
    var suggestions: [LocalDate] = []
    var suggestionIndex = 0

    /// The fields shown, in order: one occurrence of a series has no repetition of its own.
    var fields: [Field] {
        occurrence == nil ? Field.allCases : Field.allCases.filter { $0 != .recurrence && $0 != .until }
    }

    /// Every value as text, to compare with `initial`.
    var snapshot: [String] {
        Field.allCases.map { self[$0] } + ["\(allDay)", office.rawValue, kind.rawValue, repeats.rawValue, "\(big)"]
    }

    var isChanged: Bool { snapshot != initial }

    /// Moves the focus by `step` among the shown fields.
    mutating func move(_ step: Int) {
        let list = fields
        let i = list.firstIndex(of: focus) ?? 0
        focus = list[(i + step + list.count) % list.count]
    }

    subscript(_ f: Field) -> String {
        get { values[f] ?? "" }
        set { values[f] = newValue }
    }

    /// A new event on `day`, 09:00–10:00, in the database's own office and its city.
    static func new(day: LocalDate, office: Office?, cityNames: [String: String]) -> EventForm {
        var f = EventForm()
        f[.day] = day.description
        f[.start] = "09:00"
        f[.end] = "10:00"
        f.office = office ?? .joint
        if let c = office?.cityId { f[.cities] = cityNames[c] ?? c }
        f.initial = f.snapshot
        return f
    }

    /// A form filled from an existing event (edit, or duplicate with a new uid).
    /// `master` is the stored event (for a series, not the occurrence's overridden values);
    /// one occurrence's form shows that occurrence's title, times and cities.
    static func from(_ o: Occurrence, master: Event, zone: TimeZone, names: AppNames, duplicate: Bool, occurrenceOnly: Bool) -> EventForm {
        let e = occurrenceOnly || duplicate ? o.event : master
        var f = EventForm()
        f.original = duplicate ? nil : master
        f.isDuplicate = duplicate
        f.occurrence = occurrenceOnly ? o.recurrenceId : nil
        f[.title] = e.title
        let z = e.allDay ? e.zone : zone
        let start = occurrenceOnly || duplicate ? o.start : e.start
        let end = occurrenceOnly || duplicate ? o.end : e.end
        f[.day] = LocalDate(start, in: z).description
        f.allDay = e.allDay
        if e.allDay {
            f[.start] = ""
            let days = LocalDate(start, in: z).days(until: LocalDate(end, in: z))
            f[.end] = "\(max(1, days))d"
        } else {
            f[.start] = TimeFormatting.clock(start, in: zone)
            f[.end] = TimeFormatting.clock(end, in: zone)
            if LocalDate(end, in: zone) != LocalDate(start, in: zone) {
                f[.end] = durationText(end.timeIntervalSince(start))
            }
        }
        f[.cities] = e.cities.map { names.cities[$0] ?? $0 }.joined(separator: ", ")
        f.office = e.office
        f.kind = e.kind
        f.big = e.big
        f[.series] = e.series.map { names.series[$0] ?? $0 } ?? ""
        f[.people] = e.people.map { names.people[$0] ?? $0 }.joined(separator: ", ")
        f[.description] = e.description
        if let r = e.rrule, let rule = try? RecurrenceRule(parsing: r) {
            switch (rule.frequency, rule.interval) {
            case (.daily, 1): f.repeats = .daily
            case (.weekly, 1): f.repeats = .weekly
            case (.weekly, 2): f.repeats = .biweekly
            case (.monthly, 1): f.repeats = .monthly
            default: f.repeats = .none
            }
            if let c = rule.count { f[.until] = String(c) }
            if case .date(let d)? = rule.until { f[.until] = d.description }
        }
        f.initial = f.snapshot
        return f
    }

    static func durationText(_ seconds: TimeInterval) -> String {
        let m = Int(seconds / 60)
        if m % 1440 == 0 { return "\(m / 1440)d" }
        return m % 60 == 0 ? "\(m / 60)h" : "\(m / 60)h\(String(format: "%02d", m % 60))"
    }

    /// Shown value of a field.
    func display(_ f: Field, _ lang: Language) -> String {
        switch f {
        case .allDay: return (allDay ? Catalogue.tuiYes : Catalogue.tuiNo)(lang)
        case .big: return (big ? Catalogue.tuiYes : Catalogue.tuiNo)(lang)
        case .office: return office.name(lang)
        case .kind: return kind.name(lang)
        case .recurrence: return repeats.label(lang)
        default: return self[f]
        }
    }

    /// Space or ←/→ on a choice field.
    mutating func cycle(_ step: Int) {
        func next<T: CaseIterable & Equatable>(_ v: T) -> T {
            let all = Array(T.allCases)
            let i = all.firstIndex(of: v)!
            return all[(i + step + all.count) % all.count]
        }
        switch focus {
        case .allDay: allDay.toggle()
        case .office: office = next(office)
        case .kind: kind = next(kind)
        case .big: big.toggle()
        case .recurrence: repeats = next(repeats)
        default: break
        }
    }

    /// The name a partial last entry of the cities or people field would complete to
    /// (`ni` → Nîmes, `sop` → Sophie Garnier), from the known cities or people.
    func completion(cities: [String: String], people: [String: String]) -> String? {
        guard focus == .cities || focus == .people else { return nil }
        let names = focus == .cities ? cities : people
        let last = self[focus].split(separator: ",", omittingEmptySubsequences: false).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard !last.isEmpty else { return nil }
        let key = last.foldedForSearch
        let matches = names.values.filter { $0.foldedForSearch.hasPrefix(key) }.sorted { $0.frenchSortKey < $1.frenchSortKey }
        guard let first = matches.first, first.foldedForSearch != key else { return nil }
        return first
    }

    mutating func acceptCompletion(_ name: String) {
        var parts = self[focus].split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.isEmpty { parts = [""] }
        parts[parts.count - 1] = name
        self[focus] = parts.joined(separator: ", ")
        selected = false
    }

    /// Names in the people field that match no known person (by name or id, ignoring case
    /// and accents) and were not confirmed as new people.
    func unknownPeople(_ people: [String: String]) -> [String] {
        let known = Set(people.values.map(\.foldedForSearch) + people.keys.map(\.foldedForSearch))
        return self[.people].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !known.contains($0.foldedForSearch) && !confirmedNewPeople.contains($0) }
    }
}

/// Names of cities, people and series, for forms and details.
struct AppNames {
    var cities: [String: String]
    var people: [String: String]
    var series: [String: String]
}
