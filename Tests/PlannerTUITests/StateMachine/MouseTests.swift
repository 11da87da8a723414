// MouseTests: the mouse through the state machine (#13 "also expected"). Cells are found on
// the rendered screen (where a title is drawn), not from the layout code under test: a click
// there selects that event, a double click opens its details, a click on a heading selects
// the day, the wheel moves through weeks or scrolls what is open; the form ignores the mouse.
import Foundation
import PlannerCore
import Testing
@testable import planner_tui

struct MouseTests {
    /// The cell where `text` is drawn (row, column), searching from the top.
    func cell(of text: String, in h: Harness, from row: Int = 0) throws -> (row: Int, col: Int) {
        let screen = h.screen()
        for r in row..<screen.rows {
            let chars = Array(screen.cells[r])
            let needle = Array(text)
            guard chars.count >= needle.count else { continue }
            for c in 0...(chars.count - needle.count) where Array(chars[c..<(c + needle.count)]) == needle { return (r, c) }
        }
        throw CellNotFound(text: text, screen: screen.text)
    }

    struct CellNotFound: Error { var text: String; var screen: String }

    mutating func click(_ h: inout Harness, _ at: (row: Int, col: Int), _ kind: MouseEvent.Kind = .click) {
        h.send(.mouse(MouseEvent(kind: kind, row: at.row, col: at.col)))
    }

    @Test mutating func aClickSelectsTheEventUnderIt() throws {
        var h = try Harness(rows: 30, cols: 100)
        #expect(h.state.cursor == LocalDate(iso: "2026-11-25"))
        let at = try cell(of: "Table ronde", in: h)
        click(&h, (at.row, at.col + 2))
        #expect(h.state.cursor == LocalDate(iso: "2026-11-23"))
        #expect(h.state.selectedOccurrence?.title.hasPrefix("Table ronde RH") == true)
        #expect(h.state.detailsScroll == nil)
        // The same event lower down, on its continuation line (┊), is the same event.
        click(&h, (at.row + 1, at.col))
        #expect(h.state.selectedOccurrence?.title.hasPrefix("Table ronde RH") == true)
    }

    @Test mutating func aDoubleClickOpensTheDetailsAndAHeadingSelectsTheDay() throws {
        var h = try Harness(rows: 30, cols: 100)
        let at = try cell(of: "Ouverture", in: h)
        click(&h, at, .doubleClick)
        #expect(h.state.detailsScroll == 0)
        #expect(h.text.contains("Ouverture de la DigiWorldWeek"))
        // While the details are open a click does nothing; Esc closes them.
        h.press(.escape)
        let heading = try cell(of: "je 26", in: h)
        click(&h, heading)
        #expect(h.state.cursor == LocalDate(iso: "2026-11-26"))
        #expect(h.state.selection == 0)
        // An empty cell of a day selects the day.
        let sunday = try cell(of: "di 29", in: h)
        click(&h, (h.state.rows - 7, sunday.col + 2))
        #expect(h.state.cursor == LocalDate(iso: "2026-11-29"))
    }

    @Test mutating func theWheelMovesThroughWeeksAndScrollsWhatIsOpen() throws {
        var h = try Harness(rows: 30, cols: 100)
        click(&h, (10, 50), .wheelDown)
        #expect(h.state.cursor == LocalDate(iso: "2026-12-02"))
        #expect(h.text.contains("Semaine 49"))
        click(&h, (10, 50), .wheelUp)
        click(&h, (10, 50), .wheelUp)
        #expect(h.text.contains("Semaine 47"))
        // In the help, the wheel scrolls the help.
        h.press(.char("?"))
        click(&h, (10, 50), .wheelDown)
        #expect(h.state.scroll == 1)
        #expect(h.state.cursor == LocalDate(iso: "2026-11-18"))
    }

    @Test mutating func theMonthViewSelectsADayAndADoubleClickOpensIt() throws {
        var h = try Harness(rows: 30, cols: 100)
        h.press(.char("m"))
        let header = try cell(of: "ve", in: h, from: 1)
        let fifteen = try cell(of: "13", in: h, from: header.row + 1)
        click(&h, fifteen)
        #expect(h.state.cursor == LocalDate(iso: "2026-11-13"))
        #expect(h.state.mode == .month)
        click(&h, fifteen, .doubleClick)
        #expect(h.state.mode == .day)
        #expect(h.text.contains("Vendredi 13 novembre 2026"))
    }

    @Test mutating func theFormIgnoresTheMouse() throws {
        var h = try Harness(rows: 30, cols: 100)
        h.state.ownOffice = .montpellier
        h.press(.char("a"))
        #expect(h.state.form != nil)
        let before = h.state.form
        click(&h, (10, 10), .doubleClick)
        click(&h, (10, 10), .wheelDown)
        #expect(h.state.form == before)
        #expect(h.state.cursor == LocalDate(iso: "2026-11-25"))
    }
}
