import Foundation
import GRDB

/// Events: reading windows of occurrences, saving and deleting in transactions that also
/// feed the undo journal.
extension Store {
    /// Occurrences with any part in `[from, to)`, sorted by start then title.
    /// Single events starting in a range (widened by the longest duration): an index range
    /// scan on `startUtc`, never a scan of every event.
    static let singleEventsInRange = """
        SELECT * FROM event INDEXED BY event_single_start
        WHERE recurring = 0 AND placed = 1 AND startUtc >= ? AND startUtc < ?
          AND (endUtc > ? OR (endUtc = startUtc AND startUtc >= ?))
        """

    public func occurrences(from: Date, to: Date, filter: AgendaFilter = AgendaFilter()) throws -> [Occurrence] {
        // A window past the horizon of the occurrence index first pushes it further (one
        // write, once); a read-only or busy database expands those series on read instead.
        let beyond = try ensureHorizon(to: to.timeIntervalSince1970)
        let all: [Occurrence] = try read { db in
            var cache = WindowCache()
            return try Store.windowOccurrences(db, from: from.timeIntervalSince1970, to: to.timeIntervalSince1970,
                                               beyondHorizon: beyond, cache: &cache)
        }
        return Occurrence.sortedForAgenda(all.filter(filter.accepts))
    }

