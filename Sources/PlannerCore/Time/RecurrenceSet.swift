import Foundation

/// An event's recurrence set in its zone: DTSTART, the RRULE's occurrences, RDATEs added,
/// EXDATEs removed. Wall-clock times are pinned to the zone one by one, so 09:00 Paris stays
/// 09:00 across DST; a time in the spring gap moves forward by the gap (RFC 5545 §3.3.5).
public struct RecurrenceSet: Sendable {
    public let start: LocalDateTime
    public let zone: TimeZone
    public let dateOnly: Bool
    public let rule: RecurrenceRule?
    public let rdates: [Date]
    public let exdates: [Date]
    let expander: RecurrenceExpander?

    public init(start: LocalDateTime, zone: TimeZone, dateOnly: Bool, rule: RecurrenceRule?, rdates: [Date] = [], exdates: [Date] = []) {
        self.start = dateOnly ? LocalDateTime(date: start.date, hour: 0, minute: 0) : start
        self.zone = zone
        self.dateOnly = dateOnly
        self.rule = rule
        self.rdates = rdates
        self.exdates = exdates
        expander = rule.map { RecurrenceExpander(rule: $0, start: dateOnly ? LocalDateTime(date: start.date, hour: 0, minute: 0) : start) }
    }

    func pastUntil(_ t: LocalDateTime) -> Bool {
        switch rule?.until {
        case nil: return false
        case .date(let d)?: return t.date > d
        case .floating(let u)?: return t > u
        case .utc(let u)?: return t.instant(in: zone) > u
        }
    }

    /// Whether an instant is removed by EXDATE (for all-day sets, any EXDATE on that day).
    func excluded(_ instant: Date) -> Bool {
        if dateOnly {
            let day = LocalDate(instant, in: zone)
            return exdates.contains { LocalDate($0, in: zone) == day }
        }
        return exdates.contains(instant)
    }

    /// Start instants of occurrences whose start lies in `[from, to)`, sorted, deduplicated.
    public func starts(from: Date, to: Date, limit: Int = 100_000) -> [Date] {
        // Only the supported years are ever expanded: no window can overflow a computation.
        let from = max(from, SupportedDates.earliest), to = min(to, SupportedDates.latest)
        guard from < to else { return [] }
        var result: [Date] = []
        if let expander {
            // A day of margin either side: wall-clock bounds are compared before the zone applies.
            let lower = LocalDateTime(from.addingTimeInterval(-86400 * 2), in: zone)
            let upper = LocalDateTime(to.addingTimeInterval(86400 * 2), in: zone)
            let wall: [LocalDateTime]
            if rule?.count != nil {
                wall = RecurrenceCache.shared.all(expander: expander, key: cacheKey, pastUntil: pastUntil).filter { $0 >= lower && $0 < upper }
            } else {
                wall = expander.expand(lower: lower, upper: upper, limit: min(limit, 1_000_000) + 64, pastUntil: pastUntil)
            }
            for t in wall {
                let i = t.instant(in: zone)
                if i >= from && i < to { result.append(i) }
            }
        } else {
            let i = start.instant(in: zone)
            if i >= from && i < to { result.append(i) }
        }
        for r in rdates where r >= from && r < to { result.append(r) }
        let unique = Array(Set(result)).filter { !excluded($0) }.sorted()
        return Array(unique.prefix(limit))
    }

    /// Start of the last occurrence, or nil when the set never ends.
    public func lastStart() -> Date? {
        var last: Date? = rdates.max()
        if let expander, let rule {
            if rule.count != nil {
                if let t = RecurrenceCache.shared.all(expander: expander, key: cacheKey, pastUntil: pastUntil).last {
                    let i = t.instant(in: zone)
                    last = max(last ?? i, i)
                }
            } else if let until = rule.until {
                let end: Date
                switch until {
                case .date(let d): end = d.adding(days: 1).startInstant(in: zone)
                case .floating(let t): end = t.instant(in: zone).addingTimeInterval(1)
                case .utc(let u): end = u.addingTimeInterval(1)
                }
                // Look back from UNTIL over growing spans until an occurrence appears.
                let s = start.instant(in: zone)
                var span: TimeInterval = 86400 * 400
                while true {
                    let from = max(s, end.addingTimeInterval(-span))
                    if let t = starts(from: from, to: end, limit: 1_000_000).last(where: { !rdates.contains($0) }) {
                        last = max(last ?? t, t)
                        break
                    }
                    if from <= s { break }
                    span *= 8
                }
                if last == nil { last = s }
            } else {
                return nil
            }
        } else {
            let s = start.instant(in: zone)
            last = max(last ?? s, s)
        }
        return last
    }

    /// Whether `instant` is the start of one of the set's occurrences.
    public func contains(_ instant: Date) -> Bool {
        !starts(from: instant, to: instant.addingTimeInterval(1), limit: 1).isEmpty
    }

    var cacheKey: String {
        "\(rule?.rfc5545 ?? "")|\(start)|\(zone.identifier)|\(dateOnly)"
    }
}

/// Full expansions of COUNT-limited rules, which must be counted from DTSTART: computed once
/// per rule and start, then shared. Bounded in size.
final class RecurrenceCache: @unchecked Sendable {
    static let shared = RecurrenceCache()
    private var entries: [String: [LocalDateTime]] = [:]
    private let lock = NSLock()

    func all(expander: RecurrenceExpander, key: String, pastUntil: (LocalDateTime) -> Bool) -> [LocalDateTime] {
        lock.lock()
        if let hit = entries[key] { lock.unlock(); return hit }
        lock.unlock()
        let list = expander.expand(lower: nil, upper: nil, limit: min(expander.rule.count ?? 100_000, 100_000), pastUntil: pastUntil)
        lock.lock()
        if entries.count > 2000 { entries.removeAll() }
        entries[key] = list
        lock.unlock()
        return list
    }
}
