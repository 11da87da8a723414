import Foundation
import PlannerCore
import Testing
@testable import planner_tui

/// Views, moving around, help, resize: the state machine and the renderer on an in-memory
/// screen, with the sample season.
struct NavigationTests {
    @Test func opensOnTheCurrentWeekWithItsEvents() throws {
        let h = try Harness()
        let screen = h.screen()
        #expect(screen.line(0).contains("Semaine 48 — du lundi 23 au dimanche 29 novembre 2026"))
        #expect(screen.text.contains("DigiWorld"))
        // Monday-first columns with French short names, a time grid in 24-hour time.
        #expect(screen.line(1).contains("lu 23"))
        #expect(screen.line(1).contains("di 29"))
        #expect(screen.text.contains("09:00"))
        #expect(screen.text.contains("18:00"))
        #expect(screen.line(29).contains("2026-W48"))
    }

    @Test func arrowsMoveByDayAndPeriodKeysByWeekMonthOrDay() throws {
        var h = try Harness()
        h.press(.right)
        #expect(h.state.cursor == LocalDate(iso: "2026-11-26")!)
        h.press(.char("h"), .char("h"))
        #expect(h.state.cursor == LocalDate(iso: "2026-11-24")!)
        h.press(.char("n"))
        #expect(h.state.cursor.isoWeek == ISOWeek(year: 2026, week: 49))
        #expect(h.screen().line(0).contains("Semaine 49 — du lundi 30 novembre au dimanche 6 décembre 2026"))
        h.press(.pageUp, .pageUp)
        #expect(h.state.cursor.isoWeek == ISOWeek(year: 2026, week: 47))
        h.press(.char("m"))
        #expect(h.screen().line(0) .contains("Novembre 2026"))
        h.press(.pageDown)
        #expect(h.state.cursor.month == 12)
        h.press(.down)  // a week in the month view
        #expect(h.state.cursor == LocalDate(iso: "2026-12-24")!)
        h.press(.char("g"))
        h.type("2026-11-25")
        h.press(.enter, .char("m"), .tab, .tab)
        #expect(h.state.selection == 2)
        h.press(.backTab, .backTab, .backTab)
        #expect(h.state.selection == h.state.occurrences(on: h.state.cursor).count - 1)
        h.press(.char("g"))
        h.type("2026-12-24")
        h.press(.enter)
        h.press(.char("d"))
        #expect(h.screen().line(0).contains("Jeudi 24 décembre 2026"))
        h.press(.char("n"))
        #expect(h.screen().line(0).contains("Vendredi 25 décembre 2026"))
        #expect(h.text.contains("Noël"))
        h.press(.char("t"))
        #expect(h.state.cursor == h.state.today)
        h.press(.char("A"))
        #expect(h.state.mode == .agenda)
        #expect(h.screen().line(0).contains("Agenda"))
        #expect(h.text.contains("DigiWorld Summit"))
        h.press(.char("q"))
        #expect(h.quit)
    }

    @Test func ctrlCQuitsFromAFormAPromptOrTheHelp() throws {
        for opener in [Key.char("a"), .char("/"), .char("g"), .char("?"), .char("x")] {
            var h = try Harness()
            let before = try h.store.eventCount()
            h.press(opener)
            h.type("zz")
            h.press(.ctrl("c"))
            if opener == .char("a") {
                // A changed form asks first; the second Ctrl-C quits.
                #expect(!h.quit)
                #expect(h.screen().line(29).contains("Ctrl-C encore pour quitter sans enregistrer"))
                h.press(.ctrl("c"))
            }
            #expect(h.quit, "Ctrl-C after \(opener)")
            #expect(try h.store.eventCount() == before)
        }
    }

    @Test func goToNamesAndTakesTheFrenchWords() throws {
        var h = try Harness()
        h.press(.char("g"))
        #expect(h.screen().line(29).contains("aujourd'hui, demain"))
        #expect(!h.screen().line(29).contains("today"))
        h.type("demain")
        h.press(.enter)
        #expect(h.state.cursor == LocalDate(iso: "2026-11-26")!)
        h.press(.char("g"))
        h.type("aujourd'hui")
        h.press(.enter)
        #expect(h.state.cursor == LocalDate(iso: "2026-11-25")!)
    }

