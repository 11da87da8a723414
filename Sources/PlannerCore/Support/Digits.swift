// Zero-padded decimal numbers without `String(format:)`: dates and times are written for
// every event of an export and every date argument of a query, and Foundation's formatting
// (a va_list and an NSString per call) was a quarter of an export.
enum Digits {
    /// `n` on `width` digits, zero-padded, for 0 ≤ n < 10^width; nil otherwise (the caller
    /// falls back to `String(format:)`, which handles signs and wider numbers).
    static func padded(_ n: Int, _ width: Int) -> String? {
        guard n >= 0, width <= 8 else { return nil }
        var bytes = [UInt8](repeating: 0x30, count: width)
        var v = n, i = width - 1
        while v > 0 {
            guard i >= 0 else { return nil }
            bytes[i] = UInt8(0x30 + v % 10)
            v /= 10
            i -= 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `2026` `12` `03` joined by `separator` (`2026-12-03`, `20261203`).
    static func date(_ year: Int, _ month: Int, _ day: Int, separator: String) -> String? {
        guard let y = padded(year, 4), let m = padded(month, 2), let d = padded(day, 2) else { return nil }
        return y + separator + m + separator + d
    }

    /// Two-digit parts joined by `separator`: `09:05`, `09:05:30`, `0905`; nil when a part is
    /// outside 0...99.
    static func twoDigits(_ parts: [Int], separator: String) -> String? {
        var out = ""
        for (i, p) in parts.enumerated() {
            guard let d = padded(p, 2) else { return nil }
            if i > 0 { out += separator }
            out += d
        }
        return out
    }
}
