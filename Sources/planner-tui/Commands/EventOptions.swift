import ArgumentParser
import Foundation
import PlannerCore

/// The event fields shared by `add` and `edit`. For `add` the title, start and a city are
/// required; for `edit` every field is optional and only the given ones change. Parsing and
/// validation are `EventDraft`'s.
struct EventOptions: ParsableArguments {
    @Option(help: .localized(Catalogue.Help.title))
    var title: String?

    @Option(help: .localized(Catalogue.Help.start))
    var start: String?

    @Option(help: .localized(Catalogue.Help.end))
    var end: String?

    @Option(help: .localized(Catalogue.Help.duration))
    var duration: String?

    @Flag(name: .customLong("all-day"), help: .localized(Catalogue.Help.allDay))
    var allDay = false

    @Option(name: .customLong("city"), help: .localized(Catalogue.Help.city))
    var cities: [String] = []

    @Option(help: .localized(Catalogue.Help.office))
    var office: String?

    @Option(help: .localized(Catalogue.Help.kind))
    var kind: String?

    @Option(help: .localized(Catalogue.Help.audience))
    var audience: String?

    @Option(help: .localized(Catalogue.Help.series))
    var series: String?

    @Option(name: .customLong("person"), help: .localized(Catalogue.Help.person))
    var people: [String] = []

    @Option(help: .localized(Catalogue.Help.rrule))
    var rrule: String?

    @Option(help: .localized(Catalogue.Help.description))
    var description: String?

    @Flag(help: .localized(Catalogue.Help.big))
    var big = false

    /// What was typed, for `EventDraft` to parse and validate (with `add`, `edit` and the
    /// TUI form alike).
    var draft: EventDraft {
        EventDraft(title: title, start: start, end: end, duration: duration, allDay: allDay ? true : nil,
                   cities: cities.isEmpty ? nil : cities, office: office, kind: kind, audience: audience,
                   series: series, people: people.isEmpty ? nil : people, rrule: rrule, description: description,
                   big: big ? true : nil)
    }
}
