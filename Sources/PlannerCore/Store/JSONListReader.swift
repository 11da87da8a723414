import Foundation

/// Reading the JSON list columns of the `event` table (`extraProperties`, `exdates`) without
/// JSONDecoder for the shapes JSONEncoder writes there: `["…","…"]` with the usual escapes,
/// and `[1764547200,…]` of whole seconds. Every event read by `export` or `check` has at
/// least one kept line, and the decoder's set-up per row was a twentieth of either. Anything
/// else (a `\u` escape, a fraction, spaces) returns nil and goes to JSONDecoder.
enum JSONListReader {
    static func strings(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { b -> [String]? in
            let n = b.count
            guard n >= 2, b[0] == UInt8(ascii: "["), b[n - 1] == UInt8(ascii: "]") else { return nil }
            var out: [String] = []
            var i = 1
            if i == n - 1 { return out }
            var bytes: [UInt8] = []
            while true {
                guard i < n - 1, b[i] == UInt8(ascii: "\"") else { return nil }
                i += 1
                bytes.removeAll(keepingCapacity: true)
                while true {
                    guard i < n - 1 else { return nil }
                    let c = b[i]
                    if c == UInt8(ascii: "\"") { break }
                    if c < 0x20 { return nil }
                    if c == UInt8(ascii: "\\") {
                        guard i + 1 < n - 1 else { return nil }
                        switch b[i + 1] {
                        case UInt8(ascii: "\""): bytes.append(0x22)
                        case UInt8(ascii: "\\"): bytes.append(0x5C)
                        case UInt8(ascii: "/"): bytes.append(0x2F)
                        case UInt8(ascii: "n"): bytes.append(0x0A)
                        case UInt8(ascii: "r"): bytes.append(0x0D)
                        case UInt8(ascii: "t"): bytes.append(0x09)
                        case UInt8(ascii: "b"): bytes.append(0x08)
                        case UInt8(ascii: "f"): bytes.append(0x0C)
                        default: return nil
                        }
                        i += 2
                        continue
                    }
                    bytes.append(c)
                    i += 1
                }
                // Valid UTF-8 only (the decoder refuses the rest).
                guard let s = String(validating: bytes, as: UTF8.self) else { return nil }
                out.append(s)
                i += 1
                if i == n - 1 { return out }
                guard b[i] == UInt8(ascii: ",") else { return nil }
                i += 1
            }
        }
    }

    static func wholeSeconds(_ text: String) -> [Date]? {
        var text = text
        return text.withUTF8 { b -> [Date]? in
            let n = b.count
            guard n >= 2, b[0] == UInt8(ascii: "["), b[n - 1] == UInt8(ascii: "]") else { return nil }
            var out: [Date] = []
            var i = 1
            if i == n - 1 { return out }
            while true {
                var negative = false
                if b[i] == UInt8(ascii: "-") { negative = true; i += 1 }
                var v = 0, digits = 0
                while i < n - 1, b[i] >= 0x30, b[i] <= 0x39 {
                    v = v * 10 + Int(b[i] - 0x30)
                    digits += 1
                    i += 1
                }
                guard digits > 0, digits <= 15, digits == 1 || b[i - digits] != 0x30 else { return nil }
                out.append(Date(timeIntervalSince1970: Double(negative ? -v : v)))
                if i == n - 1 { return out }
                guard b[i] == UInt8(ascii: ",") else { return nil }
                i += 1
            }
        }
    }
}
