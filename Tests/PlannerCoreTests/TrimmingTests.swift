// trimmedWhitespace and trimmedWhitespaceAndNewlines trim what Foundation's
// trimmingCharacters(in: .whitespaces / .whitespacesAndNewlines) trims, on random texts made
// of spaces of every kind, line breaks, controls and letters. U+200B (zero width space) is
// left out: Foundation on Linux trims it at some positions and not others ("\u{200B} \u{200B}x"
// keeps the space), and neither the planner's trimming nor its callers treat it as a space.
import Foundation
import Testing
@testable import PlannerCore

@Suite struct TrimmingTests {
    @Test func trimsWhatFoundationTrims() {
        let pieces = ["a", "é", "日", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2003}", "\u{2028}",
                      "\u{2029}", "\u{3000}", "\u{FEFF}", "\u{0}", "x\u{301}", "\u{301}", "FREQ=DAILY"]
        var rng = SeededGenerator(seed: 21)
        for _ in 0..<5_000 {
            var s = ""
            for _ in 0..<Int(rng.next() % 8) { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
            #expect(s.trimmedWhitespace == s.trimmingCharacters(in: .whitespaces), "\(Array(s.unicodeScalars.map(\.value)))")
            #expect(s.trimmedWhitespaceAndNewlines == s.trimmingCharacters(in: .whitespacesAndNewlines), "\(Array(s.unicodeScalars.map(\.value)))")
        }
    }
}
