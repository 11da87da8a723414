import Foundation

/// Times as users read them (24-hour `09:00`) and as scripts read them (RFC 3339 with the
/// UTC offset in the display zone: `2026-11-24T09:00:00+01:00`).
public enum TimeFormatting {
    /// `09:00`.
    public static func clock(_ instant: Date, in zone: TimeZone) -> String {
        let t = LocalDateTime(instant, in: zone)
        return Digits.twoDigits([t.hour, t.minute], separator: ":") ?? String(format: "%02d:%02d", t.hour, t.minute)
    }

    /// `+01:00` for the zone's offset at that instant.
    public static func offset(_ instant: Date, in zone: TimeZone) -> String {
        let s = ZoneOffsets.of(zone).secondsFromGMT(at: Int(floor(instant.timeIntervalSince1970)))
        let sign = s < 0 ? "-" : "+"
        let a = abs(s)
        return sign + (Digits.twoDigits([a / 3600, (a % 3600) / 60], separator: ":") ?? String(format: "%02d:%02d", a / 3600, (a % 3600) / 60))
    }

    /// `2026-11-24T09:00:00+01:00`.
    public static func rfc3339(_ instant: Date, in zone: TimeZone) -> String {
        LocalDateTime(instant, in: zone).description + offset(instant, in: zone)
    }
}