    @Test func goToAcceptsDaysWeeksAndRejectsNonsenseInPlace() throws {
        var h = try Harness()
        h.press(.char("g"))
        h.type("2027-W02")
        #expect(h.screen().line(29).contains("Aller à la date"))
        h.press(.enter)
        #expect(h.state.cursor == LocalDate(iso: "2027-01-11")!)
        #expect(h.state.mode == .week)
        h.press(.char("g"))
        h.type("2026-13-45")
        h.press(.enter)
        #expect(h.state.cursor == LocalDate(iso: "2027-01-11")!)
        #expect(h.state.message?.contains("Date invalide") == true)
        #expect(h.screen().style(row: 29, col: 2).role == .error)
        h.press(.char("g"))
        h.type("2026-12-28")
        h.press(.enter)
        // 2026-W53 runs from Monday 28 December 2026 to Sunday 3 January 2027.
        #expect(h.screen().line(0).contains("Semaine 53 — du lundi 28 décembre 2026 au dimanche 3 janvier 2027"))
    }

    @Test func monthViewHasISOWeeksHolidaysAndToday() throws {
        var h = try Harness()
        h.press(.char("m"))
        let screen = h.screen()
        #expect(screen.line(2).hasPrefix(" 44 26"))
        // 11 November (Armistice) is marked as a holiday, 25 November as today.
        let row = (0..<30).first { screen.line($0).hasPrefix(" 46") }!
        let col = screen.line(row).range(of: "11")!.lowerBound.utf16Offset(in: screen.line(row))
        #expect(screen.style(row: row, col: col).role == .holiday)
        let todayRow = (0..<30).first { screen.line($0).hasPrefix(" 48") }!
        let todayCol = screen.line(todayRow).range(of: "25")!.lowerBound.utf16Offset(in: screen.line(todayRow))
        #expect(screen.style(row: todayRow, col: todayCol).role == .today)
        #expect(screen.line(todayRow).contains("25 !"))
        // At 80×24 a cell has one line for events: the count of the others comes first.
        var small = try Harness(rows: 24, cols: 80)
        small.press(.char("m"))
        let s24 = small.screen()
        let row48 = (0..<24).first { s24.line($0).hasPrefix(" 48") }!
        #expect(s24.line(row48 + 1).contains("+3 DigiW"))
    }