    /// Turns rows into events with their cities and people (two indexed queries per batch).
    static func hydrate(_ db: Database, _ records: [EventRecord]) throws -> [Event] {
        guard !records.isEmpty else { return [] }
        var cities: [String: [String]] = [:]
        var people: [String: [String]] = [:]
        let uids = records.map(\.uid)
        var start = 0
        while start < uids.count {
            // Batches of a few fixed sizes, padded with an impossible uid, so that the two
            // statements are prepared once per size and connection, not once per call.
            let size = hydrateBatchSizes.first { $0 >= uids.count - start } ?? hydrateBatchSizes.last!
            let batch = Array(uids[start..<min(start + size, uids.count)])
            let args = StatementArguments(batch + Array(repeating: "", count: size - batch.count))
            let marks = databaseQuestionMarks(count: size)
            let cityRows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT eventUid, cityId FROM event_city WHERE eventUid IN (\(marks)) ORDER BY eventUid, position"),
                                               arguments: args)
            while let row = try cityRows.next() { cities[row[0], default: []].append(row[1]) }
            let personRows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT eventUid, personId FROM event_person WHERE eventUid IN (\(marks)) ORDER BY eventUid, position"),
                                                 arguments: args)
            while let row = try personRows.next() { people[row[0], default: []].append(row[1]) }
            start += batch.count
        }
        return try records.map { try $0.event(cities: cities[$0.uid] ?? [], people: people[$0.uid] ?? []) }
    }

    static let hydrateBatchSizes = [1, 16, 128, 500]

    public func event(uid: String) throws -> Event? {
        try read { db in try Store.event(db, uid: uid) }
    }

    static func event(_ db: Database, uid: String) throws -> Event? {
        // A prepared statement reused by the connection: an import looks up every uid.
        guard let r = try EventRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM event WHERE uid = ?"), arguments: [uid]) else { return nil }
        return try hydrate(db, [r]).first
    }

    /// Finds an event by full uid or by a unique uid prefix (as printed by `add`).
    public func event(uidOrPrefix text: String) throws -> Event {
        try read { db in
            if let e = try Store.event(db, uid: text) { return e }
            let uids = try String.fetchAll(db, sql: "SELECT uid FROM event WHERE uid LIKE ? ESCAPE '\\' LIMIT 2",
                                           arguments: [text.replacingOccurrences(of: "\\", with: "\\\\")
                                                .replacingOccurrences(of: "%", with: "\\%")
                                                .replacingOccurrences(of: "_", with: "\\_") + "%"])
            guard uids.count == 1, let e = try Store.event(db, uid: uids[0]) else {
                throw PlannerError.notFound(uids.isEmpty ? Catalogue.noEvent(uid: text) : Catalogue.ambiguousUid(text))
            }
            return e
        }
    }

    public func allEvents() throws -> [Event] {
        try read { db in try Store.hydrate(db, try EventRecord.fetchAll(db, sql: "SELECT * FROM event ORDER BY startUtc, uid")) }
    }

    public func eventCount() throws -> Int {
        try read { db in try EventRecord.fetchCount(db) }
    }

    /// Inserts or replaces events in one transaction, recording an undo step labelled
    /// `label`. Unknown cities, people, offices or series are rejected and nothing is written.
    public func save(_ events: [Event], label: UndoLabel = .save) throws {
        try write { db in
            try Store.journal(db, label: label, uids: events.map(\.uid))
            for e in events { try Store.upsert(db, e) }
        }
    }

    public func save(_ event: Event, label: UndoLabel = .save) throws {
        try save([event], label: label)
    }

    /// Deletes events in one transaction (recorded for undo). Throws when one is unknown.
    public func delete(uids: [String], label: UndoLabel = .delete) throws {
        try write { db in
            for uid in uids where try EventRecord.fetchOne(db, key: uid) == nil {
                throw PlannerError.notFound(Catalogue.noEvent(uid: uid))
            }
            try Store.journal(db, label: label, uids: uids)
            for uid in uids { _ = try EventRecord.deleteOne(db, key: uid) }
        }
    }

    /// What every stored event satisfies. An empty title (an imported event without
    /// SUMMARY) and no city (a location naming no known city) are allowed: screens show a
    /// placeholder and the location text; `add` and the form require both.
    static func validate(_ db: Database, _ e: Event, known: KnownIds? = nil) throws {
        try validateAlone(e)
        try validateIds(db, e, known: known)
    }

    /// The checks that need no database: end after start, supported years, a known zone.
    static func validateAlone(_ e: Event) throws {
        if e.end < e.start {
            throw PlannerError.invalidValue(Catalogue.invalidEvent(e.title, .endBeforeStart))
        }
        let instants = [e.start, e.end] + e.exdates + e.rdates + e.overrides.flatMap { [$0.recurrenceId, $0.start, $0.end] }
        if !instants.allSatisfy(SupportedDates.contains) {
            throw PlannerError.invalidValue(Catalogue.eventOutsideSupportedYears(e.title))
        }
        if ZoneCache.zone(e.timeZone) == nil {
            throw PlannerError.invalidValue(Catalogue.invalidEvent(e.title, .unknownZone(e.timeZone)))
        }
    }

    /// Cities, people and series the event names are stored (checked from `known` when given).
    static func validateIds(_ db: Database, _ e: Event, known: KnownIds?) throws {
        for c in e.cities where try !(known?.cities.contains(c) ?? Bool(db: db, "SELECT EXISTS(SELECT 1 FROM city WHERE id = ?)", c)) {
            throw PlannerError.invalidValue(Catalogue.invalidEvent(e.title, .unknownCity(c)))
        }
        for p in e.people where try !(known?.people.contains(p) ?? Bool(db: db, "SELECT EXISTS(SELECT 1 FROM person WHERE id = ?)", p)) {
            throw PlannerError.invalidValue(Catalogue.invalidEvent(e.title, .unknownPerson(p)))
        }
        if let s = e.series, try !(known?.series.contains(s) ?? Bool(db: db, "SELECT EXISTS(SELECT 1 FROM series WHERE id = ?)", s)) {
            throw PlannerError.invalidValue(Catalogue.invalidEvent(e.title, .unknownSeries(s)))
        }
    }

    /// Ids known to exist during one transaction (an import checks them from memory).
    struct KnownIds {
        var cities: Set<String>
        var people: Set<String>
        var series: Set<String>
    }

    /// Saves one event. `existed`, when the caller already knows whether the uid is stored,
    /// and `known` spare the lookups an import would repeat for every event.
    static func upsert(_ db: Database, _ event: Event, existed knownToExist: Bool? = nil, known: KnownIds? = nil) throws {
        try write(db, try prepare(event, horizon: try horizon(db)), existed: knownToExist, known: known)
    }
}

extension Bool {
    fileprivate init(db: Database, _ sql: String, _ arg: String) throws {
        self = try Bool.fetchOne(db.cachedStatement(sql: sql), arguments: [arg]) ?? false
    }
}

