import Foundation
import GRDB

/// What an import did.
public struct ImportCounts: Equatable, Sendable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var total: Int { added + updated + unchanged }
}

extension Store {
    /// Saves imported events in one transaction: all of them or none. An event whose UID is
    /// known replaces the stored one only when it is newer (SEQUENCE, then LAST-MODIFIED).
    /// People and series named by id but unknown here are added (a person's home city is the
    /// event's first city). `dryRun` checks everything and rolls back.
    public func importEvents(_ events: [Event], people: [Person] = [], dryRun: Bool = false, progress: ((Int, Int) -> Void)? = nil) throws -> ImportCounts {
        var counts = ImportCounts()
        try refuseWriteIfReadOnly()
        do {
            try writer.write { db in
                // SQLite's default page cache (2 MiB) spills a big transaction to the WAL and
                // reads the pages back: 3 of the 12 s of a 100,000-event import were the
                // kernel's. 32 MiB holds the pages an import keeps touching (indexes).
                try db.execute(sql: "PRAGMA cache_size = -\(Store.importCacheKiB)")
                try Store.journal(db, label: .`import`, uids: events.map(\.uid))
                for p in people {
                    let home = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM city WHERE id = ?)", arguments: [p.home]) == true ? p.home : "TLS"
                    try db.execute(sql: "INSERT OR IGNORE INTO person(id, name, home) VALUES (?, ?, ?)", arguments: [p.id, p.name, home])
                }
                // Cities, people and series checked from memory, not by a query per event.
                var known = KnownIds(cities: Set(try String.fetchAll(db, sql: "SELECT id FROM city")),
                                     people: Set(try String.fetchAll(db, sql: "SELECT id FROM person")),
                                     series: Set(try String.fetchAll(db, sql: "SELECT id FROM series")))
                for e in events {
                    for c in e.cities where !known.cities.contains(c) {
                        throw PlannerError.invalidValue(Catalogue.unknownCityOfEvent(uid: e.uid, city: c))
                    }
                }
                let stored = try db.cachedStatement(sql: "SELECT sequence, lastModified FROM event WHERE uid = ?")
                let order = Store.storageOrder(events)
                // Events are prepared (Store.prepare) on a second thread while these are written.
                let preparing = PreparingQueue(events, order: order, horizon: try Store.horizon(db))
                defer { preparing.cancel() }
                for (i, index) in order.enumerated() {
                    let e = events[index]
                    preparing.passed(i)
                    for p in e.people where !known.people.contains(p) {
                        try db.cachedStatement(sql: "INSERT OR IGNORE INTO person(id, name, home) VALUES (?, ?, ?)")
                            .execute(arguments: [p, p, e.cities.first ?? "TLS"])
                        known.people.insert(p)
                    }
                    if let s = e.series, !known.series.contains(s) {
                        try db.cachedStatement(sql: "INSERT OR IGNORE INTO series(id, name, kind, spreadWeeks) VALUES (?, ?, ?, 1)")
                            .execute(arguments: [s, s, e.kind.rawValue])
                        known.series.insert(s)
                    }
                    if let old = try Row.fetchOne(stored, arguments: [e.uid]) {
                        let oldKey = (old["sequence"] as Int, Int(floor(old["lastModified"] as Double)))
                        let newKey = (e.sequence, Int(floor(e.lastModified.timeIntervalSince1970)))
                        if newKey > oldKey {
                            try Store.write(db, try preparing.prepared(i), existed: true, known: known)
                            counts.updated += 1
                        } else {
                            counts.unchanged += 1
                        }
                    } else {
                        try Store.write(db, try preparing.prepared(i), existed: false, known: known)
                        counts.added += 1
                    }
                    if i % 500 == 0 { progress?(i, events.count) }
                }
                progress?(events.count, events.count)
                if dryRun { throw DryRun() }
            }
        } catch is DryRun {
            return counts
        } catch let e as DatabaseError {
            throw Store.describe(e, path: path ?? ":memory:")
        }
        return counts
    }
}

private struct DryRun: Error {}

extension Store {
    /// The writer's page cache during an import, in KiB.
    static let importCacheKiB = 32 * 1024

    /// The order an import stores events in: by start (a stable sort), so that the rows of
    /// a week are neighbours in the event table (rows are laid out in insertion order) and
    /// reading a window touches a few pages instead of one per event; at 100,000 events a
    /// week's 2,300 occurrences came from 2,000 scattered pages. File order when a uid
    /// repeats (which copy wins must not change).
    /// Positions in `events`, not a sorted copy (100,000 events are 40 MiB).
    static func storageOrder(_ events: [Event]) -> [Int] {
        var uids = Set<String>()
        uids.reserveCapacity(events.count)
        for e in events where !uids.insert(e.uid).inserted { return Array(events.indices) }
        return events.indices.sorted { (events[$0].start, $0) < (events[$1].start, $1) }
    }
}
