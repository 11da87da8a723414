// BrowsingTests: what issue #13 asked of browsing — overlapping events side by side for their
// whole duration (and `+N` when too narrow), the details view, the search across the whole
// calendar with its result list and n/N, and undo/redo limited to this session's changes.
import Foundation
import PlannerCore
import Testing
@testable import planner_tui

struct BrowsingTests {
    /// Thursday 26 November: the Summit's second day (09:00–17:30) next to SportTech, the
    /// Nîmes workshop and the Perpignan meeting; every row of each event is drawn.
    @Test func overlappingEventsKeepTheirFullHeightInSideBySideColumns() throws {
        var h = try Harness(today: "2026-11-26", rows: 40, cols: 120)
        h.press(.char("d"))
        let list = h.state.occurrences(on: h.state.cursor).filter { !$0.allDay }
        let grid = TimeGrid(occurrences: list, days: [h.state.cursor], zone: Harness.paris, rows: 28)
        let placed = grid.place(list, day: h.state.cursor, zone: Harness.paris)
        let summit = try #require(list.firstIndex { $0.title == "DigiWorld Summit — journée 2" })
        let sport = try #require(list.firstIndex { $0.title.hasPrefix("SportTech") })
        #expect(placed[summit].first == grid.row(hour: 9, minute: 0))
        #expect(placed[summit].last == grid.row(hour: 17, minute: 15))
        #expect(placed[summit].column != placed[sport].column)
        #expect(placed[summit].columns >= 2)
        // No two events whose rows overlap share a column.
        for a in placed.indices { for b in placed.indices where a < b {
            let overlap = placed[a].first <= placed[b].last && placed[b].first <= placed[a].last
            #expect(!(overlap && placed[a].column == placed[b].column))
        } }
        // On screen: the Summit's column carries it from 09:00 to 17:30, 12:00–13:30 included.
        let screen = h.screen()
        let text = screen.text
        #expect(text.contains("Summit"))
        #expect(text.contains("SportTech"))
        let firstRow = try #require((0..<screen.rows).first { screen.line($0).contains("09:00–17:30") })
        let col = try #require(screen.line(firstRow).range(of: "09:00–17:30")).lowerBound
        let x = screen.line(firstRow).distance(from: screen.line(firstRow).startIndex, to: col)
        let lastRow = try #require((0..<screen.rows).last { r in
            let l = Array(screen.line(r))
            return l.count > x && l[x] == "┊"
        })
        #expect(lastRow - firstRow >= 8)
        for r in (firstRow + 1)...lastRow { #expect(Array(screen.line(r))[x] == "┊", "row \(r) lost the Summit") }
    }

    @Test func aLongEventStaysVisibleBesideAShortOneInTheDayView() throws {
        var h = try Harness(today: "2026-12-08", rows: 30, cols: 100)
        let tls = "TLS"
        let day = LocalDate(iso: "2026-12-08")!
        func at(_ hh: Int, _ mm: Int) -> Date { LocalDateTime(date: day, hour: hh, minute: mm).instant(in: Harness.paris) }
        try h.store.save(Event(title: "Long", start: at(9, 0), end: at(17, 0), cities: [tls]))
        try h.store.save(Event(title: "Court", start: at(10, 0), end: at(11, 0), cities: [tls]))
        h.send(.externalChange)
        h.press(.char("d"))
        let screen = h.screen()
        let rows = (0..<screen.rows).map(screen.line)
        let start = try #require(rows.firstIndex { $0.contains("Long") })
        let x = rows[start].distance(from: rows[start].startIndex, to: try #require(rows[start].range(of: "09:00–17:00")).lowerBound)
        let sixteen = try #require(rows.firstIndex { $0.hasPrefix(" 16:") })
        for r in (start + 1)...sixteen { #expect(Array(rows[r])[x] == "┊", "row \(r): \(rows[r])") }
        #expect(rows.contains { $0.contains("Court") })
    }

    @Test func tooManyColumnsShowPlusNAndTheDetailsListThem() throws {
        var h = try Harness(today: "2026-12-09", rows: 30, cols: 60)
        let day = LocalDate(iso: "2026-12-09")!
        func at(_ hh: Int) -> Date { LocalDateTime(date: day, hour: hh, minute: 0).instant(in: Harness.paris) }
        for i in 1...9 { try h.store.save(Event(title: "Atelier \(i)", start: at(10), end: at(12), cities: ["TLS"])) }
        h.send(.externalChange)
        let screen = h.screen()
        // Week view, columns of 7 cells: one event shown, the others counted.
        #expect(screen.text.contains("+8") || screen.text.contains("+9"))
        h.press(.char("i"))
        let details = h.text
        #expect(details.contains("En même temps (8)"))
        for i in 2...9 where !h.state.selectedOccurrence!.title.hasSuffix("\(i)") { #expect(details.contains("Atelier \(i)")) }
    }

    @Test func detailsShowEverythingInFullAndScroll() throws {
        var h = try Harness(today: "2026-11-25", rows: 14, cols: 60)
        let summit = try #require(h.state.occurrences(on: h.state.cursor).first { $0.title == "DigiWorld Summit — journée 1" })
        try h.select(uid: summit.uid)
        h.press(.char(" "))
        #expect(h.state.detailsScroll == 0)
        var all = ""
        for _ in 0..<30 { all += h.text; h.press(.down) }
        let lines = DetailsView.lines(h.state, width: 58).map(\.text).joined(separator: "\n")
        #expect(all.contains("DigiWorld Summit — journée 1"))
        #expect(all.contains("Claire Martin, Karim Benali"))
        #expect(all.contains("Grand événement"))
        // The conflict in full, naming the other event, over several lines at 60 columns.
        #expect(all.contains("Conflit"))
        #expect(all.contains("Comité de pilotage Innovation IT Day"))
        #expect(!lines.contains("…"))
        #expect(lines.split(separator: "\n").count > 12)
        h.press(.escape)
        #expect(h.state.detailsScroll == nil)
        #expect(h.screen().line(0).contains("Semaine 48"))
    }

    @Test func recurrenceIsWrittenInWords() throws {
        var h = try Harness(today: "2026-12-07", rows: 30, cols: 100)
        let day = LocalDate(iso: "2026-12-07")!
        let start = LocalDateTime(date: day, hour: 12, minute: 0).instant(in: Harness.paris)
        let e = Event(title: "Midi numérique", start: start, end: start.addingTimeInterval(3600), cities: ["TLS"], rrule: "FREQ=WEEKLY;INTERVAL=2;COUNT=5")
        try h.store.save(e)
        h.send(.externalChange)
        try h.select(uid: e.uid)
        h.press(.char("i"))
        #expect(!h.text.contains("FREQ="))
        #expect(h.text.contains("Répétition        toutes les 2 semaines, 5 fois"))
    }

    @Test func searchFindsCitiesAndPeopleAnywhereAccentInsensitive() throws {
        var h = try Harness()
        h.press(.char("/"))
        h.type("perpignan")
        h.press(.enter)
        let found = try #require(h.state.search)
        #expect(found.results.contains { $0.title == "Green IT Day — Perpignan" })
        #expect(found.results.allSatisfy { $0.event.cities.contains("PGF") || $0.title.contains("Perpignan") })
        #expect(h.text.contains("Recherche « perpignan »"))
        // Jump to the January event: the cursor moves there and selects it.
        let k = try #require(found.results.firstIndex { $0.title == "Green IT Day — Perpignan" })
        for _ in 0..<k { h.press(.down) }
        h.press(.enter)
        #expect(h.state.cursor == LocalDate(iso: "2027-01-21")!)
        #expect(h.state.selectedOccurrence?.title == "Green IT Day — Perpignan")
        #expect(h.screen().line(29).contains("recherche « perpignan »"))
        // n / N walk the results without the list.
        h.press(.char("n"))
        #expect(h.state.search?.index == (k + 1) % found.results.count)
        h.press(.char("N"))
        #expect(h.state.selectedOccurrence?.title == "Green IT Day — Perpignan")
        // Esc forgets the search: n is the next week again.
        h.press(.escape)
        #expect(h.state.search == nil)

        h.press(.char("/"))
        h.type("ALES")
        h.press(.enter)
        #expect(h.state.search?.results.contains { $0.title == "Cybersécurité des collectivités" } == true)
        h.press(.escape)
        h.press(.char("/"))
        h.type("claire")
        h.press(.enter)
        let people = try #require(h.state.search?.results)
        #expect(people.contains { $0.title == "DigiWorld Summit — journée 1" })
        #expect(people.allSatisfy { $0.event.people.contains("P001") || $0.title.lowercased().contains("claire") || $0.event.description.lowercased().contains("claire") })
        h.press(.escape)
        h.press(.char("/"))
        h.type("zzzz")
        h.press(.enter)
        #expect(h.state.search == nil)
        #expect(h.state.message == "Rien trouvé pour « zzzz »")
    }

    @Test func aFilteredPrintNamesItsFilterAndNeverOverwritesAnEarlierPrint() throws {
        var h = try Harness()
        h.press(.char("f"))
        h.type("nimes, ales")
        h.press(.enter)
        h.press(.char("P"))
        let first = h.printDir.appendingPathComponent("agenda-2026-W48.txt")
        let text = try String(contentsOf: first, encoding: .utf8)
        #expect(text.hasPrefix("Semaine 48 — du lundi 23 au dimanche 29 novembre 2026 — Nîmes, Alès\n"))
        #expect(h.state.message == "Imprimé : \(h.printDir.path)/agenda-2026-W48.txt et \(h.printDir.path)/agenda-2026-W48.html")
        h.press(.char("f"))
        h.type("montpellier")
        h.press(.enter)
        h.press(.char("P"))
        #expect(try String(contentsOf: first, encoding: .utf8) == text)
        let second = try String(contentsOf: h.printDir.appendingPathComponent("agenda-2026-W48-2.txt"), encoding: .utf8)
        #expect(second.hasPrefix("Semaine 48 — du lundi 23 au dimanche 29 novembre 2026 — bureau de Montpellier\n"))
        #expect(h.state.message?.contains("agenda-2026-W48-2.txt") == true)
        #expect(h.state.message?.contains("les fichiers précédents sont gardés") == true)
    }

    @Test func undoTouchesOnlyThisSessionsChangesAndRedoPutsThemBack() throws {
        var h = try Harness()
        // A colleague adds an event from the command line: `u` leaves it alone.
        let other = Event(title: "Ajout d'un collègue", start: Date(timeIntervalSince1970: 1_795_600_000), end: Date(timeIntervalSince1970: 1_795_603_600), cities: ["TLS"])
        try h.store.save(other, label: .add)
        h.send(.externalChange)
        h.press(.char("u"))
        #expect(h.state.message == "Rien à annuler dans cette session")
        #expect(try h.store.event(uid: other.uid) != nil)
        // Our own add: the status line names it; u removes it, Ctrl-R brings it back.
        h.press(.char("a"), .char("j"))
        h.type("Atelier RGPD")
        h.set(.cities, to: "Toulouse")
        h.press(.enter)
        h.press(.char("t"))
        #expect(h.screen().line(29).contains("u annuler : ajout de « Atelier RGPD »"))
        let mine = try #require(try h.events(titled: "Atelier RGPD").first)
        h.press(.char("u"))
        #expect(h.state.message?.hasPrefix("Annulé : ajout de « Atelier RGPD »") == true)
        #expect(try h.store.event(uid: mine.uid) == nil)
        #expect(try h.store.event(uid: other.uid) != nil)
        h.press(.ctrl("r"))
        #expect(h.state.message == "Rétabli : ajout de « Atelier RGPD »")
        #expect(try h.store.event(uid: mine.uid) == mine)
        // Someone edits it meanwhile: undo asks first; Esc keeps their version.
        var changed = mine
        changed.title = "Atelier RGPD (salle B)"
        try h.store.save(changed, label: .edit)
        h.send(.externalChange)
        h.press(.char("u"))
        #expect(h.screen().line(29).contains("Modifié depuis par quelqu'un d'autre"))
        h.press(.escape)
        #expect(try h.store.event(uid: mine.uid)?.title == "Atelier RGPD (salle B)")
        h.press(.char("u"), .char("o"))
        #expect(try h.store.event(uid: mine.uid) == nil)
    }
}

/// The form as issue #13 asked: typing replaces a selected field, all errors at once, people
/// completed with Tab and unknown names confirmed, the big-event flag.
struct FormTests {
    @Test func theFirstKeyReplacesTheFieldAndEndTypesAfterIt() throws {
        var h = try Harness()
        h.press(.char("a"), .char("t"))
        h.focus(.start)
        #expect(h.state.form?[.start] == "09:00")
        h.type("12:00")
        #expect(h.state.form?[.start] == "12:00")
        h.focus(.end)
        h.press(.end)
        h.press(.backspace, .backspace)
        h.type("30")
        #expect(h.state.form?[.end] == "10:30")
        h.press(.char("?"))
        #expect(HelpView.lines(.fr).joined().contains("Ctrl-U vide le champ"))
    }

    @Test func everyInvalidFieldIsMarkedAtOnce() throws {
        var h = try Harness()
        h.press(.char("a"), .char("t"))
        h.set(.day, to: "2026-13-40")
        h.set(.start, to: "25:99")
        h.set(.cities, to: "Atlantis")
        h.press(.enter)
        let errors = try #require(h.state.form?.errors)
        #expect(Set(errors.keys) == [.title, .day, .start, .cities])
    }

    @Test func peopleCompleteWithTabAndAnUnknownNameAsksFirst() throws {
        var h = try Harness()
        h.press(.char("a"), .char("t"))
        h.type("Atelier RGPD")
        h.focus(.people)
        h.type("sop")
        #expect(h.text.contains("Tab → Sophie Garnier"))
        h.press(.tab)
        #expect(h.state.form?[.people] == "Sophie Garnier")
        h.press(.end)
        h.type(", Sophie Garnie")
        h.press(.enter)
        #expect(h.screen().line(29).contains("« Sophie Garnie » ne correspond à personne : nouvelle personne ?"))
        #expect(try h.events(titled: "Atelier RGPD").isEmpty)
        // Any other key: back to the people field to correct it.
        h.press(.char("n"))
        #expect(h.state.form?.focus == .people)
        h.press(.enter, .char("o"))
        let e = try #require(try h.events(titled: "Atelier RGPD").first)
        #expect(e.people.count == 2)
        #expect(try h.store.person(matching: "Sophie Garnie") != nil)
    }

    @Test func theBigEventFlagIsSaved() throws {
        var h = try Harness()
        h.press(.char("a"), .char("m"))
        h.type("Salon régional")
        h.focus(.big)
        h.press(.char(" "))
        #expect(h.text.contains("‹ oui ›"))
        h.press(.enter)
        #expect(try h.events(titled: "Salon régional").first?.big == true)
    }

    @Test func quickAddPromptUnderstandsOneLineAndGoesToTheEvent() throws {
        var h = try Harness()
        h.press(.char("c"))
        #expect(h.screen().line(29).contains("Ajout rapide"))
        h.type("mardi 12h-13h30 Castres Atelier RGPD avec Claire Martin")
        h.press(.enter)
        #expect(h.state.message == "Compris : mardi 1er décembre 2026, 12:00–13:30, Castres : « Atelier RGPD » avec Claire Martin")
        #expect(h.state.cursor == LocalDate(iso: "2026-12-01")!)
        #expect(h.state.selectedOccurrence?.title == "Atelier RGPD")
        // Undoable like any change of the session.
        h.press(.char("u"))
        #expect(try h.events(titled: "Atelier RGPD").isEmpty)
        h.press(.char("c"))
        h.type("demain Atelier")
        h.press(.enter)
        #expect(h.state.messageIsError)
        #expect(h.state.message?.contains("aucune ville connue") == true)
    }

    @Test func ctrlCOnAnUntouchedFormQuitsAtOnce() throws {
        var h = try Harness()
        h.press(.char("a"), .char("t"), .ctrl("c"))
        #expect(h.quit)
    }
}

/// Small things of issue #13.
struct SmallThingsTests {
    @Test func asciiFallbackKeepsTheWidthSoACutTitleLeavesTheGap() {
        let cut = DisplayWidth.fit("Ouverture de la DigiWorldWeek", to: 12)
        #expect(cut == "Ouverture d…")
        #expect(ASCIIFallback.fitted(cut) == "Ouverture d.")
        #expect(ASCIIFallback.fitted("Nîmes — Alès  ") == "Nimes - Ales  ")
        #expect(DisplayWidth.of(ASCIIFallback.fitted("→ Œuvre…")) == DisplayWidth.of("→ Œuvre…"))
    }

    @Test func aTinyMonthViewShowsTheSelectedWeek() throws {
        var h = try Harness(today: "2026-11-25", rows: 10, cols: 40)
        h.press(.char("m"))
        let screen = h.screen()
        let weekRows = (0..<10).filter { screen.line($0).hasPrefix(" 4") }
        #expect(weekRows.map { String(screen.line($0).prefix(3)) } == [" 46", " 47", " 48"])
        // Wednesday 25 is drawn selected in week 48's row.
        let row = try #require(weekRows.last)
        #expect((0..<40).contains { screen.style(row: row, col: $0).reverse })
    }

    @Test func aTenRowGridUsesNinetyMinuteRowsSoEveryRowServes() {
        let day = LocalDate(iso: "2026-11-25")!
        let grid = TimeGrid(occurrences: [], days: [day], zone: Harness.paris, rows: 10)
        #expect(grid.slotMinutes == 90)
        #expect(grid.row(hour: 9, minute: 30) == 1)
        #expect(grid.label(at: 2) == "11:00")
    }
}
