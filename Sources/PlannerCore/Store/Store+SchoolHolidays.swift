import Foundation
import GRDB

/// School holidays in the store: the built-in zone C years (installed by a migration) and
/// periods imported from the ministry's iCalendar feed; read by day for the views, the
/// printed week, `check` and the scheduler.
extension Store {
    /// Periods overlapping `[from, to]` (inclusive days), by first day.
    public func schoolHolidays(from: LocalDate, to: LocalDate) throws -> [SchoolHoliday] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT first, resume, name, zone FROM school_holiday
                WHERE first <= ? AND resume > ? ORDER BY first
                """, arguments: [to.description, from.description]).compactMap {
                guard let f = LocalDate(iso: $0["first"]), let r = LocalDate(iso: $0["resume"]) else { return nil }
                return SchoolHoliday(first: f, resume: r, name: $0["name"], zone: $0["zone"])
            }
        }
    }

    /// The school-holiday name of each day of `[from, to]` that has one.
    public func schoolHolidayNames(from: LocalDate, to: LocalDate) throws -> [LocalDate: String] {
        var out: [LocalDate: String] = [:]
        for h in try schoolHolidays(from: from, to: to) {
            var d = max(h.first, from)
            while d <= min(h.lastDay, to) {
                out[d] = h.name
                d = d.adding(days: 1)
            }
        }
        return out
    }

    /// Replaces the periods of the same zone starting on the same days, adds the others; one
    /// transaction. Returns how many were new.
    @discardableResult
    public func importSchoolHolidays(_ periods: [SchoolHoliday]) throws -> Int {
        try write { db in
            var added = 0
            for p in periods {
                let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM school_holiday WHERE zone = ? AND first = ?)",
                                               arguments: [p.zone, p.first.description]) ?? false
                if !exists { added += 1 }
                try SchoolHolidays.insert(db, p)
            }
            try Store.bumpRevision(db)
            return added
        }
    }
}

extension SchoolHolidays {
    static func insert(_ db: Database, _ p: SchoolHoliday) throws {
        try db.execute(sql: """
            INSERT INTO school_holiday(zone, first, resume, name) VALUES (?, ?, ?, ?)
            ON CONFLICT(zone, first) DO UPDATE SET resume = excluded.resume, name = excluded.name
            """, arguments: [p.zone, p.first.description, p.resume.description, p.name])
    }

    /// Installs the built-in periods of these school years (a migration's work).
    static func install(_ db: Database, years: [String]) throws {
        for y in years { for p in periods(of: y) { try insert(db, p) } }
    }
}
