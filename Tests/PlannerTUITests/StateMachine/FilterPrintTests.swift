import Foundation
import PlannerCore
import Testing
@testable import planner_tui

/// Search, filters, the office scope, conflict marks, printing and changes made by other
/// processes.
struct FilterPrintTests {
    @Test func incrementalSearchFiltersAsYouTypeAndEscapeClearsIt() throws {
        var h = try Harness()
        let all = h.state.occurrences.count
        h.press(.char("/"))
        h.type("food")
        #expect(h.screen().line(29).contains("Rechercher : food"))
        let found = h.state.occurrences
        #expect(!found.isEmpty && found.count < all)
        #expect(found.allSatisfy { $0.title.lowercased().contains("food") || $0.event.description.lowercased().contains("food") })
        h.press(.enter)
        #expect(h.screen().line(29).contains("recherche « food »"))
        h.press(.escape)
        #expect(h.state.occurrences.count == all)
    }

    @Test func filterByCityOrOfficeWithoutAccents() throws {
        var h = try Harness()
        h.press(.char("f"))
        h.type("nimes")
        h.press(.enter)
        #expect(!h.state.occurrences.isEmpty)
        #expect(h.state.occurrences.allSatisfy { $0.event.cities.contains("NIM") })
        #expect(h.screen().line(29).contains("Nîmes"))
        h.press(.char("f"))
        h.type("toulouse")
        h.press(.enter)
        #expect(h.state.occurrences.allSatisfy { $0.event.office == .toulouse })
        h.press(.char("f"))
        h.type("Atlantis")
        h.press(.enter)
        #expect(h.state.message?.contains("Atlantis") == true)
    }

    @Test func officeIsChosenOnceThenOCyclesMineOtherEverything() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("office-\(UUID().uuidString).sqlite").path
        var h = try Harness(store: try Store(path: path))
        h.press(.char("o"))
        #expect(h.screen().line(29).contains("Votre bureau (retenu)"))
        h.press(.char("m"))
        #expect(h.state.scope == .mine)
        #expect(h.state.occurrences.allSatisfy { $0.event.office == .montpellier })
        h.press(.char("o"))
        #expect(h.state.scope == .other)
        #expect(h.state.occurrences.allSatisfy { $0.event.office == .toulouse })
        h.press(.char("o"))
        #expect(h.state.scope == .everything)
        // Remembered in the database.
        let again = try Harness(store: try Store(path: path))
        #expect(again.state.ownOffice == .montpellier)
    }

    @Test func conflictsAreMarkedAndExplained() throws {
        var h = try Harness(today: "2026-11-25")
        h.press(.char("d"))
        let list = h.state.occurrences(on: h.state.cursor)
        let clashing = try #require(list.firstIndex { !h.state.conflicts(of: $0).isEmpty })
        h.state.selection = clashing
        let text = h.text
        #expect(text.contains("!09:00") || text.contains("!17:00"))
        #expect(text.contains("⚠ Conflit : Claire Martin"))
    }

    @Test func printWritesTheWeekAsTextAndHTMLLikeTheAgendaCommand() throws {
        var h = try Harness()
        h.press(.char("P"))
        let txt = h.printDir.appendingPathComponent("agenda-2026-W48.txt")
        let html = h.printDir.appendingPathComponent("agenda-2026-W48.html")
        #expect(h.state.message?.contains(txt.path) == true)
        let (expectedText, expectedHTML) = try h.store.printedWeek(ISOWeek(year: 2026, week: 48), lang: .fr, zone: Harness.paris)
        #expect(try String(contentsOf: txt, encoding: .utf8) == expectedText)
        #expect(try String(contentsOf: html, encoding: .utf8) == expectedHTML)
        #expect(expectedText.contains("Semaine 48"))
    }

    @Test func anotherProcessesAddAppearsWithoutRestart() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ext-\(UUID().uuidString).sqlite").path
        var h = try Harness(store: try Store(path: path))
        let other = try Store(path: path)
        let start = LocalDateTime(date: LocalDate(iso: "2026-11-26")!, hour: 15, minute: 0).instant(in: Harness.paris)
        try other.save(Event(title: "Ajouté par cron", start: start, end: start.addingTimeInterval(3600), cities: ["ALB"], created: Date(), lastModified: Date()))
        #expect(try h.store.revision() != h.session.revision)
        h.send(.externalChange)
        #expect(h.state.occurrences.contains { $0.title == "Ajouté par cron" })
        #expect(try h.store.revision() == h.session.revision)
    }
}
