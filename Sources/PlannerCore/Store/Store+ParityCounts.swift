import Foundation
import GRDB

/// The parity report's reading: one range scan of single events and one of the occurrence
/// index over the year, each row giving only what the report counts (start, all-day zone,
/// whether the event is in Toulouse, Montpellier or no city, office) through indexed
/// EXISTS lookups — for recurring events once per event, not once per occurrence —
/// instead of decoding every event of the year. Occurrences that an
/// override may change (other cities, all-day), series expanded on read and series past
/// the index's horizon go through the full occurrence, as the agenda shows them.
extension Store {
    public func parityReport(year: Int, grouping: ParityReport.Grouping, zone: TimeZone, today: LocalDate?) throws -> ParityReport {
        let from = LocalDate(year: year, month: 1, day: 1).startInstant(in: zone).timeIntervalSince1970
        let to = LocalDate(year: year + 1, month: 1, day: 1).startInstant(in: zone).timeIntervalSince1970
        let beyond = try ensureHorizon(to: to)
        let counted = try read { db in try Store.parityCounted(db, from: from, to: to, beyondHorizon: beyond) }
        return ParityReport(year: year, grouping: grouping, counted: counted, zone: zone, threshold: try parityThreshold(), today: today)
    }

    static let cityFlags = """
        EXISTS(SELECT 1 FROM event_city c WHERE c.eventUid = e.uid AND c.cityId = 'TLS'),
        EXISTS(SELECT 1 FROM event_city c WHERE c.eventUid = e.uid AND c.cityId = 'MPL'),
        NOT EXISTS(SELECT 1 FROM event_city c WHERE c.eventUid = e.uid)
        """

    /// What the report counts of every occurrence with any part in `[from, to)` (the same
    /// occurrences as `occurrences(from:to:)`).
    static func parityCounted(_ db: Database, from f: Double, to t: Double, beyondHorizon: Bool) throws -> [ParityReport.Counted] {
        func counted(_ r: Row, start: Double) -> ParityReport.Counted? {
            guard let office = Office(rawValue: r[3]) else { return nil }
            let allDay: Bool = r[1]
            return ParityReport.Counted(start: Date(timeIntervalSince1970: start),
                                        allDayZone: allDay ? (ZoneCache.zone(r[2]) ?? ZoneCache.zone("Europe/Paris")!) : nil,
                                        toulouse: r[4], montpellier: r[5], noCity: r[6], office: office)
        }
        var out: [ParityReport.Counted] = []
        let longest = try Double.fetchOne(db.cachedStatement(sql: "SELECT MAX(durationSeconds) FROM event")) ?? 0
        let singles = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT e.startUtc, e.allDay, e.timeZone, e.office, \(cityFlags)
            FROM event e INDEXED BY event_single_start
            WHERE e.recurring = 0 AND e.placed = 1 AND e.startUtc >= ? AND e.startUtc < ?
              AND (e.endUtc > ? OR (e.endUtc = e.startUtc AND e.startUtc >= ?))
            """), arguments: [f - longest, t, f, f])
        while let r = try singles.next() { if let c = counted(r, start: r[0]) { out.append(c) } }

        // Recurring events: what the report counts of each is read once per event (a year
        // holds ~9 occurrences of each), then the index rows of the year, in start order.
        var facts: [String: (counted: ParityReport.Counted, overridden: Bool)] = [:]
        let events = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT e.startUtc, e.allDay, e.timeZone, e.office, \(cityFlags), e.overrides != '[]', e.uid
            FROM event e INDEXED BY event_recurring_start WHERE e.recurring = 1 AND e.placed = 1
            """))
        while let r = try events.next() {
            if let c = counted(r, start: r[0]) { facts[r[8]] = (c, r[7]) }
        }
        let longestOccurrence = max(longest, try setting(db, longestKey) ?? 0)
        var cache = WindowCache()
        let rows = try Row.fetchCursor(db.cachedStatement(sql: occurrencesInRange), arguments: [f - longestOccurrence, t, f, f])
        var overridden: [(uid: String, start: Double, end: Double, rid: Double)] = []
        while let r = try rows.next() {
            guard let fact = facts[r[0]] else { continue }
            if fact.overridden {
                overridden.append((r[0], r[1], r[2], r[3]))
            } else {
                var c = fact.counted
                c.start = Date(timeIntervalSince1970: r[1])
                out.append(c)
            }
        }
        // Series with overrides: the occurrence as the agenda shows it (its override's cities).
        for o in overridden {
            if cache.events[o.uid] == nil, let e = try event(db, uid: o.uid) { cache.events[o.uid] = EventBox(e) }
            guard let e = cache.events[o.uid] else { continue }
            out.append(ParityReport.Counted(e.occurrence(start: Date(timeIntervalSince1970: o.start), end: Date(timeIntervalSince1970: o.end),
                                                         recurrenceId: Date(timeIntervalSince1970: o.rid))))
        }
        out += try expandedOnRead(db, from: f, to: t, beyondHorizon: beyondHorizon, cache: &cache).map(ParityReport.Counted.init)
        return out
    }
}
