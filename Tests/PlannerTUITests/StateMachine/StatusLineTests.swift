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
