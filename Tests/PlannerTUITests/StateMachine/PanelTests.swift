import Foundation
import PlannerCore
import Testing
@testable import planner_tui

/// The report panels through the state machine and the real effect runner: each opens from
/// its key and closes with Esc; parity switches quarter/month; the tour creates its next
/// stop; `p` on a stop to place shows the proposal and Enter applies it; `P` prints; the
/// zone C school holidays show in the month, the week and the details.
struct PanelTests {
    @Test func parityPanelOpensSwitchesAndCloses() throws {
        var h = try Harness(today: "2026-11-25")
        h.press(.char("B"))
        let p = try #require(h.state.panel)
        #expect(p.kind == .parity(year: 2026, grouping: .quarter) && !p.loading)
        #expect(h.text.contains("Parité Toulouse / Montpellier — 2026, par trimestre"))
        #expect(h.text.contains("▸ 4e trim. 2026"))
        #expect(p.lines.contains { $0.role == .warning && $0.text.contains("4e trim. 2026") })
        h.press(.tab)
        #expect(h.state.panel?.kind == .parity(year: 2026, grouping: .month))
        #expect(h.text.contains("novembre 2026"))
        h.press(.left)
        #expect(h.state.panel?.kind == .parity(year: 2025, grouping: .month))
        h.press(.escape)
        #expect(h.state.panel == nil && h.text.contains("Semaine 48"))
    }

