import Foundation

/// Columns that line up in a terminal and on paper: widths are measured in terminal cells
/// (an accented letter, composed or not, is one cell; an emoji or a CJK ideograph two), not
/// in characters or bytes. Reports lay out their text with it.
public enum TextWidth {
    /// Terminal cells a string takes.
    public static func of(_ s: String) -> Int { s.reduce(0) { $0 + of($1) } }

    /// Cells of one grapheme: 0 for a lone combining mark, 2 for wide ones, else 1.
    public static func of(_ ch: Character) -> Int {
        guard let first = ch.unicodeScalars.first else { return 0 }
        let p = first.properties
        if p.generalCategory == .nonspacingMark || p.generalCategory == .enclosingMark || first.value == 0x200B { return 0 }
        if ch.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
        if ch.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && p.isEmoji { return 2 }
        return isWide(first.value) ? 2 : 1
    }

    /// East Asian wide and fullwidth blocks (Unicode EastAsianWidth W/F, main ranges).
    static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    }

    /// `s` padded with spaces to `width` cells (left-aligned), or right-aligned.
    public static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - of(s)))
        return right ? fill + s : s + fill
    }

    /// `s` cut to at most `width` cells, with `…` when cut.
    public static func clip(_ s: String, _ width: Int) -> String {
        guard of(s) > width else { return s }
        guard width > 0 else { return "" }
        var out = "", used = 0
        for ch in s {
            let w = of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }
}

/// A table of text cells printed with aligned columns: the first column (or those named
/// `leftColumns`) left-aligned, the others (numbers) right-aligned.
public struct TextTable: Sendable {
    public var header: [String]
    public var rows: [[String]]
    public var leftColumns: Set<Int>

    public init(header: [String], rows: [[String]] = [], leftColumns: Set<Int> = [0]) {
        self.header = header
        self.rows = rows
        self.leftColumns = leftColumns
    }

    public var widths: [Int] {
        (0..<header.count).map { i in ([header] + rows).map { i < $0.count ? TextWidth.of($0[i]) : 0 }.max() ?? 0 }
    }

    /// Each line indented by `indent`, columns two spaces apart, no trailing spaces.
    public func render(indent: String = "  ") -> String {
        let w = widths
        func line(_ cells: [String]) -> String {
            let parts = cells.enumerated().map { i, c in TextWidth.pad(c, w[i], right: !leftColumns.contains(i)) }
            return indent + parts.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        var out = line(header)
        out += indent + String(repeating: "─", count: w.reduce(0, +) + 2 * max(0, w.count - 1)) + "\n"
        for r in rows { out += line(r) }
        return out
    }
}
