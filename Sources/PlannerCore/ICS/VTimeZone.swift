import Foundation

/// A VTIMEZONE read from a file (RFC 5545 §3.6.5): its STANDARD and DAYLIGHT observances,
/// each a DTSTART with TZOFFSETFROM/TZOFFSETTO repeated by RRULE and RDATE, turned into the
/// list of transitions between 1900 and 2200. Used for TZIDs that name no known zone (an
/// Outlook zone named in Cyrillic, a custom zone): local times are converted exactly, and
/// the IANA zone with the same offsets is found for storage and expansion.
public struct VTimeZone: Sendable {
    public let tzid: String
    /// Transitions as (UTC instant, offset from then on), sorted.
    public let transitions: [(at: Int, offset: Int)]
    /// The offset before the first transition.
    public let initialOffset: Int

    /// nil when the component has no usable observance.
    public init?(_ c: ICSComponent) {
        guard let id = c.first("TZID")?.value.trimmedWhitespace, !id.isEmpty else { return nil }
        tzid = id
        var list: [(Int, Int)] = []
        var firstFrom: (Int, Int)?   // (instant, offsetFrom) of the earliest observance start
        let upper = LocalDateTime(date: LocalDate(year: SupportedDates.years.upperBound + 1, month: 1, day: 1), hour: 0, minute: 0)
        for o in c.children where o.name == "STANDARD" || o.name == "DAYLIGHT" {
            guard let from = o.first("TZOFFSETFROM").flatMap({ ICSTimeZones.offset($0.value) }),
                  let to = o.first("TZOFFSETTO").flatMap({ ICSTimeZones.offset($0.value) }),
                  let startText = o.first("DTSTART")?.value, let (start, _) = ICSValues.dateTime(startText),
                  (1000...SupportedDates.years.upperBound).contains(start.date.year) else { continue }
            // Observance times are local, in the offset in force before the change.
            var locals: [LocalDateTime] = [start]
            // Zone rules change once or twice a year: only YEARLY and MONTHLY rules are read,
            // so that a hostile definition cannot ask for billions of periods.
            if let r = o.first("RRULE")?.value, let rule = try? RecurrenceRule(parsing: r), rule.frequency >= .monthly {
                let expander = RecurrenceExpander(rule: rule, start: start)
                // From 1900 on (a rule stated from 1601 is jumped forward), to 2200.
                let lower = rule.count == nil ? max(start, LocalDateTime(date: LocalDate(year: SupportedDates.years.lowerBound, month: 1, day: 1), hour: 0, minute: 0)) : nil
                locals = (lower.map { $0 > start ? [start] : [] } ?? []) + expander.expand(lower: lower, upper: upper, limit: 1000) { t in
                    switch rule.until {
                    case nil: return false
                    case .date(let d)?: return t.date > d
                    case .floating(let u)?: return t > u
                    case .utc(let u)?: return t.secondsSinceEpoch - from > Int(u.timeIntervalSince1970)
                    }
                }
            }
            for rd in o.all("RDATE") {
                for v in rd.value.split(separator: ",") {
                    if let (t, utc) = ICSValues.dateTime(String(v).trimmedWhitespace) {
                        locals.append(utc ? LocalDateTime(secondsSinceEpoch: t.secondsSinceEpoch + from) : t)
                    }
                }
            }
            for t in locals {
                let at = t.secondsSinceEpoch - from
                list.append((at, to))
                if firstFrom == nil || at < firstFrom!.0 { firstFrom = (at, from) }
            }
        }
        guard let firstFrom else { return nil }
        transitions = list.sorted { $0.0 < $1.0 }.map { (at: $0.0, offset: $0.1) }
        initialOffset = firstFrom.1
    }

    /// The offset from UTC in force at a UTC instant (seconds since 1970).
    public func offset(atUTC t: Int) -> Int {
        var lo = 0, hi = transitions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if transitions[mid].at <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? initialOffset : transitions[lo - 1].offset
    }

    /// The wall-clock reading of an instant in this zone.
    public func local(_ instant: Date) -> LocalDateTime {
        let t = Int(instant.timeIntervalSince1970)
        return LocalDateTime(secondsSinceEpoch: t + offset(atUTC: t))
    }

    /// The instant of a wall-clock reading: the earlier one in a fold; in a gap, the reading
    /// moved forward by the gap's length (RFC 5545 §3.3.5), as for IANA zones.
    public func instant(_ local: LocalDateTime) -> Date {
        let l = local.secondsSinceEpoch
        let candidates = Set([offset(atUTC: l - 86400), offset(atUTC: l), offset(atUTC: l + 86400)])
        let matches = candidates.map { l - $0 }.filter { offset(atUTC: $0) == l - $0 }
        if let first = matches.min() { return Date(timeIntervalSince1970: TimeInterval(first)) }
        return Date(timeIntervalSince1970: TimeInterval(l - offset(atUTC: l - 86400)))
    }

    /// The IANA zone whose offsets agree with this definition over `years` (the years the
    /// file uses it: definitions often state only today's rule, from 1601), at every
    /// transition and twice a year, preferring the planner's usual zones; else the zone that
    /// agrees most often (and `exact` is false).
    public func closestIANAZone(years: ClosedRange<Int>) -> (TimeZone, exact: Bool) {
        let utc = TimeZone(identifier: "UTC")!
        var probes: [Int] = []
        for y in years {
            for m in [1, 7] { probes.append(LocalDate(year: y, month: m, day: 15).startInstant(in: utc).timeIntervalSince1970.asInt) }
        }
        for t in transitions where t.at >= probes[0] && t.at <= probes[probes.count - 1] {
            probes += [t.at - 3600, t.at, t.at + 3600]
        }
        let expected = probes.map { offset(atUTC: $0) }
        let quick = [probes.count - 2, probes.count - 1, probes.count / 2]  // recent years first
        var best: (TimeZone, Int)?
        let preferred = ["Europe/Paris", "UTC"] + ICSTimeZones.preferredOrder
        for id in preferred {
            guard let z = TimeZone(identifier: id) else { continue }
            if !quick.allSatisfy({ z.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(probes[$0]))) == expected[$0] }) { continue }
            let agree = zip(probes, expected).filter { z.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval($0.0))) == $0.1 }.count
            if agree == probes.count { return (z, true) }
            if agree > (best?.1 ?? -1) { best = (z, agree) }
        }
        if let best { return (best.0, false) }
        // Nothing agrees even recently: a fixed zone with the latest standard offset.
        let last = transitions.last?.offset ?? initialOffset
        return (TimeZone(secondsFromGMT: last) ?? utc, false)
    }
}

extension ICSTimeZones {
    /// Every IANA zone the system knows, canonical names first (no `Etc/`, no backward links
    /// such as `US/`), so that an exact match is reported under its usual name.
    static let preferredOrder: [String] = {
        let ids = TimeZone.knownTimeZoneIdentifiers
        let regions = ["Europe/", "America/", "Asia/", "Africa/", "Australia/", "Pacific/", "Atlantic/", "Indian/", "Antarctica/"]
        let main = ids.filter { id in regions.contains { id.hasPrefix($0) } }
        return main + ids.filter { !main.contains($0) }
    }()
}

extension Double {
    var asInt: Int { Int(self) }
}
