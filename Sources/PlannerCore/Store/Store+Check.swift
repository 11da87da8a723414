import Foundation
import GRDB

/// What `check` computes, in one walk over the range a month at a time (conflicts and the
/// school-holiday warnings of big events from the same windows), and the range it covers by
/// default: from the first placed event to the last end of single events, recurring events
/// up to two years from today (a series that never ends would otherwise have no last day,
/// and one ending in 2099 would make `check` expand 70 years).
extension Store {
    public struct CheckResult: Sendable {
        public var conflicts: [Conflict]
        public var warnings: [SchoolHolidayWarning]
    }

    /// The default range of `check` (end exclusive), and whether recurring events go on past
    /// it (the two-year cap cut them). Nil when no event is placed.
    public struct CheckRange: Sendable, Equatable {
        public var from: LocalDate
        public var to: LocalDate
        public var recurringCut: Bool
    }

    /// Recurring events are checked up to this many days from today by default.
    public static let checkRecurringDays = 730

    public func defaultCheckRange(today: LocalDate, zone: TimeZone) throws -> CheckRange? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT MIN(startUtc),
                       MAX(CASE WHEN recurring = 0 THEN endUtc END),
                       MAX(CASE WHEN recurring = 1 THEN startUtc END),
                       MAX(CASE WHEN recurring = 1 THEN COALESCE(lastEndUtc, 1e300) END)
                FROM event WHERE placed = 1
                """), let first: Double = row[0] else { return nil }
            let day = { (t: Double) in LocalDate(Date(timeIntervalSince1970: t), in: zone) }
            let cap = today.adding(days: Store.checkRecurringDays)
            var to = day(first).adding(days: 1)
            if let singleEnd: Double = row[1] { to = max(to, day(singleEnd).adding(days: 1)) }
            var cut = false
            if let lastStart: Double = row[2], let lastEnd: Double = row[3] {
                let recurringEnd = lastEnd >= 1e299 ? nil : day(lastEnd).adding(days: 1)
                // Recurring events count up to their end, or the cap when they go further
                // (but always up to the first start of each, as before).
                let end = min(recurringEnd ?? cap, cap)
                to = max(to, end, day(lastStart).adding(days: 1))
                cut = recurringEnd.map { $0 > to } ?? true
            }
            return CheckRange(from: day(first), to: to, recurringCut: cut)
        }
    }

    /// Conflicts and school-holiday warnings between two days (end exclusive), the same lists
    /// as `conflicts(from:to:zone:)` and `schoolHolidayWarnings(from:to:zone:)`, in one walk.
    public func check(from: LocalDate, to: LocalDate, zone: TimeZone, windowDays: Int = 31) throws -> CheckResult {
        let finder = ConflictFinder(travel: RoadTravel(distances: try distances()), holidays: try holidayNames(from: from, to: to), zone: zone)
        let school = try schoolHolidayNames(from: from, to: to)
        let found = Locked((conflicts: [Conflict](), warnings: WarningCollector(schoolHolidays: school, zone: zone)))
        let rangeStart = from.startInstant(in: zone)
        try forEachWindowPipelined(from: from, to: to, zone: zone, windowDays: windowDays) { start, end, occ in
            let inside = finder.conflicts(inSorted: occ).filter { $0.day >= start && $0.day < end }
            found.withLock { found in
                found.conflicts += inside
                found.warnings.add(occ, rangeStart: rangeStart)
            }
        }
        return found.withLock { CheckResult(conflicts: $0.conflicts, warnings: $0.warnings.sorted) }
    }

    /// Big events during school holidays in `[from, to)`, read a month at a time.
    public func schoolHolidayWarnings(from: LocalDate, to: LocalDate, zone: TimeZone) throws -> [SchoolHolidayWarning] {
        var warnings = WarningCollector(schoolHolidays: try schoolHolidayNames(from: from, to: to), zone: zone)
        try forEachWindow(from: from, to: to, zone: zone, windowDays: 31) { _, _, occ in
            warnings.add(occ, rangeStart: from.startInstant(in: zone))
        }
        return warnings.sorted
    }
}

/// School-holiday warnings gathered window by window: an occurrence read by two windows
/// (it runs across their border) is counted once, as in one pass over the whole range.
struct WarningCollector {
    let schoolHolidays: [LocalDate: String]
    let zone: TimeZone
    /// An occurrence already looked at (windows overlap at their edges).
    private struct Seen: Hashable { let uid: String; let start: Date }
    private var seen = Set<Seen>()
    private var found: [SchoolHolidayWarning] = []

    init(schoolHolidays: [LocalDate: String], zone: TimeZone) {
        self.schoolHolidays = schoolHolidays
        self.zone = zone
    }

    mutating func add(_ occurrences: [Occurrence], rangeStart: Date) {
        let big = occurrences.filter { $0.event.big && (seen.insert(Seen(uid: $0.uid, start: $0.start)).inserted) }
        guard !big.isEmpty else { return }
        found += SchoolHolidayWarning.find(in: big, schoolHolidays: schoolHolidays, zone: zone)
    }

    var sorted: [SchoolHolidayWarning] { found.sorted { ($0.day, $0.title) < ($1.day, $1.title) } }
}
