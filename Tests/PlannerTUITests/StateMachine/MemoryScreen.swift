// The in-memory `Screen` the renderer's tests draw on and read back as text.
import Foundation
import PlannerCore
@testable import planner_tui

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
