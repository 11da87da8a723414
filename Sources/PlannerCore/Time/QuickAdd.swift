// QuickAdd: one line of French or English turned into an event, as khal's `new` does:
// "mardi 12h-13h30 Castres Atelier RGPD avec Claire Martin". A day (weekday name, demain,
// today, 2026-12-03), a time or a range (12h, 12h30, 9:00-10:30), a known city, `avec`/`with`
// and known people; the words left are the title. Used by `new` and the TUI's quick-add prompt.
import Foundation

public struct QuickAdd: Sendable, Equatable {
    public var title: String
    public var day: LocalDate
    /// Start and end as minutes after midnight; nil for an all-day event.
    public var start: Int?
    public var end: Int?
    public var cities: [String]
    public var people: [String]

    /// Names the parser matches against: city and person ids with their display names.
    public struct Names: Sendable {
        public var cities: [String: String]
        public var people: [String: String]
        public init(cities: [String: String], people: [String: String]) {
            self.cities = cities
            self.people = people
        }
    }

    static let weekdays: [String: Int] = [
        "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    static let relative: [String: Int] = ["aujourd'hui": 0, "aujourdhui": 0, "today": 0, "demain": 1, "tomorrow": 1, "apres-demain": 2]
    static let withWords: Set<String> = ["avec", "with"]
    static let joinWords: Set<String> = ["et", "and"]

    /// Parses `text`; throws `PlannerError.invalidValue` naming what is missing or unknown.
    public static func parse(_ text: String, today: LocalDate, names: Names) throws -> QuickAdd {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var day: LocalDate?
        var start: Int?, end: Int?
        var cities: [String] = []
        var people: [String] = []
        // `avec` / `with`: everything after it is people, separated by commas or `et`/`and`.
        if let w = words.firstIndex(where: { withWords.contains($0.foldedForSearch) }) {
            let rest = words[(w + 1)...].joined(separator: " ")
            words.removeSubrange(w...)
            for part in rest.split(separator: ",").flatMap({ $0.components(separatedBy: " et ").flatMap { $0.components(separatedBy: " and ") } }) {
                let name = part.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else { continue }
                guard let id = match(name, in: names.people) else { throw PlannerError.invalidValue(Catalogue.unknownPerson(name)) }
                if !people.contains(id) { people.append(id) }
            }
        }
        var title: [String] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            let key = w.foldedForSearch
            if day == nil, let wd = weekdays[key] {
                day = today.adding(days: (wd - today.weekday + 7) % 7)
            } else if day == nil, let n = relative[key] {
                day = today.adding(days: n)
            } else if day == nil, let d = LocalDate(iso: w) {
                day = d
            } else if start == nil, let (s, e) = timeRange(w) {
                start = s
                end = e
            } else if let (id, used) = city(words, from: i, names.cities) {
                if !cities.contains(id) { cities.append(id) }
                i += used
                continue
            } else {
                title.append(w)
            }
            i += 1
        }
        let t = title.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { throw PlannerError.invalidValue(Catalogue.quickAddNoTitle(text)) }
        guard !cities.isEmpty else { throw PlannerError.invalidValue(Catalogue.quickAddNoCity(text)) }
        if let s = start, end == nil { end = min(24 * 60, s + 60) }
        return QuickAdd(title: t, day: day ?? today, start: start, end: end, cities: cities, people: people)
    }

    /// `12h`, `12h30`, `12:30`, `9h-10h`, `12h-13h30`, `9:00–10:30`: start and end minutes.
    static func timeRange(_ w: String) -> (Int, Int?)? {
        let parts = w.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
        guard (1...2).contains(parts.count), let s = clock(parts[0]) else { return nil }
        if parts.count == 1 { return (s, nil) }
        guard let e = clock(parts[1]), e > s else { return nil }
        return (s, e)
    }

    static func clock(_ text: String) -> Int? {
        let t = text.lowercased()
        let sep: Character = t.contains("h") ? "h" : ":"
        guard t.contains(sep) else { return nil }
        let p = t.split(separator: sep, omittingEmptySubsequences: false)
        guard p.count == 2, let h = Int(p[0]), (0...23).contains(h) else { return nil }
        let m = p[1].isEmpty ? 0 : Int(p[1]) ?? -1
        guard (0...59).contains(m), p[1].count <= 2, sep == "h" || p[1].count == 2 else { return nil }
        return h * 60 + m
    }

    /// A known city named by the words at `i` (up to three, longest first).
    static func city(_ words: [String], from i: Int, _ names: [String: String]) -> (String, Int)? {
        for n in stride(from: min(3, words.count - i), through: 1, by: -1) {
            let text = words[i..<(i + n)].joined(separator: " ")
            let key = text.foldedForSearch
            if let id = names.first(where: { $0.value.foldedForSearch == key })?.key { return (id, n) }
        }
        return nil
    }

    /// The id whose name (or id) is `text`, ignoring case and accents.
    static func match(_ text: String, in names: [String: String]) -> String? {
        let key = text.foldedForSearch
        return names.first { $0.value.foldedForSearch == key || $0.key.foldedForSearch == key }?.key
    }

    /// What was understood as the fields a user would have typed for `add` (one hour when
    /// only a start was given; all day without time): saved through `EventDraft`, the one
    /// path from typed text to a stored event.
    public var draft: EventDraft {
        func hm(_ m: Int) -> String { String(format: "%02d:%02d", m / 60, m % 60) }
        guard let start, let end else {
            return EventDraft(title: title, start: day.description, allDay: true, cities: cities, people: people)
        }
        return EventDraft(title: title, start: "\(day) \(hm(start))", duration: "\(end - start)m", allDay: false,
                          cities: cities, people: people)
    }

    /// The event this describes, as `draft` makes it for a database of `cities` (id → name).
    public func event(zone: TimeZone, office: Office, now: Date, cities names: [String: String]) throws -> Event {
        switch draft.change(for: .new(office: office), zone: zone, today: day, now: now, cities: names) {
        case .success(let change): return change.event
        case .failure(let errors): throw errors.plannerError
        }
    }

    /// What was understood, in words: "mardi 1 décembre 2026, 12:00–13:30, Castres : « Atelier RGPD » avec Claire Martin".
    public func summary(_ lang: Language, names: Names) -> String {
        func hm(_ m: Int) -> String { String(format: "%02d:%02d", m / 60, m % 60) }
        let time = start.map { s in end.map { hm(s) + "–" + hm($0) } ?? hm(s) } ?? CalendarNames.allDayLabel(lang)
        let where_ = cities.map { names.cities[$0] ?? $0 }.joined(separator: ", ")
        let who = people.map { names.people[$0] ?? $0 }.joined(separator: ", ")
        return Catalogue.quickAddUnderstood(day: CalendarNames.dayHeading(day, lang, year: true), time: time, cities: where_, title: title, people: who)(lang)
    }
}
