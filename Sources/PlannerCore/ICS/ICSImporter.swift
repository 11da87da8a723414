import Foundation

/// Turns a calendar file into planner events: the component walk. Lenient by default: what
/// cannot be read is skipped or repaired and reported (`Result.diagnostics`), what is
/// skipped is counted (`Result.skipped`); strict, the first problem refuses the file.
/// The VEVENT mapping is in `ICSImporter+Event.swift`, recurrence repairs and changed
/// occurrences in `ICSImporter+Recurrence.swift`, the `X-PLANNER-*` codec in
/// `ICSImporter+Planner.swift`. Foreign calendars keep what the planner does not model
/// (attendees, alarms, URLs, X- properties) verbatim, so a round trip loses nothing.
public struct ICSImporter {
    /// What the caller knows about the store.
    public struct Context {
        /// Turns a LOCATION text into known city ids (empty when none is recognised).
        public var cityResolver: (String) -> [String]
        /// Cities for events whose location names no known city (`import --city`); empty
        /// leaves their city unknown.
        public var defaultCities: [String]
        public var defaultOffice: Office
        /// Zone for floating times (a calendar's X-WR-TIMEZONE comes first).
        public var defaultZone: TimeZone
        /// Validates an RRULE; returns an error message or nil.
        public var validateRule: (String) -> String?
        /// Whether a city id exists (ids named by `X-PLANNER-CITIES`).
        public var isKnownCity: (String) -> Bool

        public init(cityResolver: @escaping (String) -> [String], defaultCities: [String], defaultOffice: Office,
                    defaultZone: TimeZone, validateRule: @escaping (String) -> String? = ICSImporter.validateWithPlannerRules,
                    isKnownCity: @escaping (String) -> Bool = { _ in true }) {
            self.cityResolver = cityResolver
            self.defaultCities = defaultCities
            self.defaultOffice = defaultOffice
            self.defaultZone = defaultZone
            self.validateRule = validateRule
            self.isKnownCity = isKnownCity
        }
    }

    /// Why a component was left out.
    public enum Skip: Hashable, Sendable, Comparable {
        /// A component the planner does not import (`VTODO`, `VJOURNAL`, `X-FOO`).
        case component(String)
        /// A cancelled event (no calendar program shows it).
        case cancelled
        /// An event that could not be read (its diagnostic says why).
        case invalid
    }

    /// The result: events (overrides folded into their master), what was skipped, and the
    /// problems worked around.
    public struct Result {
        public var events: [Event]
        /// People described by the file (`X-PLANNER-PERSON`), to add when unknown.
        public var people: [Person]
        public var skipped: [Skip: Int]
        public var diagnostics: [ICSDiagnostic]
    }

    public static func validateWithPlannerRules(_ text: String) -> String? {
        do { _ = try RecurrenceRule(parsing: text); return nil } catch { return error.description }
    }

    public var context: Context

    public init(context: Context) {
        self.context = context
    }

    /// One changed occurrence read from a VEVENT with a RECURRENCE-ID.
    struct Instance {
        var event: Event
        var recurrenceId: Date
        /// The RECURRENCE-ID as written: a date, or a wall-clock time.
        var recurrenceDay: LocalDate
        var recurrenceIsDate: Bool
        var thisAndFuture: Bool
        var cancelled: Bool
        var line: Int
    }

    /// Reads a file. `strict`: the first problem throws; otherwise only a file that is no
    /// calendar at all throws.
    public func importCalendar(_ data: Data, strict: Bool = false) throws(ICSError) -> Result {
        let diagnostics = ICSDiagnostics(strict: strict)
        let calendars = try ICSParser.parse(data, diagnostics: diagnostics)
        var skipped: [Skip: Int] = [:]
        var masters: [String: Event] = [:]
        var order: [String] = []
        var instances: [Instance] = []
        var people: [String: Person] = [:]
        var cancelled = Set<String>()
        var definitions: [String: ICSComponent] = [:]
        for c in calendars.flatMap(\.children) where c.name == "VTIMEZONE" {
            if let id = c.first("TZID")?.value.trimmedWhitespace, !id.isEmpty { definitions[id] = c }
        }
        for cal in calendars {
            // Google's calendar-wide zone for floating times.
            let floating = cal.first("X-WR-TIMEZONE").flatMap { ICSTimeZones.known($0.value) } ?? context.defaultZone
            let reader = EventReader(context: context, diagnostics: diagnostics, definitions: definitions, floatingZone: floating)
            for c in cal.children {
                switch c.name {
                case "VTIMEZONE": continue
                case "VEVENT":
                    let read: EventReader.Read
                    do {
                        read = try reader.read(c)
                    } catch {
                        try diagnostics.report(error.line, error.problem ?? .invalidRule(error.reason))
                        skipped[.invalid, default: 0] += 1
                        continue
                    }
                    for p in read.people { people[p.id] = p }
                    let event = read.event
                    if let rid = read.recurrenceId {
                        instances.append(Instance(event: event, recurrenceId: rid.instant, recurrenceDay: rid.day, recurrenceIsDate: rid.isDate,
                                                  thisAndFuture: rid.thisAndFuture, cancelled: read.cancelled, line: c.line))
                    } else if read.cancelled {
                        cancelled.insert(event.uid)
                        skipped[.cancelled, default: 0] += 1
                    } else {
                        if masters[event.uid] == nil { order.append(event.uid) }
                        // Two masters with one UID: keep the newer (SEQUENCE, then LAST-MODIFIED).
                        if let old = masters[event.uid], (old.sequence, old.lastModified) > (event.sequence, event.lastModified) { continue }
                        masters[event.uid] = event
                        for (i, extra) in read.extraSeries.enumerated() {
                            let uid = "\(event.uid)-rrule\(i + 2)"
                            if masters[uid] == nil { order.append(uid) }
                            var e = extra
                            e.uid = uid
                            masters[uid] = e
                        }
                    }
                default:
                    skipped[.component(c.name), default: 0] += 1
                }
            }
        }
        // Changed occurrences: into their series; without one, as single events.
        var orphans: [String: Int] = [:]
        for i in instances where masters[i.event.uid] == nil { orphans[i.event.uid, default: 0] += 1 }
        for inst in instances.sorted(by: { ($0.thisAndFuture ? 1 : 0, $0.recurrenceId) < ($1.thisAndFuture ? 1 : 0, $1.recurrenceId) }) {
            let uid = inst.event.uid
            guard var master = masters[uid] else {
                if cancelled.contains(uid) { continue }
                if inst.cancelled { skipped[.cancelled, default: 0] += 1; continue }
                try diagnostics.report(inst.line, .instanceWithoutSeries)
                var single = inst.event
                if orphans[uid, default: 0] > 1 { single.uid = uid + "-" + ICSValues.utc(inst.recurrenceId) }
                if masters[single.uid] == nil { order.append(single.uid) }
                masters[single.uid] = single
                continue
            }
            let rid = ICSImporter.recurrenceId(of: inst, in: master)
            if inst.thisAndFuture && master.isRecurring {
                let newUID = uid + "-" + ICSValues.utc(rid)
                if let tail = ICSImporter.split(&master, at: rid, with: inst, newUID: newUID) {
                    if masters[newUID] == nil { order.append(newUID) }
                    masters[newUID] = tail
                }
            } else {
                master.mergeOverride(ICSImporter.override(inst, recurrenceId: rid, of: master))
            }
            masters[uid] = master
        }
        let events = order.compactMap { masters[$0] }
        return Result(events: events, people: people.values.sorted { $0.id < $1.id }, skipped: skipped, diagnostics: diagnostics.all)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