extension Occurrence {
    /// Agenda order: by start, then title, then uid (so equal titles are stable).
    public static func agendaOrder(_ a: Occurrence, _ b: Occurrence) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.title != b.title { return a.title.frenchSortKey < b.title.frenchSortKey }
        return a.uid < b.uid
    }

    /// `list` in agenda order, each title's sort key computed once (not once per comparison).
    /// Sorts positions, not occurrences, on precomputed ranks: the distinct titles are
    /// ordered once by their sort keys (occurrences sharing an event share its title, found
    /// without hashing it), so a comparison is two numbers, and the uid only on a tie.
    /// Stable, like `sorted`; the same order as `agendaOrder`.
    public static func sortedForAgenda(_ list: [Occurrence]) -> [Occurrence] {
        guard list.count > 1 else { return list }
        // The distinct titles (equal Strings, i.e. canonically equivalent ones, are one).
        var slotOfTitle: [String: Int] = [:]
        var slotOfEvent: [ObjectIdentifier: Int] = [:]
        var titles: [String] = []
        var slots = [Int](repeating: 0, count: list.count)
        for (i, o) in list.enumerated() {
            if let s = slotOfEvent[o.eventIdentity] { slots[i] = s; continue }
            let t = o.event.title
            let s: Int
            if let known = slotOfTitle[t] {
                s = known
            } else {
                s = titles.count
                slotOfTitle[t] = s
                titles.append(t)
            }
            slotOfEvent[o.eventIdentity] = s
            slots[i] = s
        }
        // Distinct titles have distinct keys (a key ends with its title), so ranks are a total order.
        let keys = titles.map(SortKeyCache.key)
        var rank = [Int](repeating: 0, count: titles.count)
        for (r, s) in titles.indices.sorted(by: { keys[$0] < keys[$1] }).enumerated() { rank[s] = r }
        let starts = list.map { $0.start.timeIntervalSince1970 }
        let ranks = slots.map { rank[$0] }
        var order = Array(list.indices)
        order.sort { i, j in
            if starts[i] != starts[j] { return starts[i] < starts[j] }
            if ranks[i] != ranks[j] { return ranks[i] < ranks[j] }
            return list[i].event.uid < list[j].event.uid
        }
        return order.map { list[$0] }
    }
}

extension Store {
    /// Saves an event after resolving, in the same transaction, the people and series the user
    /// typed: known ids or names (accent-insensitive) are used, new names are added (a person's
    /// home city is the event's first city; a series gets the event's kind). Either everything
    /// is written or nothing. Returns the event as saved.
    @discardableResult
    public func save(_ event: Event, people: [String]?, series: String?, label: UndoLabel) throws -> Event {
        try write { db in
            var e = event
            if let people {
                e.people = try Store.personIds(db, people, home: e.cities.first ?? "TLS")
            }
            if let series {
                e.series = try Store.seriesId(db, series, kind: e.kind)
            }
            try Store.validate(db, e)
            try Store.journal(db, label: label, uids: [e.uid])
            try Store.upsert(db, e)
            return e
        }
    }

    static func seriesId(_ db: Database, _ text: String, kind: EventKind) throws -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return nil }
        let key = t.foldedForSearch
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM series") {
            if (row["id"] as String).foldedForSearch == key || (row["name"] as String).foldedForSearch == key { return row["id"] }
        }
        let id = SampleSeason.slug(t)
        guard !id.isEmpty else { throw PlannerError.invalidValue(Catalogue.invalidSeries(text)) }
        try db.execute(sql: "INSERT INTO series(id, name, kind, spreadWeeks) VALUES (?, ?, ?, 1)", arguments: [id, t, kind.rawValue])
        return id
    }
}

extension Store {
    /// The first start and last end of placed events (nil when there are none); recurring
    /// events without an end count up to their start.
    public func placedBounds() throws -> (Date, Date)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT MIN(startUtc) AS a, MAX(COALESCE(lastEndUtc, endUtc)) AS b FROM event WHERE placed = 1"),
                  let a: Double = row["a"], let b: Double = row["b"] else { return nil }
            return (Date(timeIntervalSince1970: a), Date(timeIntervalSince1970: b))
        }
    }

    /// Conflicts among placed events between two days (end exclusive), found window by
    /// window (`windowDays` at a time) so that years of history are never all in memory.
    /// Each window reads its occurrences from a day earlier (an event running into it, the
    /// drive from the day before; never before `from`) and keeps the conflicts dated inside
    /// it: the same list as one pass over the whole range.
    public func conflicts(from: LocalDate, to: LocalDate, zone: TimeZone, windowDays: Int = 31) throws -> [Conflict] {
        let finder = ConflictFinder(travel: RoadTravel(distances: try distances()), holidays: try holidayNames(from: from, to: to), zone: zone)
        let found = Locked([Conflict]())
        try forEachWindowPipelined(from: from, to: to, zone: zone, windowDays: windowDays) { start, end, occ in
            let inside = finder.conflicts(inSorted: occ).filter { $0.day >= start && $0.day < end }
            found.withLock { $0 += inside }
        }
        return found.withLock { $0 }
    }
}
