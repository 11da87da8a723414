import ArgumentParser
import Foundation
import PlannerCore

/// The event fields shared by `add` and `edit`. For `add` the title, start and a city are
/// required; for `edit` every field is optional and only the given ones change.
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

    func validate() throws {
        if end != nil && duration != nil { throw ValidationError(Catalogue.notCombined("--end", "--duration")) }
        if let title, title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError(Catalogue.emptyOption("--title"))
        }
    }

    var hasTimingChange: Bool { start != nil || end != nil || duration != nil || allDay }

    func parsedOffice() throws -> Office? {
        try office.map {
            guard let o = Office(userText: $0) else { throw PlannerError.invalidValue(Catalogue.unknownOffice($0)) }
            return o
        }
    }

    func parsedKind() throws -> EventKind? {
        try kind.map {
            guard let k = EventKind(userText: $0) else {
                throw PlannerError.invalidValue(Catalogue.unknownKind($0, known: EventKind.allCases.map(\.rawValue)))
            }
            return k
        }
    }

    func parsedAudience() throws -> Audience? {
        try audience.map {
            guard let a = Audience(rawValue: $0.lowercased()) else { throw PlannerError.invalidValue(Catalogue.unknownAudience($0)) }
            return a
        }
    }

    /// Start, end and all-day from the options, given the current values (for `edit`).
    /// A start without a time, or --all-day, makes a whole-day event; without end or
    /// duration a timed event lasts one hour and a whole-day event one day (or keeps its
    /// current length when editing).
    func timing(zone: TimeZone, today: LocalDate, current: Event?) throws -> (Date, Date, Bool) {
        let startMoment: TypedMoment
        if let start {
            startMoment = try UserInput.moment(start, today: today, option: "--start")
        } else if let current {
            startMoment = current.allDay ? .day(LocalDate(current.start, in: current.zone))
                                         : .dateTime(LocalDateTime(current.start, in: zone))
        } else {
            throw PlannerError.invalidValue(Catalogue.missingOption("--start"))
        }
        var isAllDay = allDay
        if case .day = startMoment { isAllDay = true }
        if start == nil, !allDay, let current { isAllDay = current.allDay }
        if isAllDay {
            let first = startMoment.date
            var days = 1
            if let end {
                let last = try UserInput.moment(end, today: today, option: "--end").date
                guard last >= first else { throw PlannerError.invalidValue(Catalogue.endBeforeStart(end: end, start: "\(first)")) }
                days = first.days(until: last) + 1
            } else if let duration {
                let d = try UserInput.duration(duration, option: "--duration")
                days = max(1, Int((d / 86400).rounded(.up)))
            } else if let current, current.allDay {
                days = max(1, LocalDate(current.start, in: current.zone).days(until: LocalDate(current.end, in: current.zone)))
            }
            return (first.startInstant(in: zone), first.adding(days: days).startInstant(in: zone), true)
        }
        let startTime: LocalDateTime
        switch startMoment {
        case .dateTime(let t): startTime = t
        case .day(let d): startTime = LocalDateTime(date: d, hour: 9, minute: 0)
        }
        let s = startTime.instant(in: zone)
        let e: Date
        if let end {
            switch try UserInput.moment(end, today: today, option: "--end") {
            case .dateTime(let t): e = t.instant(in: zone)
            case .day(let d): e = d.adding(days: 1).startInstant(in: zone)
            }
            guard e > s else { throw PlannerError.invalidValue(Catalogue.endNotAfterStart(end: end, start: start ?? startTime.description)) }
        } else if let duration {
            e = s.addingTimeInterval(try UserInput.duration(duration, option: "--duration"))
        } else if let current, !current.allDay {
            e = s.addingTimeInterval(current.duration)
        } else {
            e = s.addingTimeInterval(3600)
        }
        return (s, e, false)
    }
}
