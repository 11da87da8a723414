// Zero-padded decimal numbers without `String(format:)`: dates and times are written for
// every event of an export and every date argument of a query, and Foundation's formatting
// (a va_list and an NSString per call) was a quarter of an export. Each text is made in one
// allocation, its digits written in place.
enum Digits {
    private static let powers = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000]

    /// Whether `n` fits on `width` digits (0 ≤ n < 10^width, width ≤ 8).
    @inline(__always)
    static func fits(_ n: Int, _ width: Int) -> Bool { width <= 8 && n >= 0 && n < powers[width] }

    @inline(__always)
    private static func put(_ n: Int, _ width: Int, _ p: UnsafeMutableBufferPointer<UInt8>, _ i: inout Int) {
        var v = n, k = i + width
        while k > i {
            k -= 1
            p[k] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
            v /= 10
        }
        i += width
    }

    @inline(__always)
    private static func put(_ separator: UInt8?, _ p: UnsafeMutableBufferPointer<UInt8>, _ i: inout Int) {
        if let separator { p[i] = separator; i += 1 }
    }

    /// A separator of at most one byte (nil for none); longer ones are not used.
    private static func byte(_ separator: String) -> UInt8?? {
        let u = separator.utf8
        return u.isEmpty ? .some(nil) : u.count == 1 ? .some(u.first) : nil
    }

    /// `n` on `width` digits, zero-padded, for 0 ≤ n < 10^width; nil otherwise (the caller
    /// falls back to `String(format:)`, which handles signs and wider numbers).
    static func padded(_ n: Int, _ width: Int) -> String? {
        guard fits(n, width) else { return nil }
        return String(unsafeUninitializedCapacity: width) { p in
            var i = 0
            put(n, width, p, &i)
            return i
        }
    }

    /// `2026` `12` `03` joined by `separator` (`2026-12-03`, `20261203`).
    static func date(_ year: Int, _ month: Int, _ day: Int, separator: String) -> String? {
        guard fits(year, 4), fits(month, 2), fits(day, 2), let sep = byte(separator) else { return nil }
        return String(unsafeUninitializedCapacity: 10) { p in
            var i = 0
            put(year, 4, p, &i); put(sep, p, &i)
            put(month, 2, p, &i); put(sep, p, &i)
            put(day, 2, p, &i)
            return i
        }
    }

    /// Two-digit parts joined by `separator`: `09:05`, `09:05:30`, `0905`; nil when a part is
    /// outside 0...99.
    static func twoDigits(_ parts: [Int], separator: String) -> String? {
        guard parts.allSatisfy({ fits($0, 2) }), let sep = byte(separator) else { return nil }
        return String(unsafeUninitializedCapacity: parts.count * 3) { p in
            var i = 0
            for (k, part) in parts.enumerated() {
                if k > 0 { put(sep, p, &i) }
                put(part, 2, p, &i)
            }
            return i
        }
    }

    /// A date and time: `2026-12-03T09:00:00` (separators `-` and `:`) or `20261203T090000`
    /// (none); nil when a field does not fit.
    static func dateTime(_ t: LocalDateTime, dateSeparator: String, timeSeparator: String) -> String? {
        let d = t.date
        guard fits(d.year, 4), fits(d.month, 2), fits(d.day, 2), fits(t.hour, 2), fits(t.minute, 2), fits(t.second, 2),
              let ds = byte(dateSeparator), let ts = byte(timeSeparator) else { return nil }
        return String(unsafeUninitializedCapacity: 19) { p in
            var i = 0
            put(d.year, 4, p, &i); put(ds, p, &i)
            put(d.month, 2, p, &i); put(ds, p, &i)
            put(d.day, 2, p, &i)
            put(UInt8(ascii: "T"), p, &i)
            put(t.hour, 2, p, &i); put(ts, p, &i)
            put(t.minute, 2, p, &i); put(ts, p, &i)
            put(t.second, 2, p, &i)
            return i
        }
    }
}
