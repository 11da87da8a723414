import Foundation

/// An RFC 5545 recurrence rule (§3.3.10), parsed and validated. `rfc5545` writes it back in
/// a canonical order, so a rule survives storage and export unchanged.
public struct RecurrenceRule: Hashable, Sendable, CustomStringConvertible {
    public enum Frequency: String, CaseIterable, Sendable, Comparable {
        case secondly = "SECONDLY", minutely = "MINUTELY", hourly = "HOURLY", daily = "DAILY"
        case weekly = "WEEKLY", monthly = "MONTHLY", yearly = "YEARLY"

        var rank: Int { Frequency.allCases.firstIndex(of: self)! }
        public static func < (a: Frequency, b: Frequency) -> Bool { a.rank < b.rank }
    }

    /// The end of a rule: a date, a UTC instant, or (leniently) a floating local time.
    public enum Until: Hashable, Sendable {
        case date(LocalDate)
        case utc(Date)
        case floating(LocalDateTime)
    }

    /// One BYDAY entry: a weekday (1 = Monday … 7 = Sunday) with an optional ordinal
    /// (`1MO`, `-1FR`).
    public struct WeekdayNum: Hashable, Sendable {
        public var ordinal: Int?
        public var weekday: Int
    }

    public var frequency: Frequency
    public var interval = 1
    public var count: Int?
    public var until: Until?
    public var bySecond: [Int] = []
    public var byMinute: [Int] = []
    public var byHour: [Int] = []
    public var byDay: [WeekdayNum] = []
    public var byMonthDay: [Int] = []
    public var byYearDay: [Int] = []
    public var byWeekNo: [Int] = []
    public var byMonth: [Int] = []
    public var bySetPos: [Int] = []
    /// First day of the week (1 = Monday, the default).
    public var weekStart = 1

    static let dayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    public init(frequency: Frequency) {
        self.frequency = frequency
    }

    /// Parses `FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10` (an `RRULE:` prefix is accepted; names are
    /// case-insensitive). Throws naming the bad part. A text parsed before in this process is
    /// answered from `RuleCache` (an import or an expansion parses the same few rules for
    /// every event: 9 % of a 100,000-event import before the cache).
    public init(parsing text: String) throws(RecurrenceError) {
        self = try RuleCache.rule(text)
    }

    /// The parser itself, without the cache.
    init(uncachedParsing text: String) throws(RecurrenceError) {
        var body = text.trimmedWhitespaceAndNewlines
        if body.uppercased().hasPrefix("RRULE:") { body = String(body.dropFirst(6)) }
        guard !body.isEmpty else { throw .invalid("empty rule") }
        var fields: [String: String] = [:]
        for part in body.split(separator: ";", omittingEmptySubsequences: true) {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard kv.count == 2, !kv[0].isEmpty else { throw .invalid("malformed part \"\(part)\"") }
            let name = kv[0].uppercased().trimmedWhitespace
            if fields[name] != nil { throw .invalid("\(name) given twice") }
            fields[name] = kv[1].trimmedWhitespace
        }
        guard let f = fields.removeValue(forKey: "FREQ") else { throw .invalid("missing FREQ") }
        guard let freq = Frequency(rawValue: f.uppercased()) else { throw .invalid("unknown FREQ \"\(f)\"") }
        frequency = freq

        func ints(_ name: String, _ range: ClosedRange<Int>, allowNegative: Bool) throws(RecurrenceError) -> [Int] {
            guard let v = fields.removeValue(forKey: name) else { return [] }
            var out: [Int] = []
            for item in v.split(separator: ",", omittingEmptySubsequences: false) {
                let s = item.hasPrefix("+") ? String(item.dropFirst()) : String(item)
                guard let n = Int(s), allowNegative ? (n != 0 && range.contains(abs(n))) : range.contains(n) else {
                    throw .invalid("invalid \(name) value \"\(item)\"")
                }
                out.append(n)
            }
            return out
        }

        if let v = fields.removeValue(forKey: "INTERVAL") {
            guard let n = Int(v), n >= 1 else { throw .invalid("invalid INTERVAL \"\(v)\"") }
            interval = n
        }
        if let v = fields.removeValue(forKey: "COUNT") {
            guard let n = Int(v), n >= 1 else { throw .invalid("invalid COUNT \"\(v)\"") }
            count = n
        }
        if let v = fields.removeValue(forKey: "UNTIL") {
            guard count == nil else { throw .invalid("COUNT and UNTIL cannot both be given") }
            guard let u = RecurrenceRule.parseUntil(v) else { throw .invalid("invalid UNTIL \"\(v)\"") }
            until = u
        }
        bySecond = try ints("BYSECOND", 0...60, allowNegative: false)
        byMinute = try ints("BYMINUTE", 0...59, allowNegative: false)
        byHour = try ints("BYHOUR", 0...23, allowNegative: false)
        byMonthDay = try ints("BYMONTHDAY", 1...31, allowNegative: true)
        byYearDay = try ints("BYYEARDAY", 1...366, allowNegative: true)
        byWeekNo = try ints("BYWEEKNO", 1...53, allowNegative: true)
        byMonth = try ints("BYMONTH", 1...12, allowNegative: false)
        bySetPos = try ints("BYSETPOS", 1...366, allowNegative: true)
        if let v = fields.removeValue(forKey: "BYDAY") {
            for item in v.split(separator: ",", omittingEmptySubsequences: false) {
                let s = item.uppercased()
                guard s.count >= 2, let wd = RecurrenceRule.dayCodes.firstIndex(of: String(s.suffix(2))) else {
                    throw .invalid("invalid BYDAY value \"\(item)\"")
                }
                let prefix = String(s.dropLast(2))
                var ordinal: Int?
                if !prefix.isEmpty {
                    let p = prefix.hasPrefix("+") ? String(prefix.dropFirst()) : prefix
                    guard let n = Int(p), n != 0, abs(n) <= 53 else { throw .invalid("invalid BYDAY value \"\(item)\"") }
                    ordinal = n
                }
                byDay.append(WeekdayNum(ordinal: ordinal, weekday: wd + 1))
            }
        }
        if let v = fields.removeValue(forKey: "WKST") {
            guard let wd = RecurrenceRule.dayCodes.firstIndex(of: v.uppercased()) else { throw .invalid("invalid WKST \"\(v)\"") }
            weekStart = wd + 1
        }
        // Extension parts (X-NAME) are allowed and ignored; anything else is an error.
        if let unknown = fields.keys.sorted().first(where: { !$0.hasPrefix("X-") }) {
            throw .invalid("unknown part \(unknown)")
        }
        // RFC 5545 restrictions.
        if byDay.contains(where: { $0.ordinal != nil }) {
            if frequency != .monthly && frequency != .yearly {
                throw .invalid("BYDAY with an ordinal (\(byDay.first { $0.ordinal != nil }!.code)) needs FREQ=MONTHLY or YEARLY")
            }
            if frequency == .yearly && !byWeekNo.isEmpty { throw .invalid("BYDAY with an ordinal cannot be used with BYWEEKNO") }
        }
        if !byMonthDay.isEmpty && frequency == .weekly { throw .invalid("BYMONTHDAY cannot be used with FREQ=WEEKLY") }
        if !byYearDay.isEmpty && [.daily, .weekly, .monthly].contains(frequency) {
            throw .invalid("BYYEARDAY cannot be used with FREQ=\(frequency.rawValue)")
        }
        if !byWeekNo.isEmpty && frequency != .yearly { throw .invalid("BYWEEKNO needs FREQ=YEARLY") }
        if !bySetPos.isEmpty && bySecond.isEmpty && byMinute.isEmpty && byHour.isEmpty && byDay.isEmpty && byMonthDay.isEmpty
            && byYearDay.isEmpty && byWeekNo.isEmpty && byMonth.isEmpty {
            throw .invalid("BYSETPOS needs another BYxxx part")
        }
    }

