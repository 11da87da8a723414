import Foundation
import Testing
@testable import PlannerCore

/// Zone C school holidays (built-in years, the ministry's feed, the printed week, soft
/// warnings) and `plan`'s explanations on a small instance whose answer is known.
struct SchoolHolidayPlanTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    func ev(_ uid: String, _ day: String, _ cities: [String], people: [String] = [], big: Bool = false,
            placement: Placement = .placed, title: String? = nil) -> Event {
        let d = LocalDate(iso: day)!
        return Event(uid: uid, title: title ?? uid, start: LocalDateTime(date: d, hour: 9, minute: 0).instant(in: paris),
                     end: LocalDateTime(date: d, hour: 17, minute: 0).instant(in: paris), cities: cities,
                     people: people, placement: placement, big: big)
    }

    @Test func christmas2026IsInTheWeekOf21DecemberAndInThePrintedWeek() throws {
        let s = try Store(inMemorySample: false)
        let names = try s.schoolHolidayNames(from: LocalDate(iso: "2026-12-14")!, to: LocalDate(iso: "2027-01-10")!)
        // Saturday 19 December 2026 to Monday 4 January 2027 (classes resume that Monday).
        #expect(names[LocalDate(iso: "2026-12-18")!] == nil)
        #expect(names[LocalDate(iso: "2026-12-19")!] == "Vacances de Noël")
        #expect(names[LocalDate(iso: "2027-01-03")!] == "Vacances de Noël")
        #expect(names[LocalDate(iso: "2027-01-04")!] == nil)
        let week = ISOWeek(year: 2026, week: 52)
        #expect(week.monday == LocalDate(iso: "2026-12-21")!)
        #expect(week.days.allSatisfy { names[$0] == "Vacances de Noël" })
        let page = try s.printedWeek(week, lang: .fr, zone: paris)
        #expect(page.text.contains("lundi 21 décembre · Vacances de Noël (vacances scolaires, zone C)"))
        // Public holiday and school holiday side by side, distinct.
        #expect(page.text.contains("vendredi 25 décembre — Noël (férié) · Vacances de Noël (vacances scolaires, zone C)"))
        #expect(page.html.contains("<span class=\"school\">Vacances de Noël (vacances scolaires, zone C)</span>"))
        let en = try s.printedWeek(week, lang: .en, zone: paris)
        #expect(en.text.contains("Vacances de Noël (school holidays, zone C)"))
    }

    @Test func builtInYearsCoverThreeSchoolYears() throws {
        let s = try Store(inMemorySample: false)
        let all = try s.schoolHolidays(from: LocalDate(iso: "2025-09-01")!, to: LocalDate(iso: "2028-08-31")!)
        #expect(all.count == 18)
        #expect(all.allSatisfy { $0.zone == "C" && $0.resume > $0.first })
        #expect(all.filter { $0.name == "Vacances de Noël" }.map(\.first.description) == ["2025-12-20", "2026-12-19", "2027-12-18"])
    }

    @Test func ministryFeedImportsZoneCAndSkipsTheRest() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/school-holidays/Zone-C-2026-2027", withExtension: "ics"))
        let feed = try SchoolHolidayFeed.parse(try Data(contentsOf: url), file: "Zone-C.ics", lang: .fr)
        #expect(feed.otherZones == 1)
        #expect(feed.periods.map(\.name) == ["Vacances de la Toussaint", "Vacances de Noël", "Vacances d'Hiver", "Début des Vacances d'Été"])
        #expect(feed.periods[1].first == LocalDate(iso: "2026-12-19")! && feed.periods[1].resume == LocalDate(iso: "2027-01-04")!)
        #expect(feed.periods[3].resume == LocalDate(iso: "2027-09-01")!)
        let s = try Store(inMemorySample: false)
        let before = try s.schoolHolidays(from: LocalDate(iso: "2026-09-01")!, to: LocalDate(iso: "2027-08-31")!).count
        let added = try s.importSchoolHolidays(feed.periods)
        // Same first days as the built-in ones: updated, not doubled.
        #expect(added == 0)
        #expect(try s.schoolHolidays(from: LocalDate(iso: "2026-09-01")!, to: LocalDate(iso: "2027-08-31")!).count == before)
        #expect(try s.schoolHolidayNames(from: LocalDate(iso: "2027-02-08")!, to: LocalDate(iso: "2027-02-08")!).values.first == "Vacances d'Hiver")
    }

    @Test func badFeedNamesFileAndLine() {
        let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Vacances de Noël - Zone C\r\nDTSTART;VALUE=DATE:2026-12-19\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        #expect(throws: PlannerError.invalidFile(file: "f.ics", line: 4, reason: "date invalide « 2026-12-19 » (AAAAMMJJ attendu)")) {
            try SchoolHolidayFeed.parse(Data(text.utf8), file: "f.ics", lang: .fr)
        }
        #expect(throws: PlannerError.self) { try SchoolHolidayFeed.parse(Data("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8), file: "f.ics", lang: .fr) }
    }

    @Test func bigEventsDuringSchoolHolidaysAreSoftWarnings() throws {
        let s = try Store(inMemorySample: false)
        try s.save([ev("big", "2026-12-22", ["TLS"], big: true), ev("small", "2026-12-22", ["MPL"]), ev("after", "2027-01-05", ["TLS"], big: true)])
        let w = try s.schoolHolidayWarnings(from: LocalDate(iso: "2026-12-01")!, to: LocalDate(iso: "2027-02-01")!, zone: paris)
        #expect(w.map(\.uid) == ["big"] && w[0].holiday == "Vacances de Noël")
        #expect(w[0].message(.fr) == "grand événement « big » pendant les vacances scolaires (Vacances de Noël) : public réduit à prévoir")
        #expect(try s.conflicts(from: LocalDate(iso: "2026-12-01")!, to: LocalDate(iso: "2027-02-01")!, zone: paris).isEmpty)
    }

    /// A known answer: the trainer is busy in Toulouse Monday to Wednesday; a Toulouse–
    /// Montpellier drive needs a free day between (H3), so Thursday in Montpellier is out;
    /// the three Toulouse events make Montpellier the balanced choice (S2): Friday in
    /// Montpellier, with Friday in Toulouse as runner-up (quarter gap 4 instead of 2).
    @Test func planExplainsItsChoiceOnASmallInstance() throws {
        let s = try Store(inMemorySample: false)
        let p = try s.personIds(["Formatrice Test"], home: "TLS")
        try s.save(["2027-03-01", "2027-03-02", "2027-03-03"].map { ev("busy-\($0)", $0, ["TLS"], people: p) })
        let window = Placement.unplaced(candidates: ["TLS", "MPL"], earliest: LocalDate(iso: "2027-03-01")!, latest: LocalDate(iso: "2027-03-05")!, durationDays: 1)
        try s.save(ev("atelier", "2027-03-01", ["TLS"], people: p, placement: window, title: "Atelier — Toulouse ou Montpellier"))
        let outcome = try DatabasePlan(store: s, zone: paris).plan(options: ScheduleOptions(timeLimit: 10, seed: 1))
        let proposal = try #require(outcome.proposals.first)
        #expect(proposal.day == LocalDate(iso: "2027-03-05")! && proposal.city == "MPL")
        let ex = try #require(proposal.explanation)
        #expect(ex.met.contains(.peopleFree(p)) && ex.met.contains(.balance(toulouse: 3, montpellier: 1)))
        #expect(ex.runnerUp == PlanExplanation.Alternative(day: LocalDate(iso: "2027-03-05")!, city: "TLS", losses: [.balance(gapChosen: 2, gapRunnerUp: 4)]))
        let lines = ex.lines(.fr, cityNames: ["TLS": "Toulouse", "MPL": "Montpellier"], personNames: [p[0]: "Formatrice Test"])
        #expect(lines[0] == "« Atelier — Toulouse ou Montpellier » → vendredi 5 mars 2027, Montpellier")
        #expect(lines.contains("    2e choix : vendredi 5 mars 2027, Toulouse, écarté car :"))
        #expect(lines.contains("      − l'écart Toulouse / Montpellier du trimestre passerait de 2 à 4"))
        // Applied, the title written as a choice takes the chosen city.
        let placed = DatabasePlan.placed(proposal, zone: paris, cityNames: ["TLS": "Toulouse", "MPL": "Montpellier"])
        #expect(placed.title == "Atelier — Montpellier" && placed.cities == ["MPL"] && placed.placement == .placed)
        #expect(LocalDateTime(placed.start, in: paris) == LocalDateTime(date: LocalDate(iso: "2027-03-05")!, hour: 9, minute: 0))
    }

    @Test func planNamesTheRuleThatBlocksAnEvent() throws {
        let s = try Store(inMemorySample: false)
        // A window of one weekend: no workday (H1).
        let window = Placement.unplaced(candidates: ["TLS"], earliest: LocalDate(iso: "2027-03-06")!, latest: LocalDate(iso: "2027-03-07")!, durationDays: 1)
        try s.save(ev("weekend", "2027-03-06", ["TLS"], placement: window, title: "Salon du week-end"))
        let outcome = try DatabasePlan(store: s, zone: paris).plan(options: ScheduleOptions(timeLimit: 5, seed: 1))
        #expect(outcome.proposals.isEmpty && outcome.report != nil)
        let ex = try #require(outcome.blocked.first)
        #expect(ex.blocks.first?.rules == [.h1])
        let lines = ex.lines(.fr, cityNames: [:], personNames: [:])
        #expect(lines[0] == "« Salon du week-end » : impossible à placer")
        #expect(lines[1].hasPrefix("    H1 (jours ouvrés, hors fériés, dans la fenêtre) : "))
    }

    @Test func titlesWrittenAsAChoiceTakeTheChosenCity() {
        #expect(DatabasePlan.chosenTitle("Green IT Day — Rodez ou Albi", candidates: ["Rodez", "Albi"], chosen: "Albi") == "Green IT Day — Albi")
        #expect(DatabasePlan.chosenTitle("Table à secousses — Tarbes ou Auch", candidates: ["Tarbes", "Auch"], chosen: "Tarbes") == "Table à secousses — Tarbes")
        #expect(DatabasePlan.chosenTitle("Atelier Nimes / Ales", candidates: ["Nîmes", "Alès"], chosen: "Alès") == "Atelier Alès")
        #expect(DatabasePlan.chosenTitle("Forum Nîmes, Alès or Mende", candidates: ["Nîmes", "Alès", "Mende"], chosen: "Mende") == "Forum Mende")
        #expect(DatabasePlan.chosenTitle("Assemblée générale", candidates: ["Toulouse", "Montpellier"], chosen: "Toulouse") == "Assemblée générale")
    }

    @Test func planWarnsWhenABigEventCanOnlyGoInSchoolHolidays() throws {
        let s = try Store(inMemorySample: false)
        // 8–12 February 2027: all in zone C's winter holidays (6–21 February).
        let window = Placement.unplaced(candidates: ["TLS"], earliest: LocalDate(iso: "2027-02-08")!, latest: LocalDate(iso: "2027-02-12")!, durationDays: 1)
        try s.save(ev("forum", "2027-02-08", ["TLS"], big: true, placement: window, title: "Forum"))
        let ex = try #require(try DatabasePlan(store: s, zone: paris).plan(options: ScheduleOptions(timeLimit: 5, seed: 1)).proposals.first?.explanation)
        #expect(ex.schoolHoliday == "Vacances d'hiver")
        #expect(ex.lines(.fr, cityNames: [:], personNames: [:]).contains("    ⚠ pendant les vacances scolaires (Vacances d'hiver) : public réduit à prévoir"))
        // Not big: no warning.
        try s.save(ev("forum", "2027-02-08", ["TLS"], big: false, placement: window, title: "Forum"))
        let small = try #require(try DatabasePlan(store: s, zone: paris).plan(options: ScheduleOptions(timeLimit: 5, seed: 1)).proposals.first?.explanation)
        #expect(small.schoolHoliday == nil)
    }
}
