import Foundation
import Testing

/// The report panels in the real binary under tmux: each opens from its key and closes with
/// Esc, at 80×24 and at the smallest supported size, 40×10.
@Suite(.serialized) struct PanelTmuxTests {
    /// Waits until `text` is gone from the screen.
    func waitForAbsence(_ tui: TmuxSession, _ text: String, timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !tui.screen.contains(text) { return }
            usleep(100_000)
        }
        Issue.record("still on screen after \(timeout) s: \(text)\n\(tui.screen)")
    }

    func openAndClose(rows: Int, cols: Int) throws {
        let runner = try BinaryRunner(today: "2026-11-24")
        let tui = try TmuxSession(runner: runner, rows: rows, cols: cols)
        try tui.waitFor("Semaine 48")
        // B: parity, with its key hint on the last line of the panel.
        try tui.keys("B")
        let parity = try tui.waitFor("Échap · Tab trimestre")
        #expect(parity.contains("Parité"))
        #expect(parity.split(separator: "\n").allSatisfy { $0.count <= cols })
        try tui.keys("Escape")
        try waitForAbsence(tui, "Échap · Tab trimestre")
        try tui.waitFor("Semaine 48")
        // Tuesday 24 November: DigiWorldWeek (all day), then the e-santé breakfast with Julien Roux.
        try tui.keys("j")
        try tui.keys("T")
        let tour = try tui.waitFor("Échap · Entrée")
        #expect(tour.contains("DigiWorldWeek 2026"))
        try tui.keys("Escape")
        try waitForAbsence(tui, "Échap · Entrée")
        try tui.keys("I")
        let itinerary = try tui.waitFor("Échap · Tab personne")
        #expect(itinerary.contains("Julien Roux"))
        try tui.keys("Escape")
        try waitForAbsence(tui, "Échap · Tab personne")
        try tui.waitFor("Semaine 48")
        try tui.keys("q")
        #expect(tui.exitStatus() == 0)
        #expect(!tui.alternateScreenOn)
    }

    @Test func panelsOpenAndCloseAt80x24() throws { try openAndClose(rows: 24, cols: 80) }

    @Test func panelsOpenAndCloseAt40x10() throws { try openAndClose(rows: 10, cols: 40) }
}
