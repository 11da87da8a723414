// QuickAddTests: the one-line parser behind `new` and the TUI's `c` prompt, in French and
// English, against hand-worked expectations on Wednesday 25 November 2026.
import Foundation
import Testing
@testable import PlannerCore

struct QuickAddTests {
    let today = LocalDate(iso: "2026-11-25")!
    let names = QuickAdd.Names(cities: ["CAS": "Castres", "ALB": "Albi", "LEZ": "Lézignan-Corbières", "TLS": "Toulouse", "VFL": "Villefranche de Lauragais"],
                               people: ["P001": "Claire Martin", "P002": "Karim Benali"])

    @Test func theIssuesExampleInFrench() throws {
        let q = try QuickAdd.parse("mardi 12h-13h30 Castres Atelier RGPD avec Claire Martin", today: today, names: names)
        #expect(q.day == LocalDate(iso: "2026-12-01")!)
        #expect(q.start == 12 * 60 && q.end == 13 * 60 + 30)
        #expect(q.cities == ["CAS"])
        #expect(q.title == "Atelier RGPD")
        #expect(q.people == ["P001"])
        #expect(q.summary(.fr, names: names) == "Compris : mardi 1er décembre 2026, 12:00–13:30, Castres : « Atelier RGPD » avec Claire Martin")
    }

    @Test func englishWordsRelativeDaysAndSeveralPeople() throws {
        let q = try QuickAdd.parse("tomorrow 9:00 Albi Steering committee with Karim Benali and claire martin", today: today, names: names)
        #expect(q.day == LocalDate(iso: "2026-11-26")!)
        #expect(q.start == 9 * 60 && q.end == 10 * 60)
        #expect(q.people == ["P002", "P001"])
        #expect(q.title == "Steering committee")
        let event = try q.event(zone: TimeZone(identifier: "Europe/Paris")!, office: .toulouse, now: Date(), cities: names.cities)
        #expect(event.end.timeIntervalSince(event.start) == 3600)
        #expect(event.office == .toulouse && !event.allDay)
    }

    /// Quick add goes through EventDraft like `add`: the same typed fields make the same event.
    @Test func quickAddMakesTheEventAddWouldMake() throws {
        let paris = TimeZone(identifier: "Europe/Paris")!, now = Date(timeIntervalSince1970: 1_790_000_000)
        let q = try QuickAdd.parse("demain 23h Albi Veille avec Claire Martin", today: today, names: names)
        var quick = try q.event(zone: paris, office: .joint, now: now, cities: names.cities)
        let typed = EventDraft(title: "Veille", start: "2026-11-26 23:00", end: "2026-11-27 00:00", cities: ["Albi"], people: ["P001"])
        var added = try typed.change(for: .new(office: .joint), zone: paris, today: today, now: now, cities: names.cities).get().event
        quick.uid = ""
        added.uid = ""
        #expect(quick == added)
        #expect(LocalDateTime(quick.end, in: paris) == LocalDateTime(date: LocalDate(iso: "2026-11-27")!, hour: 0, minute: 0))
    }

    @Test func todaysWeekdayIsTodayAndNoTimeIsAllDay() throws {
        let q = try QuickAdd.parse("mercredi lezignan-corbieres Inter-comex", today: today, names: names)
        #expect(q.day == today)
        #expect(q.start == nil && q.end == nil)
        #expect(q.cities == ["LEZ"])
        #expect(try q.event(zone: TimeZone(identifier: "Europe/Paris")!, office: .joint, now: Date(), cities: names.cities).allDay)
        let d = try QuickAdd.parse("demain 14h Villefranche de Lauragais Visite", today: today, names: names)
        #expect(d.cities == ["VFL"] && d.title == "Visite" && d.start == 14 * 60)
        #expect(try QuickAdd.parse("2027-01-12 8h30 Toulouse Petit-déjeuner", today: today, names: names).day == LocalDate(iso: "2027-01-12")!)
    }

    @Test func whatCannotBeUnderstoodIsNamed() throws {
        #expect(throws: PlannerError.self) { try QuickAdd.parse("demain 9h Atelier", today: today, names: names) }
        #expect(throws: PlannerError.self) { try QuickAdd.parse("demain 9h Albi", today: today, names: names) }
        #expect(throws: PlannerError.self) { try QuickAdd.parse("demain Albi Atelier avec Sophie Garnie", today: today, names: names) }
        // 25h is not a time: it stays in the title.
        #expect(try QuickAdd.parse("Albi Atelier 25h", today: today, names: names).title == "Atelier 25h")
    }
}
