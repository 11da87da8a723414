// StatusLineTests: the bottom line at 80 columns keeps its key hints whole (#13 point 10:
// "novembre 2026" cut "q quitter"): the period shortens to its ISO form, then gives way
// (the title bar names it).
import Foundation
import PlannerCore
import Testing
@testable import planner_tui

struct StatusLineTests {
    func statusLine(_ h: Harness) -> String {
        h.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[h.state.rows - 1]
    }

    @Test func keyHintsStayWholeAt80ColumnsInEveryView() throws {
        var h = try Harness(rows: 24, cols: 80)
        let hint = Catalogue.tuiStatusHint(undo: nil)(.fr)
        h.press(.char("m"))
        #expect(statusLine(h).contains(hint))
        #expect(statusLine(h).hasSuffix(" 2026-11"))
        h.press(.char("w"))
        #expect(statusLine(h).contains(hint))
        #expect(statusLine(h).hasSuffix(" 2026-W48"))
        h.press(.char("d"))
        #expect(statusLine(h).contains(hint))
        // Wide enough, the month keeps its name.
        var wide = try Harness(rows: 24, cols: 120)
        wide.press(.char("m"))
        #expect(statusLine(wide).contains(hint))
        #expect(statusLine(wide).hasSuffix(" novembre 2026"))
    }

    @Test func theOfficeQuestionAndTheFormKeysFitIn80Columns() throws {
        var h = try Harness(rows: 24, cols: 80)
        h.press(.char("a"))
        #expect(statusLine(h).contains("t Toulouse · m Montpellier · j commun · Échap"))
        h.press(.char("m"))
        #expect(h.state.form != nil)
        #expect(h.text.contains(Catalogue.tuiFormKeys(.fr).trimmingCharacters(in: .whitespaces)))
        var en = try Harness(lang: .en, rows: 24, cols: 80)
        en.press(.char("a"))
        #expect(statusLine(en).contains("j joint · Esc"))
        en.press(.char("m"))
        #expect(en.text.contains(Catalogue.tuiFormKeys(.en).trimmingCharacters(in: .whitespaces)))
    }
}

/// The week grid uses the height it has (#13, tried at 200×50: 2 rows an hour left 17 rows
/// empty below 20:00).
struct GridHeightTests {
    @Test func aTallGridUsesTwentyMinuteRowsWithEveryHourLabelled() {
        let day = LocalDate(iso: "2026-11-25")!
        let grid = TimeGrid(occurrences: [], days: [day], zone: Harness.paris, rows: 41)
        #expect(grid.slotMinutes == 20)
        #expect(grid.row(hour: 9, minute: 30) == 4)
        let labels = (0..<grid.rows).compactMap { grid.label(at: $0) }
        #expect(labels == (8..<20).map { String(format: "%02d:00", $0) })
        #expect(grid.label(at: 3) == "09:00")
    }

    @Test func theSampleWeekFillsA200By50Screen() throws {
        var h = try Harness(today: "2026-11-26", rows: 50, cols: 200)
        h.press(.char("w"))
        let lines = h.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let grid = lines.indices.filter { lines[$0].hasPrefix("08:00") || lines[$0].hasPrefix("19:00") }
        #expect(grid.count == 2)
        // Twelve hours on three rows each: 19:00 is 33 rows below 08:00.
        #expect(grid.count == 2 && grid[1] - grid[0] == 33)
    }
}
