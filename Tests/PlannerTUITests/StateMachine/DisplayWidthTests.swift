// Character widths come from the C library's wcwidth, as ncurses and the terminal use them.
import Testing
@testable import planner_tui

@Suite struct DisplayWidthTests {
    @Test(arguments: ["🚀", "✅", "⌚", "中", "한"])
    func emojiAndEastAsianCharactersTakeTwoCells(_ c: String) {
        #expect(DisplayWidth.of(Character(c)) == 2)
    }

    @Test func accentedLettersTakeOneCellAndCombiningAccentsNone() {
        #expect(DisplayWidth.of(Character("é")) == 1)
        #expect(DisplayWidth.of(Character("\u{0301}")) == 0)
        #expect(DisplayWidth.of("e\u{0301}") == 1)
        #expect(DisplayWidth.of("Béziers") == 7)
        #expect(DisplayWidth.of("\u{7}") == 0)
    }

    @Test func fittingTextCountsWideCharactersTwice() {
        #expect(DisplayWidth.fit("🚀 go", to: 6) == "🚀 go ")
        #expect(DisplayWidth.clip("✅✅✅", to: 5) == "✅✅")
        let screen = MemoryScreen(rows: 1, cols: 6)
        screen.put("⌚ab", row: 0, col: 0, style: .plain)
        #expect(screen.line(0) == "⌚ab")
        screen.put("⌚⌚⌚⌚", row: 0, col: 0, style: .plain)
        #expect(screen.line(0) == "⌚⌚⌚")
    }
}
