import Foundation

/// How a run of text is drawn. Colours are roles, mapped to terminal colours by the adapter
/// (or ignored on monochrome terminals and under NO_COLOR).
struct TextStyle: Equatable, Sendable {
    enum Role: Int, Sendable, CaseIterable {
        case normal = 0, toulouse, montpellier, joint, heading, today, holiday, muted, error, selection
    }

    var role: Role = .normal
    var bold = false
    var reverse = false
    var dim = false
    var underline = false

    static let plain = TextStyle()
    static let bold = TextStyle(bold: true)
    static let reverse = TextStyle(reverse: true)
    static let dim = TextStyle(role: .muted, dim: true)
}

/// Where views draw: the ncurses adapter in the program, an in-memory grid in tests.
/// Coordinates are cells; text is clipped at the right edge by display width.
protocol Screen: AnyObject {
    var rows: Int { get }
    var cols: Int { get }
    /// Whether box-drawing characters can be shown (a UTF-8 locale); else ASCII.
    var unicode: Bool { get }
    func clear()
    func put(_ text: String, row: Int, col: Int, style: TextStyle)
    /// Shows what was drawn since the last flush (only changed cells reach the terminal).
    func flush()
}

/// Display width of text in terminal cells: combining marks take none, East Asian wide
/// characters and most emoji take two, everything else one.
enum DisplayWidth {
    static func of(_ s: String) -> Int { s.reduce(0) { $0 + of($1) } }

    static func of(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
            || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
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
}

/// A screen that keeps its cells in memory: the renderer's tests read it back as text.
final class MemoryScreen: Screen {
    let rows: Int
    let cols: Int
    let unicode: Bool
    private(set) var cells: [[Character]]
    private(set) var styles: [[TextStyle]]
    private(set) var flushes = 0

    init(rows: Int, cols: Int, unicode: Bool = true) {
        self.rows = rows
        self.cols = cols
        self.unicode = unicode
        cells = Array(repeating: Array(repeating: " ", count: cols), count: rows)
        styles = Array(repeating: Array(repeating: .plain, count: cols), count: rows)
    }

    func clear() {
        cells = Array(repeating: Array(repeating: " ", count: cols), count: rows)
        styles = Array(repeating: Array(repeating: .plain, count: cols), count: rows)
    }

    func put(_ text: String, row: Int, col: Int, style: TextStyle) {
        guard row >= 0, row < rows, col < cols else { return }
        var c = col
        for ch in text.removingControlCharacters {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if c + w > cols { break }
            if c >= 0 {
                cells[row][c] = ch
                styles[row][c] = style
                if w == 2, c + 1 < cols { cells[row][c + 1] = "\u{0}"; styles[row][c + 1] = style }
            }
            c += w
        }
    }

    func flush() { flushes += 1 }

    /// Row `r` as text (wide characters' second cells dropped), trailing spaces removed.
    func line(_ r: Int) -> String {
        var s = String(cells[r].filter { $0 != "\u{0}" })
        while s.last == " " { s.removeLast() }
        return s
    }

    var text: String { (0..<rows).map(line).joined(separator: "\n") }

    /// The style at a cell.
    func style(row: Int, col: Int) -> TextStyle { styles[row][col] }
}

/// Text for a terminal without UTF-8 (LANG=C): accents dropped, dashes, bullets, quotes and
/// box-drawing characters replaced by ASCII.
enum ASCIIFallback {
    static let replacements: [Character: String] = [
        "—": "-", "–": "-", "…": "...", "•": "*", "·": ".", "«": "\"", "»": "\"", "“": "\"", "”": "\"",
        "’": "'", "─": "-", "│": "|", "┊": ":", "✱": "*", "⚠": "!", "→": "->", "←": "<-", "↑": "^", "↓": "v",
        "\u{00A0}": " ", "\u{202F}": " ", "œ": "oe", "Œ": "OE", "æ": "ae", "×": "x", "▏": "_",
    ]

    /// `convert`, kept to the width the text had (`…` becomes `...`: without this a cut title
    /// would run over the gap before the next column).
    static func fitted(_ s: String) -> String {
        DisplayWidth.clip(convert(s), to: DisplayWidth.of(s))
    }

    static func convert(_ s: String) -> String {
        var out = ""
        for ch in s {
            if ch.isASCII { out.append(ch); continue }
            if let r = replacements[ch] { out += r; continue }
            let folded = String(ch).folding(options: [.diacriticInsensitive], locale: nil)
            out += folded.allSatisfy(\.isASCII) ? folded : "?"
        }
        return out
    }
}