    @Test func helpWrapsLongLinesAt80ColumnsAndScrollsToTheLast() throws {
        // Every word of every entry is on screen somewhere at 80 columns, no line is cut,
        // and French punctuation never starts a line.
        let lines = HelpView.lines(.fr, width: 80)
        #expect(lines.allSatisfy { DisplayWidth.of("  " + $0) <= 80 })
        #expect(lines.count > HelpView.entries.count)
        let words = { (t: String) in t.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(words(lines.joined(separator: " ")) == words(HelpView.lines(.fr).joined(separator: " ")))
        for l in lines where l.hasPrefix(String(repeating: " ", count: HelpView.keyWidth + 1)) {
            let t = l.trimmingCharacters(in: .whitespaces)
            #expect(![":", ";", "»", "!", "?"].contains { t.hasPrefix($0 + " ") || t == $0 }, "\(l)")
            #expect(!t.hasSuffix("«"), "\(l)")
        }
        // Scrolling reaches the last wrapped line.
        var h = try Harness(rows: 24, cols: 80)
        h.press(.char("?"))
        for _ in 0..<20 { h.press(.pageDown) }
        let last = try #require(lines.last).trimmingCharacters(in: .whitespaces)
        #expect(h.text.contains(last))
    }

    @Test func helpListsEveryKeyAndClosesWithEscapeOrQuestionMark() throws {
        var h = try Harness(rows: 50, cols: 120)
        h.press(.char("?"))
        let text = h.text
        for key in ["m w d A", "← → h l", "↑ ↓ k j", "n p", " t ", " g ", "a +", "e Entrée", " y ", "x Suppr", " u ", " / ", " f ", " o ", "Échap", " P ", " r ", " ? ", "q Ctrl-C", "Ctrl-N"] {
            #expect(text.contains(key), "help misses \(key)")
        }
        h.press(.escape)
        #expect(!h.state.showHelp)
        h.press(.char("?"), .char("?"))
        #expect(!h.state.showHelp)
        // On a short terminal the help scrolls.
        var short = try Harness(rows: 16, cols: 80)
        short.press(.char("?"))
        #expect(short.text.contains("↑↓ pour faire défiler"))
        #expect(!short.text.contains("q Ctrl-C"))
        var seen = Set<String>()
        for _ in 0..<12 {
            short.press(.pageDown)
            for key in ["q Ctrl-C", "Ctrl-N"] where short.text.contains(key) { seen.insert(key) }
        }
        #expect(seen == ["q Ctrl-C", "Ctrl-N"])
        short.press(.escape)
        #expect(!short.state.showHelp)
        var en = try Harness(lang: .en)
        en.press(.char("?"))
        #expect(en.text.contains("undo / redo a change of this session"))
    }

    @Test func resizesAndTinyTerminalsNeverCrash() throws {
        var h = try Harness()
        for (r, c) in [(6, 20), (10, 40), (9, 39), (1, 1), (50, 200), (24, 80), (12, 41), (30, 100)] {
            h.send(.resize(rows: r, cols: c))
            for mode in ["m", "w", "d", "A", "?", "?", "a"] {
                h.press(.char(Character(mode)))
                let screen = h.screen()
                if r < 10 || c < 40 {
                    #expect(screen.line(0).hasPrefix("Terminal trop petit") || c < 19)
                } else {
                    #expect(!screen.line(0).isEmpty)
                }
                if h.state.form != nil { h.press(.escape) }
            }
        }
        #expect(h.state.rows == 30)
    }

    @Test func accentedTitlesKeepTheirColumnsAndASCIIFallback() {
        let screen = MemoryScreen(rows: 2, cols: 20)
        screen.put("Nîmes|Alès", row: 0, col: 2, style: .plain)
        #expect(screen.line(0) == "  Nîmes|Alès")
        #expect(DisplayWidth.of("Lézignan-Corbières") == 18)
        #expect(DisplayWidth.fit("Lézignan-Corbières", to: 10) == "Lézignan-…")
        #expect(ASCIIFallback.convert("Lézignan — « Réunion » … Œuvre") == "Lezignan - \" Reunion \" ... OEuvre")
    }

    @Test func withoutUTF8TheBordersAreASCII() throws {
        let h = try Harness()
        let screen = h.screen(unicode: false)
        #expect(screen.text.contains("-----"))
        #expect(!screen.text.contains("─"))
    }

    @Test func crowdedDaysStayReadable() throws {
        let store = try Store(inMemorySample: false)
        let paris = Harness.paris
        let events = (0..<40).map { n -> Event in
            let start = LocalDateTime(date: LocalDate(iso: "2026-11-25")!, hour: 8 + n / 4, minute: (n % 4) * 15).instant(in: paris)
            return Event(uid: "crowd-\(n)", title: String(format: "Rendez-vous %02d", n), start: start, end: start.addingTimeInterval(900), cities: ["TLS"])
        }
        try store.save(events)
        var h = try Harness(store: store, rows: 24, cols: 80)
        // The week column ends with how many are not shown.
        #expect(h.text.range(of: "\\+[0-9]+", options: .regularExpression) != nil)
        h.press(.char("d"))
        for _ in 0..<35 { h.press(.char("j")) }
        #expect(h.state.selectedOccurrence?.title == "Rendez-vous 35")
        let screen = h.screen()
        let row = try #require((0..<24).first { screen.line($0).contains("Rendez-vous 35") && screen.style(row: $0, col: 3).reverse })
        #expect(row < 24 - 1 - DetailsPane.height)
    }
}