    @Test func tourPanelCreatesTheProposedStop() throws {
        var h = try Harness(today: "2026-11-25")
        h.state.cursor = LocalDate(iso: "2026-11-24")!
        h.send(.externalChange)
        try h.select(uid: try #require(try h.events(titled: "Green IT Day — Nîmes").first).uid)
        h.press(.char("T"))
        let p = try #require(h.state.panel)
        #expect(p.kind == .tour(series: "green-it-day-2026"))
        #expect(h.text.contains("Green IT Day 2026–27"))
        guard case .newStop(_, let day, let city, _)? = p.selectedItem else { Issue.record("no new stop proposed"); return }
        #expect(h.text.contains("↵ Nouvelle étape : ") && h.text.contains("placée à cette date"))
        let before = try h.store.allEvents().count
        h.press(.enter)
        let added = try #require(try h.store.allEvents().first { $0.series == "green-it-day-2026" && $0.cities == [city] && $0.placement.isPlaced })
        #expect(try h.store.allEvents().count == before + 1)
        #expect(LocalDate(added.start, in: Harness.paris) == day)
        #expect(h.state.message?.hasPrefix("Étape ajoutée : « Green IT Day — ") == true)
        // Tab: the next one is left to the scheduler instead.
        h.press(.tab)
        #expect(h.state.panel?.createPlaced == false && h.text.contains("à placer par le planificateur"))
        h.press(.escape)
        #expect(h.state.panel == nil)
    }

    @Test func pOnAStopToPlaceShowsTheProposalAndEnterAppliesIt() throws {
        var h = try Harness(today: "2026-11-25")
        h.state.cursor = LocalDate(iso: "2026-11-24")!
        h.send(.externalChange)
        try h.select(uid: try #require(try h.events(titled: "Green IT Day — Nîmes").first).uid)
        h.press(.char("T"))
        let panel = try #require(h.state.panel)
        let index = try #require(panel.items.firstIndex { if case .unplaced = $0 { return true } else { return false } })
        for _ in 0..<index { h.press(.down) }
        h.press(.char("p"))
        let proposal = try #require(h.state.panel)
        guard case .proposal(let uid) = proposal.kind, case .apply(_, let day, let city)? = proposal.selectedItem else {
            Issue.record("no proposal: \(proposal.lines)"); return
        }
        #expect(h.text.contains("« Green IT Day — Rodez ou Albi » → "))
        #expect(h.text.contains("2e choix : "))
        h.press(.enter)
        #expect(h.state.panel == nil)
        let placed = try #require(try h.store.event(uid: uid))
        #expect(placed.placement.isPlaced && placed.cities == [city] && LocalDate(placed.start, in: Harness.paris) == day)
        #expect(placed.title == (city == "RDZ" ? "Green IT Day — Rodez" : "Green IT Day — Albi"))
        h.press(.char("u"))
        #expect(try h.store.event(uid: uid)?.placement.isPlaced == false)
    }

    @Test func itineraryPanelShowsTheTripHomeAndCyclesPeople() throws {
        var h = try Harness(today: "2026-10-15")
        try h.select(uid: try #require(try h.events(titled: "cybersécurité des TPE (Montpellier)").first).uid)
        h.press(.char("I"))
        let p = try #require(h.state.panel)
        #expect(p.kind == .itinerary(person: "P003", people: ["P003"], day: LocalDate(iso: "2026-10-15")!, month: false))
        #expect(h.text.contains("Sophie Garnier (P003) — itinéraire, domicile : Toulouse"))
        #expect(h.text.contains("↳ retour à Toulouse : 243 km"))
        h.press(.char("m"))
        #expect(h.state.panel?.kind == .itinerary(person: "P003", people: ["P003"], day: LocalDate(iso: "2026-10-15")!, month: true))
        #expect(h.text.contains("du jeudi 1er au samedi 31 octobre 2026"))
        h.press(.escape)
        #expect(h.state.panel == nil)
        // From the details view too, and Esc comes back to the details.
        h.press(.char("i"))
        #expect(h.state.detailsScroll != nil)
        h.press(.char("I"))
        #expect(h.state.panel != nil)
        h.press(.escape)
        #expect(h.state.panel == nil && h.state.detailsScroll != nil)
    }

    @Test func panelKeysNeedAnEventWithASeriesOrPeople() throws {
        var h = try Harness(today: "2026-11-28")
        h.press(.char("T"))
        #expect(h.state.panel == nil && h.state.message == "Aucun événement sélectionné")
    }

    @Test func capitalPPrintsThePanel() throws {
        var h = try Harness(today: "2026-11-25")
        h.press(.char("B"))
        h.press(.char("P"))
        let txt = h.printDir.appendingPathComponent("parite-2026-quarter.txt").path
        #expect(h.state.message == "Imprimé dans \(txt) et \(h.printDir.appendingPathComponent("parite-2026-quarter.html").path)")
        #expect(try String(contentsOfFile: txt, encoding: .utf8).contains("« écart » : Toulouse moins Montpellier"))
    }

    @Test func panelsFitAt40x10() throws {
        var h = try Harness(today: "2026-11-25", rows: 10, cols: 40)
        for key in ["B", "I"] as [Character] {
            h.state.cursor = LocalDate(iso: "2026-11-25")!
            h.send(.externalChange)
            if key == "I" { try h.select(uid: try #require(try h.events(titled: "DigiWorld Summit — journée 1").first).uid) }
            h.press(.char(key))
            #expect(h.state.panel != nil)
            let lines = h.text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count <= 10 && lines.allSatisfy { DisplayWidth.of(String($0)) <= 40 })
            #expect(h.text.contains("Échap"))
            h.press(.escape)
            #expect(h.state.panel == nil)
        }
    }

    @Test func schoolHolidaysShowInTheWeekTheMonthAndTheDetails() throws {
        var h = try Harness(today: "2026-12-21")
        #expect(h.state.schoolHolidays[LocalDate(iso: "2026-12-21")!] == "Vacances de Noël")
        #expect(h.text.contains("≈ Vacances de Noël ≈≈"))
        h.press(.char("m"))
        #expect(h.text.contains("21≈") && h.text.contains("18 ") && !h.text.contains("18≈"))
        // The details of an event during the holidays say so.
        var d = try Harness(today: "2026-12-17")
        _ = d
        let store = try Store(inMemorySample: false)
        try store.save(Event(title: "Forum", start: LocalDateTime(date: LocalDate(iso: "2026-12-22")!, hour: 9, minute: 0).instant(in: Harness.paris),
                             end: LocalDateTime(date: LocalDate(iso: "2026-12-22")!, hour: 12, minute: 0).instant(in: Harness.paris), cities: ["TLS"]))
        d = try Harness(store: store, today: "2026-12-22")
        #expect(d.text.contains("Vacances de Noël (vacances scolaires, zone C)"))
    }
}

extension PanelTests {
    @Test func unplacedPanelListsEveryEventToPlaceAndProposes() throws {
        var h = try Harness(today: "2026-11-25")
        h.press(.char("U"))
        let p = try #require(h.state.panel)
        #expect(p.kind == .unplaced && p.items.count == 2)
        #expect(h.text.contains("p Green IT Day — Rodez ou Albi") && h.text.contains("p Table à secousses — Tarbes ou Auch"))
        #expect(h.text.contains("Rodez, Albi · du lundi 1er au mercredi 31 mars 2027"))
        h.press(.down, .char("p"))
        guard case .apply(let uid, _, let city)? = h.state.panel?.selectedItem else { Issue.record("no proposal"); return }
        #expect(h.text.contains("« Table à secousses — Tarbes ou Auch » → "))
        h.press(.enter)
        let placed = try #require(try h.store.event(uid: uid))
        #expect(placed.placement.isPlaced && placed.title == "Table à secousses — " + (city == "TBS" ? "Tarbes" : "Auch"))
    }
}
