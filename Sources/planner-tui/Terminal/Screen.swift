// The drawing surface views use; `NcursesScreen` is the program's one implementation
// (tests draw on an in-memory screen of their own).
import Foundation

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
