import Foundation

/// iCalendar value types: TEXT escapes, DATE, DATE-TIME (floating, UTC or with TZID) and
/// DURATION.
public enum ICSValues {
    /// Undoes TEXT escaping (`\n`, `\,`, `\;`, `\\`). Works on UTF-8 bytes; the rare texts
    /// where a character (grapheme cluster) could join a backslash or an escaped `n` to its
    /// neighbour take `unescapeByCharacter`, so the result is the same either way.
    public static func unescape(_ s: String) -> String {
        guard s.utf8.contains(0x5C) else { return s }
        return unescapeBytes(s) ?? unescapeByCharacter(s)
    }

    /// The byte path of `unescape`; nil when the character path could read differently: a
    /// backslash, or the `n` it escapes, followed by a scalar from U+0300 on (a combining mark
    /// makes one character with it), or a backslash after a scalar from U+0600 to U+1FFF or
    /// beyond U+FFFF (where the marks that prepend themselves to the next character live).
    static func unescapeBytes(_ s: String) -> String? {
        var text = s
        return text.withUTF8 { b -> String? in
            let n = b.count
            var out: [UInt8] = []
            out.reserveCapacity(n)
            var i = 0
            while i < n {
                let c = b[i]
                if c != 0x5C { out.append(c); i += 1; continue }
                if i > 0 && b[i - 1] >= 0x80 {
                    var j = i - 1
                    while j > 0 && b[j] & 0xC0 == 0x80 { j -= 1 }
                    let lead = b[j]
                    if (lead >= 0xD8 && lead <= 0xE1) || lead >= 0xF0 { return nil }
                }
                guard i + 1 < n else { out.append(0x5C); break }
                let e = b[i + 1]
                if e >= 0xCC { return nil }
                if e == 0x6E || e == 0x4E {
                    if i + 2 < n && b[i + 2] >= 0xCC { return nil }
                    out.append(0x0A)
                } else {
                    out.append(e)
                }
                i += 2
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `unescape` character by character.
    static func unescapeByCharacter(_ s: String) -> String {
        var out = ""
        var escaping = false
        for ch in s {
            if escaping {
                switch ch {
                case "n", "N": out.append("\n")
                default: out.append(ch)
                }
                escaping = false
            } else if ch == "\\" {
                escaping = true
            } else {
                out.append(ch)
            }
        }
        if escaping { out.append("\\") }
        return out
    }

    /// TEXT escaping: `\\`, `\;`, `\,`, `\n` for a newline; CR and other C0/C1 controls
    /// dropped (tab kept). Works on UTF-8 bytes; the rare texts where a character (grapheme
    /// cluster) boundary differs from a scalar one around a byte it changes take
    /// `escapeByCharacter`, so the result is the same either way.
    public static func escape(_ s: String) -> String {
        if !needsEscaping(s) { return s }
        return escapeBytes(s) ?? escapeByCharacter(s)
    }

    /// The byte path of `escape`; nil when the character path could differ: a `\`, `;` or
    /// `,` followed by a character from U+0300 on (a combining mark after it makes one
    /// character that the character path leaves alone) or preceded by one from U+0600 on (a
    /// prepended mark), or CR LF (one character). Controls always stand alone. Letters of
    /// Latin, Greek and Cyrillic (UTF-8 lead bytes below 0xCC, or 0xD8 before) take this path.
    static func escapeBytes(_ s: String) -> String? {
        var text = s
        return text.withUTF8 { b -> String? in
            let n = b.count
            var out: [UInt8] = []
            out.reserveCapacity(n + 16)
            var i = 0
            while i < n {
                let c = b[i]
                switch c {
                case 0x5C, 0x3B, 0x2C:
                    if i + 1 < n && b[i + 1] >= 0xCC { return nil }
                    if i > 0 && b[i - 1] >= 0x80 {
                        // The lead byte of the character before.
                        var k = i - 1
                        while k > 0 && b[k] & 0xC0 == 0x80 { k -= 1 }
                        if b[k] >= 0xD8 { return nil }
                    }
                    out.append(0x5C)
                    out.append(c)
                case 0x0A:
                    out.append(0x5C)
                    out.append(UInt8(ascii: "n"))
                case 0x0D:
                    if i + 1 < n && b[i + 1] == 0x0A { return nil }
                case 0x09:
                    out.append(c)
                case 0x00..<0x20, 0x7F:
                    break
                case 0xC2 where i + 1 < n && b[i + 1] >= 0x80 && b[i + 1] <= 0x9F:
                    i += 1  // a C1 control: both bytes go
                default:
                    out.append(c)
                }
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The character-by-character escaping (the reference of the byte path).
    static func escapeByCharacter(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": break
            default:
                if ch.unicodeScalars.contains(where: String.isRemovedControl) {
                    out.unicodeScalars.append(contentsOf: ch.unicodeScalars.filter { !String.isRemovedControl($0) })
                } else {
                    out.append(ch)
                }
            }
        }
        return out
    }

    /// Whether `escape` changes anything: a backslash, `;`, `,`, a C0 control (newline and
    /// tab included, which take the slow path) or a C1 control (UTF-8 `C2 80`…`C2 9F`).
    static func needsEscaping(_ s: String) -> Bool {
        var previous: UInt8 = 0
        for b in s.utf8 {
            if b < 0x20 || b == 0x7F || b == 0x5C || b == 0x3B || b == 0x2C || (previous == 0xC2 && b <= 0x9F) { return true }
            previous = b
        }
        return false
    }

    /// Splits a TEXT list on unescaped commas.
    public static func splitList(_ s: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaping = false
        for ch in s {
            if escaping { current.append("\\"); current.append(ch); escaping = false; continue }
            if ch == "\\" { escaping = true; continue }
            if ch == "," { parts.append(current); current = ""; continue }
            current.append(ch)
        }
        if escaping { current.append("\\") }
        parts.append(current)
        return parts.map(unescape)
    }

    /// A DATE (`20261203`).
    public static func date(_ s: String) -> LocalDate? {
        if s.utf8.count == 8, let n = number(Array(s.utf8), 0, 8) { return LocalDate.valid(year: n / 10000, month: n / 100 % 100, day: n % 100) }
        return s.count == 8 ? LocalDate(iso: s) : nil
    }

    /// The number written by `count` ASCII digits from byte `at`; nil when one is no digit.
    @inline(__always)
    static func number(_ u: [UInt8], _ at: Int, _ count: Int) -> Int? {
        var n = 0
        for i in at..<at + count {
            let d = Int(u[i]) - 0x30
            guard d >= 0 && d <= 9 else { return nil }
            n = n * 10 + d
        }
        return n
    }

    /// `YYYYMMDDTHHMMSS` with an optional `Z`, read on bytes (nearly every value of a
    /// file); nil when the value has another shape, which `dateTime` reads as text.
    static func basicDateTime(_ s: String) -> (LocalDateTime, utc: Bool)?? {
        let u = s.utf8
        guard u.count == 15 || u.count == 16 else { return nil }
        let bytes = Array(u)
        let utc = bytes.count == 16
        guard bytes[8] == 0x54 || bytes[8] == 0x74, !utc || bytes[15] == 0x5A || bytes[15] == 0x7A,
              let ymd = number(bytes, 0, 8), let hms = number(bytes, 9, 6) else { return nil }
        guard let d = LocalDate.valid(year: ymd / 10000, month: ymd / 100 % 100, day: ymd % 100) else { return .some(nil) }
        let h = hms / 10000, m = hms / 100 % 100, sec = hms % 100
        guard h < 24, m < 60, sec <= 60 else { return .some(nil) }
        return (LocalDateTime(date: d, hour: h, minute: m, second: min(sec, 59)), utc)
    }

    /// A DATE-TIME: local wall-clock and whether it ends in `Z` (UTC).
    public static func dateTime(_ s: String) -> (LocalDateTime, utc: Bool)? {
        basicDateTime(s) ?? textDateTime(s)
    }

    /// `dateTime` read as text, whatever the shape of the value.
    static func textDateTime(_ s: String) -> (LocalDateTime, utc: Bool)? {
        let utc = s.hasSuffix("Z") || s.hasSuffix("z")
        let body = utc ? String(s.dropLast()) : s
        guard body.count == 15, body.dropFirst(8).first == "T" || body.dropFirst(8).first == "t",
              let d = LocalDate(iso: String(body.prefix(8))) else { return nil }
        let t = Array(body.suffix(6))
        guard t.allSatisfy({ $0.isASCII && $0.isNumber }), let h = Int(String(t[0...1])), let m = Int(String(t[2...3])),
              let sec = Int(String(t[4...5])), h < 24, m < 60, sec <= 60 else { return nil }
        return (LocalDateTime(date: d, hour: h, minute: m, second: min(sec, 59)), utc)
    }

    /// `20261203T090000` (and `Z` appended by the caller for UTC).
    public static func format(_ t: LocalDateTime) -> String { t.basicFormat }

    public static func format(_ d: LocalDate) -> String {
        Digits.date(d.year, d.month, d.day, separator: "") ?? d.description.replacingOccurrences(of: "-", with: "")
    }

    public static func utc(_ instant: Date) -> String {
        format(LocalDateTime(secondsSinceEpoch: Int(floor(instant.timeIntervalSince1970)))) + "Z"
    }

    /// A DURATION (`P1W`, `PT1H30M`, `-PT15M`, `P1DT2H`): days and seconds (signed); nil
    /// when malformed or when a part has more than 12 digits.
    public static func duration(_ s: String) -> (days: Int, seconds: Int)? {
        var t = Substring(s.uppercased())
        var sign = 1
        if t.hasPrefix("-") { sign = -1; t = t.dropFirst() } else if t.hasPrefix("+") { t = t.dropFirst() }
        guard t.hasPrefix("P") else { return nil }
        t = t.dropFirst()
        var days = 0, seconds = 0, number = "", inTime = false, any = false
        for ch in t {
            if ch.isASCII && ch.isNumber { number.append(ch); continue }
            if ch == "T" { guard number.isEmpty, !inTime else { return nil }; inTime = true; continue }
            // Bounded: no part can overflow (a value past the supported years is refused later).
            guard number.count <= 12, let n = Int(number) else { return nil }
            number = ""
            any = true
            switch (ch, inTime) {
            case ("W", false): days += 7 * n
            case ("D", false): days += n
            case ("H", true): seconds += 3600 * n
            case ("M", true): seconds += 60 * n
            case ("S", true): seconds += n
            default: return nil
            }
        }
        guard number.isEmpty, any else { return nil }
        return (sign * days, sign * seconds)
    }
}
