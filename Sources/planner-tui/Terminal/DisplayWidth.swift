// Display width of text in terminal cells, from the C library's `wcwidth` (the table
// ncurses itself draws with), and clipping, padding and wrapping text to a width.
import CNcurses
import Foundation

/// Display width of text in terminal cells: combining marks take none, East Asian wide
/// characters and emoji take two, everything else one. The width of a character is the C
/// library's `wcwidth` of its first scalar under a UTF-8 locale (whatever the process
/// locale is), so the layout agrees with what ncurses and the terminal do.
enum DisplayWidth {
    static func of(_ s: String) -> Int { s.reduce(0) { $0 + of($1) } }

    static func of(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        let v = first.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        return max(0, Int(CWidth.of(first)))
    }

    /// The longest prefix of `s` that fits in `width` cells.
    static func clip(_ s: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0
        var out = ""
        for ch in s {
            let w = of(ch)
            if used + w > width { break }
            used += w
            out.append(ch)
        }
        return out
    }

    /// `s` clipped (with `…` when cut) and padded with spaces to exactly `width` cells.
    static func fit(_ s: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(s) <= width { return s + String(repeating: " ", count: width - of(s)) }
        let cut = clip(s, to: width - 1) + "…"
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }

    /// Words of `text` in lines of at most `width` cells (the details view, the help). French
    /// punctuation stays with its word: no line starts with « : », « ; », « ! », « ? » or « » »,
    /// none ends with « « ». A word longer than a line is cut.
    static func wrap(_ text: String, to width: Int) -> [String] {
        let width = max(1, width)
        var words: [String] = []
        var glueNext = false
        for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
            let w = String(piece)
            if let last = words.last, glueNext || [":", ";", "!", "?", "»"].contains(w) {
                words[words.count - 1] = last + " " + w
            } else {
                words.append(w)
            }
            glueNext = w == "«"
        }
        var lines: [String] = []
        var line = ""
        for word in words {
            var w = word
            let sep = line.isEmpty ? "" : " "
            if of(line + sep + w) <= width { line += sep + w; continue }
            if !line.isEmpty { lines.append(line); line = "" }
            while of(w) > width {
                let head = clip(w, to: width)
                lines.append(head)
                w = String(w.dropFirst(head.count))
            }
            line = w
        }
        lines.append(line)
        return lines
    }
}

/// `wcwidth` under a UTF-8 character type, set for the calling thread only (`uselocale`), so
/// neither the process locale (which decides whether the terminal shows Unicode) nor other
/// threads are touched.
private enum CWidth {
    /// A UTF-8 LC_CTYPE locale; C.UTF-8 is built into glibc 2.35 and later.
    nonisolated(unsafe) static let utf8: locale_t? = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)
        ?? newlocale(LC_CTYPE_MASK, "en_US.UTF-8", nil)

    static func of(_ scalar: Unicode.Scalar) -> Int32 {
        guard let utf8 else { return 1 }
        let previous = uselocale(utf8)
        defer { uselocale(previous) }
        return planner_wcwidth(scalar.value)
    }
}
