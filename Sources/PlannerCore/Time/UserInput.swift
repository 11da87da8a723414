import Foundation

/// A moment typed on the command line or in the TUI: a whole day, or a day and a time.
public enum TypedMoment: Equatable, Sendable {
    case day(LocalDate)
    case dateTime(LocalDateTime)

    public var date: LocalDate {
        switch self {
        case .day(let d): return d
        case .dateTime(let t): return t.date
        }
    }
}

/// Parsing of the dates, times, weeks and durations of CONTRACT.md. Every failure is a
/// `PlannerError.invalidValue` naming the bad value and what was expected.
public enum UserInput {
    /// The current day in `zone`, or `PLANNER_TODAY` (YYYY-MM-DD) when set, so that tests and
    /// demonstrations can pin "today".
    public static func today(in zone: TimeZone, env: [String: String] = ProcessInfo.processInfo.environment) -> LocalDate {
        if let pinned = env["PLANNER_TODAY"], let d = LocalDate(iso: pinned) { return d }
        return LocalDate(Date(), in: zone)
    }

    /// `2026-12-03`, `today`, `tomorrow` (also `aujourd'hui`, `demain`, `yesterday`, `hier`).
    public static func day(_ text: String, today: LocalDate, option: String = "date") throws -> LocalDate {
        let t = text.trimmingCharacters(in: .whitespaces)
        switch t.foldedForSearch {
        case "today", "aujourd'hui", "aujourdhui", "auj": return today
        case "tomorrow", "demain": return today.adding(days: 1)
        case "yesterday", "hier": return today.adding(days: -1)
        default: break
        }
        guard let d = LocalDate(iso: t) else {
            throw PlannerError.invalidValue(Catalogue.invalidDay(option, text))
        }
        guard SupportedDates.contains(d) else { throw PlannerError.invalidValue(Catalogue.outsideSupportedYears(option, text)) }
        return d
    }

    /// `2026-12-03`, `2026-12-03T09:00`, `2026-12-03 09:00` (seconds allowed), `today`,
    /// `tomorrow`, or `today 14:30`.
    public static func moment(_ text: String, today: LocalDate, option: String = "date") throws -> TypedMoment {
        let t = text.trimmingCharacters(in: .whitespaces)
        // A space, or a `T` right after the date's last digit (`Today` is not split).
        let split = t.indices.first { i in
            t[i] == " " || (t[i] == "T" && i > t.startIndex && t[t.index(before: i)].isNumber)
        }
        if let i = split {
            let dayPart = String(t[..<i]), timePart = String(t[t.index(after: i)...]).trimmingCharacters(in: .whitespaces)
            guard let d = try? day(dayPart, today: today, option: option) else {
                throw PlannerError.invalidValue(Catalogue.invalidMoment(option, text))
            }
            guard let (h, m, s) = clock(timePart) else {
                throw PlannerError.invalidValue(Catalogue.missingTime(option, text))
            }
            return .dateTime(LocalDateTime(date: d, hour: h, minute: m, second: s))
        }
        return .day(try day(t, today: today, option: option))
    }

    /// `09:00`, `9:00`, `09:00:30`, `9h`, `9h30`.
    public static func clock(_ text: String) -> (Int, Int, Int)? {
        let t = text.lowercased()
        let parts: [Substring]
        if t.contains(":") {
            parts = t.split(separator: ":", omittingEmptySubsequences: false)
        } else if t.contains("h") {
            let p = t.split(separator: "h", omittingEmptySubsequences: false)
            parts = p.count == 2 && p[1].isEmpty ? [p[0], "00"] : p
        } else {
            return nil
        }
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        let s = parts.count == 3 ? Int(parts[2]) ?? -1 : 0
        guard (0...23).contains(h), (0...59).contains(m), (0...59).contains(s) else { return nil }
        return (h, m, s)
    }

    /// `90m`, `2h`, `1h30`, `1h30m`, `3d` (also `45min`, `2j`) in seconds; must be positive.
    public static func duration(_ text: String, option: String = "duration") throws -> TimeInterval {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let fail = PlannerError.invalidValue(Catalogue.invalidDuration(option, text))
        var total = 0, number = "", sawUnit = false, lastUnit: Character? = nil
        var chars = Array(t)
        if t.hasSuffix("min") { chars = Array(t.dropLast(2)) }
        for ch in chars {
            if ch.isASCII, ch.isNumber { number.append(ch); continue }
            // At most 12 digits and a total within the supported years: nothing can overflow.
            guard number.count <= 12, let n = Int(number) else { throw fail }
            switch ch {
            case "d", "j": total += n * 86400
            case "h": total += n * 3600
            case "m": total += n * 60
            default: throw fail
            }
            guard total <= 301 * 366 * 86400 else { throw PlannerError.invalidValue(Catalogue.outsideSupportedYears(option, text)) }
            number = ""
            sawUnit = true
            lastUnit = ch
        }
        if !number.isEmpty {
            // `1h30`: minutes after hours may omit their unit.
            guard lastUnit == "h", let n = Int(number), n < 60 else { throw fail }
            total += n * 60
        }
        guard sawUnit, total > 0 else { throw fail }
        return TimeInterval(total)
    }

    /// `2026-W49`, or a day (the ISO week containing it), or `today`.
    public static func week(_ text: String, today: LocalDate) throws -> ISOWeek {
        if let w = ISOWeek(iso: text) { return w }
        if text.uppercased().contains("W") {
            throw PlannerError.invalidValue(Catalogue.invalidWeek(text))
        }
        return try day(text, today: today, option: "week").isoWeek
    }
}
