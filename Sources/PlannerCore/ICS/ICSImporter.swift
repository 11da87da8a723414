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
        try importCalendar(ICSInput(data: data), strict: strict)
    }

    /// Reads an input as a stream: each VEVENT is read as soon as its END is, so only the
    /// events (not the file, not its tree of lines) are held. The zones of a calendar are
    /// those defined before its first event (where every program writes them); a file
    /// that defines one later, or names its X-WR-TIMEZONE after an event, is read again
    /// with its zones and calendar properties gathered first, so the result never depends
    /// on that order.
    public func importCalendar(_ input: ICSInput, strict: Bool = false) throws(ICSError) -> Result {
        if let result = try walk(input, strict: strict, header: nil) { return result }
        return try walk(input, strict: strict, header: ICSImporter.header(input))!
    }

    /// What a first pass gathers when the zones come after the events.
    struct Header {
        var definitions: [String: ICSComponent] = [:]
        /// The first X-WR-TIMEZONE of each top-level calendar, in file order.
        var floating: [Int: String] = [:]
    }

    static func header(_ input: ICSInput) throws(ICSError) -> Header {
        var header = Header()
        let pass = try ICSParser.pass(input) { (c, _, _) throws(ICSError) in
            if c.name == "VTIMEZONE", let id = c.first("TZID")?.value.trimmedWhitespace, !id.isEmpty { header.definitions[id] = c }
        }
        for (i, cal) in pass.top.filter({ $0.name == "VCALENDAR" }).enumerated() {
            header.floating[i] = cal.first("X-WR-TIMEZONE")?.value
        }
        return header
    }

    /// One pass: nil when the file must be read again with its `Header` gathered first.
    func walk(_ input: ICSInput, strict: Bool, header: Header?) throws(ICSError) -> Result? {
        // The events' problems, listed after those of the file's lines (as when the whole
        // file was parsed first); strict, the first one of an event stops the reading of events.
        let eventProblems = ICSDiagnostics(strict: strict)
        var skipped: [Skip: Int] = [:]
        var masters = OrderedEvents()
        var instances: [Instance] = []
        var people: [String: Person] = [:]
        var cancelled = Set<String>()
        var definitions = header?.definitions ?? [:]
        var readers: [Int: (reader: EventReader, floatingLine: Int?)] = [:]
        var late = false
        // Strict: the first problem of an event, thrown unless the file's lines have one.
        var eventError: ICSError?
        let pass = try ICSParser.pass(input) { (c, calendar, cal) throws(ICSError) in
            guard !late, eventError == nil else { return }
            switch c.name {
            case "VTIMEZONE":
                guard header == nil else { return }
                if !readers.isEmpty { late = true; return }
                if let id = c.first("TZID")?.value.trimmedWhitespace, !id.isEmpty { definitions[id] = c }
            case "VEVENT":
                let reader: EventReader
                if let r = readers[calendar] { reader = r.reader } else {
                    // Google's calendar-wide zone for floating times.
                    let written = header.map { $0.floating[calendar] } ?? cal.first("X-WR-TIMEZONE")?.value
                    let floating = written.flatMap { ICSTimeZones.known($0) } ?? context.defaultZone
                    reader = EventReader(context: context, diagnostics: eventProblems, definitions: definitions, floatingZone: floating)
                    readers[calendar] = (reader, cal.first("X-WR-TIMEZONE")?.line)
                }
                let read: EventReader.Read
                do throws(ICSError) {
                    read = try reader.read(c)
                } catch {
                    do throws(ICSError) {
                        try eventProblems.report(error.line, error.problem ?? .invalidRule(error.reason))
                    } catch { eventError = error; return }
                    skipped[.invalid, default: 0] += 1
                    return
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
                    // Two masters with one UID: keep the newer (SEQUENCE, then LAST-MODIFIED).
                    if let old = masters[event.uid], (old.sequence, old.lastModified) > (event.sequence, event.lastModified) { return }
                    masters[event.uid] = event
                    for (i, extra) in read.extraSeries.enumerated() {
                        let uid = "\(event.uid)-rrule\(i + 2)"
                        var e = extra
                        e.uid = uid
                        masters[uid] = e
                    }
                }
            default:
                skipped[.component(c.name), default: 0] += 1
            }
        }
        let calendars = Swift.Result { () throws(ICSError) in try pass.calendars() }
        if header == nil, !late {
            // An X-WR-TIMEZONE written after the first event of its calendar.
            let read: [ICSComponent] = (try? calendars.get()) ?? []
            for (i, cal) in read.enumerated() where readers[i].map({ $0.floatingLine != cal.first("X-WR-TIMEZONE")?.line }) == true {
                late = true
            }
        }
        if late { return nil }
        let diagnostics = ICSDiagnostics(strict: strict)
        try pass.report(into: diagnostics)
        _ = try calendars.get()
        if let eventError { throw eventError }
        for d in eventProblems.all { try diagnostics.report(d.line, d.problem) }
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
                masters[single.uid] = single
                continue
            }
            let rid = ICSImporter.recurrenceId(of: inst, in: master)
            if inst.thisAndFuture && master.isRecurring {
                let newUID = uid + "-" + ICSValues.utc(rid)
                if let tail = ICSImporter.split(&master, at: rid, with: inst, newUID: newUID) {
                    masters[newUID] = tail
                }
            } else {
                master.mergeOverride(ICSImporter.override(inst, recurrenceId: rid, of: master))
            }
            masters[uid] = master
        }
        return Result(events: masters.list, people: people.values.sorted { $0.id < $1.id }, skipped: skipped, diagnostics: diagnostics.all)
    }
}

/// Events by uid in the order their uids first appear: one array (what the store gets) and
/// an index, rather than a dictionary of events and a list of uids to copy them out by.
struct OrderedEvents {
    private(set) var list: [Event] = []
    private var index: [String: Int] = [:]

    /// Setting a new uid appends; setting a known one replaces it where it is.
    subscript(uid: String) -> Event? {
        get { index[uid].map { list[$0] } }
        set {
            guard let newValue else { return }
            if let i = index[uid] { list[i] = newValue } else { index[uid] = list.count; list.append(newValue) }
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

