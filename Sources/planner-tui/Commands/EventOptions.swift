import ArgumentParser
import Foundation
import PlannerCore

/// The event fields shared by `add` and `edit`. For `add` the title, start and a city are
/// required; for `edit` every field is optional and only the given ones change.
struct EventOptions: ParsableArguments {
    @Option(help: "Title of the event.")
    var title: String?

    @Option(help: "Start: YYYY-MM-DD (a whole day), YYYY-MM-DDTHH:MM or 'YYYY-MM-DD HH:MM' (local time in --tz), today, tomorrow.")
    var start: String?

    @Option(help: "End: same forms as --start (for a whole-day event, the last day).")
    var end: String?

    @Option(help: "Duration: 90m, 2h, 1h30, 3d.")
    var duration: String?

    @Flag(name: .customLong("all-day"), help: "A whole-day event.")
    var allDay = false

    @Option(name: .customLong("city"), help: "A city where it is held, by name or id (repeat for an event held in several places at once).")
    var cities: [String] = []

    @Option(help: "Organising office: toulouse, montpellier or joint (default: this database's office, else joint).")
    var office: String?

    @Option(help: "Kind: meeting, day, week, workshop, lunch, working-group, committee, assembly, launch, training, convention.")
    var kind: String?

    @Option(help: "Audience: local or regional.")
    var audience: String?

    @Option(help: "Series id or name (created when new).")
    var series: String?

    @Option(name: .customLong("person"), help: "A person attending, by id or name (a new name adds that person; repeatable).")
    var people: [String] = []

    @Option(help: "Recurrence rule (RFC 5545), e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10.")
    var rrule: String?

    @Option(help: "Description.")
    var description: String?

    @Flag(help: "Counts as a big event (one per city and day).")
    var big = false

    func validate() throws {
        if end != nil && duration != nil { throw ValidationError("--end and --duration cannot be combined") }
        if let title, title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("empty --title")
        }
    }

    var hasTimingChange: Bool { start != nil || end != nil || duration != nil || allDay }

    func parsedOffice() throws -> Office? {
        try office.map {
            guard let o = Office(userText: $0) else { throw PlannerError.invalidValue("unknown office \"\($0)\": expected toulouse, montpellier or joint") }
            return o
        }
    }

    func parsedKind() throws -> EventKind? {
        try kind.map {
            guard let k = EventKind(userText: $0) else {
                throw PlannerError.invalidValue("unknown kind \"\($0)\": expected one of \(EventKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return k
        }
    }

    func parsedAudience() throws -> Audience? {
        try audience.map {
            guard let a = Audience(rawValue: $0.lowercased()) else { throw PlannerError.invalidValue("unknown audience \"\($0)\": expected local or regional") }
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
            throw PlannerError.invalidValue("missing --start")
        }
        var isAllDay = allDay
        if case .day = startMoment { isAllDay = true }
        if start == nil, !allDay, let current { isAllDay = current.allDay }
        if isAllDay {
            let first = startMoment.date
            var days = 1
            if let end {
                let last = try UserInput.moment(end, today: today, option: "--end").date
                guard last >= first else { throw PlannerError.invalidValue("--end \(end) is before --start \(first)") }
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
            guard e > s else { throw PlannerError.invalidValue("--end \(end) is not after --start \(start ?? startTime.description)") }
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
