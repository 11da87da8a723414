import ArgumentParser
import Foundation
import PlannerCore

/// `edit UID`: changes the given fields of an event, or of one occurrence of a recurring
/// event (`--occurrence DAY` records an override, RFC 5545 RECURRENCE-ID).
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: Catalogue.Help.editAbstract.help)

    @OptionGroup var global: GlobalOptions

    @Argument(help: .localized(Catalogue.Help.eventUid))
    var uid: String

    @Option(help: .localized(Catalogue.Help.editOccurrence))
    var occurrence: String?

    @OptionGroup var fields: EventOptions

    func run() throws {
        let zone = try global.zone()
        let today = global.today()
        let office = try fields.parsedOffice()
        let kind = try fields.parsedKind()
        let audience = try fields.parsedAudience()
        if let rule = fields.rrule, !rule.isEmpty { _ = try EventEditing.validatedRule(rule) }
        let occurrenceDay = try occurrence.map { try UserInput.day($0, today: today, option: "--occurrence") }
        let store = try global.openStore()
        var event = try store.event(uidOrPrefix: uid)
        let cities = fields.cities.isEmpty ? nil : try store.cityIds(fields.cities)

        if let day = occurrenceDay {
            let original = try EventEditing.occurrence(of: event, on: day, zone: zone)
            var ov = event.overrides.first { $0.recurrenceId == original.start }
                ?? OccurrenceOverride(recurrenceId: original.start, start: original.start, end: original.end)
            if fields.hasTimingChange {
                var shape = event
                shape.start = ov.start
                shape.end = ov.end
                let (s, e, _) = try fields.timing(zone: zone, today: today, current: shape)
                ov.start = s
                ov.end = e
            }
            if let t = fields.title { ov.title = t }
            if let d = fields.description { ov.description = d }
            if let cities { ov.cities = cities }
            if !fields.people.isEmpty { ov.people = try store.personIds(fields.people, home: (cities ?? event.cities)[0]) }
            ov.sequence += 1
            event.setOverride(ov, at: Date())
            try store.save(event, people: nil, series: nil, label: "edit")
            Console.out(event.uid + "\n")
            return
        }

        if fields.hasTimingChange {
            let (s, e, allDay) = try fields.timing(zone: zone, today: today, current: event)
            event.start = s
            event.end = e
            event.allDay = allDay
            if fields.start != nil { event.timeZone = zone.identifier }
        }
        if let t = fields.title { event.title = t.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let d = fields.description { event.description = d }
        if let cities { event.cities = cities }
        if let office { event.office = office }
        if let kind { event.kind = kind }
        if let audience { event.audience = audience }
        if fields.big { event.big = true }
        if let rule = fields.rrule { event.rrule = rule.isEmpty ? nil : EventEditing.normalizedRule(rule) }
        if fields.series == "" { event.series = nil }
        event.sequence += 1
        event.lastModified = Date()
        try store.save(event, people: fields.people.isEmpty ? nil : fields.people,
                       series: fields.series.flatMap { $0.isEmpty ? nil : $0 }, label: "edit")
        Console.out(event.uid + "\n")
    }
}
