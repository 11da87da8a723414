// EventForm+Draft: the form's validation, through the same EventDraft as the command line
// (`add`, `edit`, `edit --occurrence`): what the form says becomes a draft, the draft's
// problems are shown next to their fields, and a valid draft is the change to save.
import Foundation
import PlannerCore

extension EventForm {
    /// Whether a field differs from what the form opened with (`initial`, the snapshot:
    /// the texts of every field, then all-day, office, kind, repeats and big). A new event or
    /// a duplicate gives every field.
    func changed(_ f: Field) -> Bool {
        let n = Field.allCases.count
        guard original != nil, initial.count == n + 5 else { return true }
        switch f {
        case .allDay: return initial[n] != "\(allDay)"
        case .office: return initial[n + 1] != office.rawValue
        case .kind: return initial[n + 2] != kind.rawValue
        case .recurrence: return initial[n + 3] != repeats.rawValue
        case .big: return initial[n + 4] != "\(big)"
        default: return initial[Field.allCases.firstIndex(of: f)!] != self[f]
        }
    }

    /// The recurrence rule the repeat and until fields make (empty for none), or the until
    /// field's problem.
    func rule(_ lang: Language) -> (rule: String, problem: Localized?) {
        guard var rule = repeats.rule else { return ("", nil) }
        let until = self[.until].trimmingCharacters(in: .whitespaces)
        if until.isEmpty { return (rule, nil) }
        if let n = Int(until), n > 0 { rule += ";COUNT=\(n)" } else if let d = LocalDate(iso: until) {
            rule += ";UNTIL=" + d.description.replacingOccurrences(of: "-", with: "")
        } else {
            return (rule, Catalogue.invalidUntil(Field.until.label(lang), until))
        }
        return (rule, nil)
    }

    /// What the form says, as the command line would pass it: every field for a new event or
    /// a duplicate, only the changed ones when editing.
    func draft(lang: Language, rule: String) -> EventDraft {
        var d = EventDraft(formLanguage: lang)
        let list = { (f: Field) in self[f].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        let isNew = original == nil
        if changed(.title) { d.title = self[.title] }
        if changed(.day) || changed(.start) || changed(.allDay) {
            d.start = self[.day]
            d.allDay = allDay
            if !allDay { d.startTime = self[.start] }
        }
        if changed(.end), !self[.end].trimmingCharacters(in: .whitespaces).isEmpty { d.end = self[.end] }
        if changed(.cities) { d.cities = list(.cities) }
        if changed(.office) { d.office = office.rawValue }
        if changed(.kind) { d.kind = kind.rawValue }
        if changed(.big), !(isNew && !big) { d.big = big }
        if changed(.series), !(isNew && self[.series].isEmpty) { d.series = self[.series] }
        if changed(.people), !(isNew && list(.people).isEmpty) { d.people = list(.people) }
        if changed(.recurrence) || changed(.until), !(isNew && rule.isEmpty) { d.rrule = rule }
        if changed(.description), !(isNew && self[.description].isEmpty) { d.description = self[.description] }
        return d
    }

    /// Validates every field; on success the change to save, else the problems in place and
    /// the focus on the first one.
    mutating func change(zone: TimeZone, today: LocalDate, now: Date, cityNames: [String: String], lang: Language) -> EventChange? {
        errors = [:]
        let (ruleText, untilProblem) = rule(lang)
        if let untilProblem { errors[.until] = untilProblem(lang) }
        let target: EventDraft.Target
        if let original, let rid = occurrence {
            target = .occurrence(original, original.occurrence(recurrenceId: rid))
        } else if let original {
            target = .event(original)
        } else {
            target = .new(office: office)
        }
        let result = draft(lang: lang, rule: ruleText).change(for: target, zone: zone, today: today, now: now, cities: cityNames)
        if case .failure(let problems) = result {
            for p in problems.problems { errors[Self.field(p.field)] = errors[Self.field(p.field)] ?? p.message(lang) }
        }
        guard errors.isEmpty, case .success(let change) = result else {
            if let first = Field.allCases.first(where: { errors[$0] != nil }) { focus = first }
            return nil
        }
        return change
    }

    /// Where the form shows a draft field's problem.
    static func field(_ f: EventDraft.Field) -> Field {
        switch f {
        case .title: return .title
        case .start: return .day
        case .startTime: return .start
        case .end, .duration: return .end
        case .cities: return .cities
        case .office: return .office
        case .kind, .audience: return .kind
        case .series: return .series
        case .people: return .people
        case .rrule: return .until
        case .description: return .description
        }
    }
}
