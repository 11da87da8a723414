// MouseTmuxTests: the real binary's mouse in tmux. tmux records whether the program asked
// for mouse reports; a click is sent as the terminal would (X10 bytes: ESC [ M, button,
// column, row) and selects the event drawn there. `config --mouse off` leaves the mouse to
// the terminal (selecting text with it, as before).
import Foundation
import Testing

@Suite(.serialized) struct MouseTmuxTests {
    /// Whether the program in the pane asked for mouse reports.
    func mouseOn(_ tui: TmuxSession) throws -> Bool {
        try tui.tmux(["display-message", "-p", "-t", "main", "#{mouse_any_flag}#{mouse_standard_flag}#{mouse_button_flag}"]).contains("1")
    }

    /// A left click (press and release) at a cell, 0-based.
    func click(_ tui: TmuxSession, row: Int, col: Int) throws {
        let x = String(format: "%02x", 33 + col), y = String(format: "%02x", 33 + row)
        try tui.tmux(["send-keys", "-t", "main", "-H", "1b", "5b", "4d", "20", x, y, "1b", "5b", "4d", "23", x, y])
    }

    @Test func aClickSelectsAnEventAndConfigTurnsTheMouseOff() throws {
        let runner = try BinaryRunner()
        let tui = try TmuxSession(runner: runner, rows: 30, cols: 100)
        let screen = try tui.waitFor("Semaine 48")
        #expect(try mouseOn(tui))
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = try #require(lines.firstIndex { $0.contains("Table ronde") })
        let col = lines[row].distance(from: lines[row].startIndex, to: lines[row].range(of: "Table ronde")!.lowerBound)
        try click(tui, row: row, col: col + 1)
        try tui.waitFor("Table ronde RH : recruter dans le numérique")
        try tui.keys("q")
        #expect(tui.exitStatus() == 0)

        let off = try runner.run(["config", "--mouse", "off"])
        #expect(off.status == 0, Comment(rawValue: off.stderr))
        #expect(off.stdout.contains("souris (TUI) : non"))
        let again = try TmuxSession(runner: runner, rows: 30, cols: 100)
        try again.waitFor("Semaine 48")
        #expect(try !mouseOn(again))
        try again.keys("q")
        #expect(again.exitStatus() == 0)
        let bad = try runner.run(["config", "--mouse", "peut-être"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--mouse : « peut-être » n'est ni on ni off"))
        #expect(try runner.run(["config", "--mouse", "on"]).stdout.contains("souris (TUI) : oui"))
    }
}
