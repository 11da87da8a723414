import Foundation
import Testing
@testable import PlannerCore

/// Parity, series and itinerary reports on the sample season and on hand-made events.
struct ReportsTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    func ev(_ uid: String, _ day: String, _ from: Int, _ to: Int, _ cities: [String], _ office: Office = .joint,
            people: [String] = [], big: Bool = false) -> Event {
        let d = LocalDate(iso: day)!
        return Event(uid: uid, title: uid, start: LocalDateTime(date: d, hour: from, minute: 0).instant(in: paris),
                     end: LocalDateTime(date: d, hour: to, minute: 0).instant(in: paris), cities: cities, office: office,
                     people: people, big: big)
    }

    @Test func parityCountsDuplexEventsForBothCitiesAndOthersAsElsewhere() throws {
        let s = try Store(inMemorySample: false)
        try s.save([
            ev("a", "2027-01-10", 9, 10, ["TLS", "MPL"], .joint),
            ev("b", "2027-02-10", 9, 10, ["TLS"], .toulouse),
            ev("c", "2027-03-31", 9, 10, ["NIM"], .montpellier),
            ev("d", "2027-04-01", 9, 10, ["MPL"], .montpellier),
        ])
        let occ = try s.occurrences(from: LocalDate(iso: "2027-01-01")!.startInstant(in: paris), to: LocalDate(iso: "2028-01-01")!.startInstant(in: paris))
        let r = ParityReport(year: 2027, grouping: .quarter, occurrences: occ, zone: paris)
        let q1 = r.periods[0]
        #expect(q1.label == "2027-Q1" && q1.toulouse == 2 && q1.montpellier == 1 && q1.elsewhere == 1)
        #expect(q1.byOffice == [.toulouse: 1, .montpellier: 1, .joint: 1])
        #expect(q1.difference == 1)
        #expect(r.periods[1].montpellier == 1 && r.periods[1].difference == -1)
        let json = r.json.serialized()
        // CONTRACT.md's shape first, the threshold after it.
        #expect(json.hasPrefix("{\"year\":2027,\"by\":\"quarter\",\"periods\":[{\"period\":\"2027-Q1\",\"toulouse\":2,\"montpellier\":1,\"elsewhere\":1,\"difference\":1,\"byOffice\":{\"toulouse\":1,\"montpellier\":1,\"joint\":1}}"))
        #expect(json.hasSuffix("\"threshold\":3,\"flagged\":[]}"))
        let monthly = ParityReport(year: 2027, grouping: .month, occurrences: occ, zone: paris)
        #expect(monthly.periods.count == 12 && monthly.periods[2].label == "2027-03" && monthly.periods[2].elsewhere == 1)
    }

    /// The sample season's 2026, counted by hand from SampleSeason.swift:
    /// September: launch evening (duplex TLS+MPL, joint), inter-comex LEZ (joint), Factory
    ///   e-santé MPL (Montpellier office), Factory Green IT TLS (Toulouse office)
    ///   → Toulouse 2, Montpellier 2, elsewhere 1; offices T1 M1 J2.
    /// October: Green IT Day TLS, midi-deux TLS, Factory Green IT TLS (T3); midi-deux MPL,
    ///   Factory e-santé MPL (M2); inter-comex LEZ (E1); offices T3 M2 J1.
    /// November: midi-deux TLS, Factory Green IT, comité de pilotage TLS (T3); Green IT Day MPL,
    ///   DigiWorldWeek (MPL+NIM: Montpellier, not elsewhere), midi-deux MPL, Factory e-santé and
    ///   ten DigiWorldWeek events in MPL (M14); inter-comex, Green IT Day Nîmes, six more in
    ///   Nîmes, Alès and Perpignan (E9); offices: joint = inter-comex, Summit ×2, Villes
    ///   connectées (4), Toulouse 3, Montpellier the 19 others.
    /// December: midi-deux TLS, Factory Green IT (T2); midi-deux MPL, Factory e-santé (M2);
    ///   inter-comex (E1); offices T2 M2 J1.
    @Test func parityOnTheSampleSeasonMatchesTheHandCount() throws {
        let s = try Store(inMemorySample: true)
        let monthly = try s.parityReport(year: 2026, grouping: .month, zone: paris, today: LocalDate(iso: "2026-12-01"))
        let expected: [(Int, Int, Int, Int, Int, Int)] = [(2, 2, 1, 1, 1, 2), (3, 2, 1, 3, 2, 1), (3, 14, 9, 3, 19, 4), (2, 2, 1, 2, 2, 1)]
        for (i, e) in expected.enumerated() {
            let p = monthly.periods[8 + i]
            #expect((p.toulouse, p.montpellier, p.elsewhere) == (e.0, e.1, e.2), "\(p.label)")
            #expect((p.byOffice[.toulouse], p.byOffice[.montpellier], p.byOffice[.joint]) == (e.3, e.4, e.5), "\(p.label)")
        }
        #expect(monthly.periods.prefix(8).allSatisfy { $0.toulouse + $0.montpellier + $0.elsewhere == 0 })
        let q = try s.parityReport(year: 2026, grouping: .quarter, zone: paris, today: LocalDate(iso: "2026-12-01"))
        #expect((q.periods[3].toulouse, q.periods[3].montpellier, q.periods[3].elsewhere) == (8, 18, 11))
        // City totals exceed office totals by the one duplex event of September.
        let t = q.total
        #expect(t.toulouse + t.montpellier + t.elsewhere == Office.allCases.reduce(0) { $0 + (t.byOffice[$1] ?? 0) } + 1)
        #expect(q.exceeds(q.periods[3]) && !q.exceeds(q.periods[2]) && q.isCurrent(q.periods[3]))
        let text = q.text(.fr)
        #expect(text.contains("−10 Montpellier ⚠"))
        #expect(text.contains("« ailleurs » : les événements tenus ni à Toulouse ni à Montpellier"))
        #expect(text.contains("compte pour les deux villes"))
        #expect(text.contains("▸ 4e trim. 2026"))
        let html = q.html(.fr)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("size: A4") && html.contains("<tr class=\"warn\">"))
        #expect(!html.contains("<link") && !html.contains("<script"))
    }

    @Test func textColumnsLineUpByDisplayWidth() {
        #expect(TextWidth.of("Nîmes") == 5)
        #expect(TextWidth.of("Ni\u{0302}mes") == 5)          // decomposed î: one cell
        #expect(TextWidth.of("🚀 ok") == 5 && TextWidth.of("東京") == 4)
        var t = TextTable(header: ["ville", "n"])
        t.rows = [["Nîmes", "3"], ["Lézignan-Corbières", "12"], ["Ni\u{0302}mes", "4"]]
        let lines = t.render().split(separator: "\n").map(String.init)
        let ends = Set(lines.filter { !$0.contains("─") }.map { TextWidth.of($0) })
        #expect(ends.count == 1, "every row ends in the same column: \(lines)")
    }

    @Test func greenITDayIsATourWithALongGapAndAProposedNextStop() throws {
        let s = try Store(inMemorySample: true)
        let series = try #require(try s.series().first { $0.id == "green-it-day-2026" })
        #expect(series.touring)
        let r = try s.seriesReport(series, zone: paris, today: LocalDate(iso: "2026-12-01")!)
        #expect(r.stops.map(\.cities) == [["TLS"], ["MPL"], ["NIM"], ["PGF"], ["CCF"]])
        #expect(r.stops.first?.gapDays == nil && r.stops[1].gapDays == 28)
        // Nîmes (24 November) to Perpignan (21 January): 58 days, over eight weeks.
        #expect(r.longGaps.count == 1 && r.longGaps[0].from.cities == ["NIM"] && r.longGaps[0].to.gapDays == 58)
        #expect(r.unplaced.count == 1)
        #expect(r.notVisited.contains("RDZ") && !r.notVisited.contains("TLS"))
        let next = try #require(r.nextStop)
        #expect(r.notVisited.contains(next.city) && next.day >= LocalDate(iso: "2027-02-18")!)
        #expect(![6, 7].contains(next.day.weekday))
        let text = r.text(.fr, cityNames: Dictionary(uniqueKeysWithValues: try s.cities().map { ($0.id, $0.name) }))
        #expect(text.contains("⚠ plus de 8 semaines sans étape entre Nîmes et Perpignan (8 semaines et 2 jours)"))
        #expect(text.contains("décembre 2026  │") && text.contains("janvier 2027   ●─ Perpignan 21"))
        #expect(text.contains("Villes pas encore visitées cette saison :") && text.contains("Prochain créneau libre"))
    }

    @Test func fixedVenueSeriesHasNoCitiesNotVisited() throws {
        let s = try Store(inMemorySample: true)
        let series = try #require(try s.series().first { $0.id == "factory-esante" })
        #expect(!series.touring)
        let r = try s.seriesReport(series, zone: paris, today: LocalDate(iso: "2026-09-01")!)
        #expect(r.stops.count == 7 && r.notVisited.isEmpty && r.nextStop == nil)
        let text = r.text(.fr, cityNames: [:])
        #expect(text.contains("lieu fixe") && !text.contains("pas encore visitées") && !text.contains("créneau"))
        let json = r.json(cityNames: [:]).serialized()
        #expect(json.contains("\"touring\":false") && json.contains("\"notVisited\":[]"))
    }

    @Test func newStopCopiesTheLastStopIntoAnotherCity() throws {
        let s = try Store(inMemorySample: true)
        let last = try #require(try s.allEvents().first { $0.title == "Green IT Day — Carcassonne" })
        let day = LocalDate(iso: "2027-03-04")!
        let placed = SeriesReport.newStop(template: last, seriesName: "Green IT Day 2026–27", day: day, city: "ALB", cityName: "Albi",
                                          placed: true, candidates: [])
        #expect(placed.title == "Green IT Day — Albi" && placed.cities == ["ALB"] && placed.series == "green-it-day-2026")
        #expect(LocalDate(placed.start, in: paris) == day && placed.duration == last.duration && placed.uid != last.uid)
        let open = SeriesReport.newStop(template: last, seriesName: "Green IT Day 2026–27", day: day, city: "ALB", cityName: "Albi",
                                        placed: false, candidates: ["ALB", "RDZ"])
        #expect(open.placement == .unplaced(candidates: ["ALB", "RDZ"], earliest: day, latest: day.adding(days: 27), durationDays: 1))
    }

    @Test func trainerItineraryShowsTheRoadBetweenCitiesAndTheTripHome() throws {
        let s = try Store(inMemorySample: true)
        let person = try #require(try s.person(matching: "sophie garnier"))
        let it = try s.itinerary(person: person, from: LocalDate(iso: "2026-10-12")!, to: LocalDate(iso: "2026-10-19")!, zone: paris)
        #expect(it.stops.count == 2)
        #expect(it.stops[0].legBefore == nil && it.stops[0].legHome == nil)    // at home in Toulouse
        let leg = try #require(it.stops[1].legBefore)
        #expect(leg.from == "TLS" && leg.to == "MPL" && leg.km == 243 && !leg.conflict)
        let home = try #require(it.stops[1].legHome)
        #expect(home.from == "MPL" && home.to == "TLS" && home.home)
        #expect(it.totalKm == 486)
    }

    /// DOMAIN.md: "a trainer cannot run a noon workshop in Toulouse and a 14:00 one in Montpellier".
    @Test func noonInToulouseThenTwoPmInMontpellierIsATravelConflict() throws {
        let s = try Store(inMemorySample: false)
        let p = try s.personIds(["Sophie Test"], home: "TLS")
        try s.save([ev("tls", "2027-01-19", 12, 13, ["TLS"], .toulouse, people: p),
                    ev("mpl", "2027-01-19", 14, 15, ["MPL"], .montpellier, people: p)])
        let person = try #require(try s.person(matching: p[0]))
        let it = try s.itinerary(person: person, from: LocalDate(iso: "2027-01-18")!, to: LocalDate(iso: "2027-01-25")!, zone: paris)
        let leg = try #require(it.stops[1].legBefore)
        #expect(leg.conflict && leg.available == 3600 && leg.time == 2 * 3600 + 45 * 60)
        // The same rule as check: ConflictFinder reports the pair.
        #expect(try s.conflicts(from: LocalDate(iso: "2027-01-18")!, to: LocalDate(iso: "2027-01-25")!, zone: paris)
            .contains { $0.kind == .travelTooShort && $0.uids == ["tls", "mpl"] })
        let home = try #require(it.stops[1].legHome)
        #expect(home.to == "TLS" && home.km == 243)
        #expect(it.totalKm == 486 && it.conflictCount == 1)
        let ctx = try s.agendaContext(lang: .fr, zone: paris, from: it.from, to: it.to)
        let text = it.text(context: ctx)
        #expect(text.contains("↳ Toulouse → Montpellier : 243 km, 2 h 45 de route — ⚠ conflit : trajet trop court, 1 h seulement entre les deux"))
        #expect(text.contains("↳ retour à Toulouse : 243 km, 2 h 45 de route"))
        #expect(text.contains("Total : 486 km de route, 5 h 30 de conduite, 1 conflit de trajet"))
        #expect(it.html(context: ctx).contains("<tr class=\"conflict\">"))
    }
}
