import Foundation

/// Turns the TZIDs found in calendars into zones: IANA names (also behind the prefixes some
/// programs add: `/mozilla.org/20050126_1/Europe/Paris`, `posix/Europe/Vaduz`), Windows
/// names as Outlook writes them (CLDR's table, `WindowsZones.swift`), and otherwise the
/// file's own VTIMEZONE, interpreted rule by rule (`VTimeZone`).
public enum ICSTimeZones {
    /// How a TZID was understood.
    public struct Resolved {
        /// The IANA zone the event is stored and expanded in.
        public var zone: TimeZone
        /// The file's own definition, when the TZID is not a known zone: local times are
        /// converted with it exactly.
        public var definition: VTimeZone?
        /// Set when the definition matches no IANA zone exactly (then `zone` is the closest).
        public var approximate = false
        /// Set when nothing could be made of the TZID (then `zone` is the import zone).
        public var unknown = false

        /// The instant a wall-clock reading in this zone denotes.
        public func instant(_ t: LocalDateTime) -> Date {
            definition?.instant(t) ?? t.instant(in: zone)
        }
    }

    /// An IANA zone for a TZID without using the file's definitions, or nil.
    public static func known(_ tzid: String) -> TimeZone? {
        let name = tzid.trimmedWhitespace
        if let z = TimeZone(identifier: name), name.contains("/") || name == "UTC" || name == "GMT" { return z }
        if let mapped = WindowsZones.iana[name], let z = TimeZone(identifier: mapped) { return z }
        if name == "Coordinated Universal Time" || name == "Z" { return TimeZone(identifier: "UTC") }
        // `/mozilla.org/20050126_1/Europe/Paris`, `/freeassociation.sourceforge.net/Tzfile/Europe/Paris`,
        // `posix/Europe/Vaduz`, `right/Europe/Paris`, `/citadel.org/20190914_1/America/Argentina/Salta`.
        let parts = name.split(separator: "/").map(String.init)
        for k in [3, 2] where parts.count > k || (parts.count == k && !name.hasPrefix("/") && ["posix", "right"].contains(parts[0])) {
            let candidate = parts.suffix(k).joined(separator: "/")
            if candidate.contains("/"), let z = TimeZone(identifier: candidate) { return z }
        }
        return nil
    }

    /// The zone for a TZID, using the file's VTIMEZONE when the name is not a known zone.
    /// `year` is the year of the time being read: the definition is matched around it.
    /// `definition` gives the file's VTIMEZONE for a TZID (read only when needed).
    public static func resolve(_ tzid: String, year: Int, definition: (String) -> VTimeZone?, fallback: TimeZone) -> Resolved {
        if let z = known(tzid) { return Resolved(zone: z) }
        if let def = definition(tzid) ?? definition(tzid.trimmedWhitespace) {
            let y = min(max(year, 1971), 2036)
            let (zone, exact) = def.closestIANAZone(years: (y - 1)...(y + 1))
            return Resolved(zone: zone, definition: def, approximate: !exact)
        }
        return Resolved(zone: fallback, unknown: true)
    }

    /// `+0100`, `-0500`, `+053000`.
    static func offset(_ s: String) -> Int? {
        let t = s.trimmedWhitespace
        guard t.count == 5 || t.count == 7, let sign = t.first, sign == "+" || sign == "-" else { return nil }
        let digits = Array(t.dropFirst())
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let h = Int(String(digits[0...1])), let m = Int(String(digits[2...3])),
              h < 24, m < 60 else { return nil }
        let sec = digits.count == 6 ? Int(String(digits[4...5])) ?? 0 : 0
        return (sign == "-" ? -1 : 1) * (h * 3600 + m * 60 + sec)
    }
}