    static func parseUntil(_ v: String) -> Until? {
        let s = v.uppercased()
        if s.count == 8 { return LocalDate(iso: s).map { .date($0) } }
        guard s.count == 15 || (s.count == 16 && s.hasSuffix("Z")), s.dropFirst(8).first == "T",
              let d = LocalDate(iso: String(s.prefix(8))) else { return nil }
        let t = Array(s.dropFirst(9).prefix(6))
        guard t.allSatisfy(\.isNumber), let h = Int(String(t[0...1])), let m = Int(String(t[2...3])), let sec = Int(String(t[4...5])),
              h < 24, m < 60, sec < 61 else { return nil }
        let local = LocalDateTime(date: d, hour: h, minute: m, second: min(sec, 59))
        if s.hasSuffix("Z") { return .utc(Date(timeIntervalSince1970: TimeInterval(local.secondsSinceEpoch))) }
        return .floating(local)
    }

    /// The canonical text, without the `RRULE:` prefix.
    public var rfc5545: String {
        var parts = ["FREQ=\(frequency.rawValue)"]
        switch until {
        case .date(let d)?: parts.append("UNTIL=" + d.description.replacingOccurrences(of: "-", with: ""))
        case .utc(let t)?: parts.append("UNTIL=" + LocalDateTime(secondsSinceEpoch: Int(t.timeIntervalSince1970)).basicFormat + "Z")
        case .floating(let t)?: parts.append("UNTIL=" + t.basicFormat)
        case nil: break
        }
        if let count { parts.append("COUNT=\(count)") }
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        func list(_ name: String, _ v: [Int]) { if !v.isEmpty { parts.append(name + "=" + v.map(String.init).joined(separator: ",")) } }
        list("BYSECOND", bySecond)
        list("BYMINUTE", byMinute)
        list("BYHOUR", byHour)
        if !byDay.isEmpty { parts.append("BYDAY=" + byDay.map(\.code).joined(separator: ",")) }
        list("BYMONTHDAY", byMonthDay)
        list("BYYEARDAY", byYearDay)
        list("BYWEEKNO", byWeekNo)
        list("BYMONTH", byMonth)
        list("BYSETPOS", bySetPos)
        if weekStart != 1 { parts.append("WKST=" + RecurrenceRule.dayCodes[weekStart - 1]) }
        return parts.joined(separator: ";")
    }

    public var description: String { rfc5545 }
}

extension RecurrenceRule.WeekdayNum {
    /// `MO`, `1MO`, `-1FR`.
    public var code: String {
        (ordinal.map(String.init) ?? "") + RecurrenceRule.dayCodes[weekday - 1]
    }
}

/// Why a recurrence rule was refused, in one line naming the bad part.
public enum RecurrenceError: Error, Equatable, CustomStringConvertible, Sendable {
    case invalid(String)

    public var description: String {
        switch self {
        case .invalid(let m): return m
        }
    }
}

/// Parsed rules by text, for every thread of the process.
enum RuleCache {
    static let parsed = Memo<String, Result<RecurrenceRule, RecurrenceError>>(limit: 4096)

    static func rule(_ text: String) throws(RecurrenceError) -> RecurrenceRule {
        try parsed.value(text) { text in
            do throws(RecurrenceError) { return .success(try RecurrenceRule(uncachedParsing: text)) } catch { return .failure(error) }
        }.get()
    }
}
