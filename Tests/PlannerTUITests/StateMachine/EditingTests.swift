import Foundation
import PlannerCore
import Testing
@testable import planner_tui

/// Adding, editing, duplicating, deleting and undoing by keyboard: each key goes through the
/// state machine and each write through the store, as in the terminal.
struct EditingTests {
    @Test func newEventFormStartsFilledSoATitleAndEnterSaveIt() throws {
        let store = try Store(inMemorySample: true)
        try store.setOwnOffice(.montpellier)
        var h = try Harness(store: store)
        h.press(.right, .char("a"))
        let form = try #require(h.state.form)
        #expect(form[.day] == "2026-11-26")
        #expect(form[.start] == "09:00" && form[.end] == "10:00")
        #expect(form.office == .montpellier)
        #expect(form[.cities] == "Montpellier")
        #expect(h.text.contains("Nouvel événement"))
        h.type("Café numérique")
        h.press(.enter)
        #expect(h.state.form == nil)
        let e = try #require(try h.events(titled: "Café numérique").first)
        #expect(e.cities == ["MPL"])
        #expect(e.office == .montpellier)
        #expect(LocalDateTime(e.start, in: Harness.paris) == LocalDateTime(date: LocalDate(iso: "2026-11-26")!, hour: 9, minute: 0))
        #expect(e.end.timeIntervalSince(e.start) == 3600)
        // The new event is selected and its details shown.
        #expect(h.state.selectedOccurrence?.uid == e.uid)
        #expect(h.text.contains("09:00–10:00  Café numérique"))
    }

    @Test func theFirstAddAsksTheOfficeOnceAndStartsInItsCity() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("first-\(UUID().uuidString).sqlite").path
        var h = try Harness(store: try Store(path: path))
        h.press(.char("a"))
        #expect(h.screen().line(29).contains("Votre bureau (retenu)"))
        h.press(.char("t"))
        #expect(h.state.form?[.cities] == "Toulouse")
        #expect(h.state.form?.office == .toulouse)
        h.type("Premier ajout")
        h.press(.enter)
        let e = try #require(try h.events(titled: "Premier ajout").first)
        #expect(e.cities == ["TLS"] && e.office == .toulouse)
        #expect(try h.store.ownOffice() == .toulouse)
        // Asked once: the next add opens the form directly, also after a restart.
        var again = try Harness(store: try Store(path: path))
        again.press(.char("a"))
        #expect(again.state.prompt == nil)
        #expect(again.state.form?[.cities] == "Toulouse")
    }

    @Test func citiesCompleteFromTwoLettersAndUTF8IsKept() throws {
        var h = try Harness()
        h.press(.char("a"), .char("j"))
        h.type("Atelier numérique — Nîmes")
        h.set(.cities, to: "ni")
        #expect(h.text.contains("Tab → Nîmes"))
        h.press(.tab)
        h.type(", alè")
        h.press(.tab)
        #expect(h.state.form?[.cities] == "Nîmes, Alès")
        h.press(.enter)
        let e = try #require(try h.events(titled: "Atelier numérique — Nîmes").first)
        #expect(e.cities == ["NIM", "ALS"])
        #expect(e.title == "Atelier numérique — Nîmes")
    }

    @Test func invalidValuesAreShownInPlaceAndNothingIsSaved() throws {
        var h = try Harness()
        let before = try h.store.eventCount()
        h.press(.char("a"), .escape)
        h.set(.end, to: "08:00")
        h.set(.cities, to: "Atlantis")
        h.press(.enter)
        let form = try #require(h.state.form)
        #expect(form.errors[.title] != nil)
        #expect(form.errors[.end] != nil)
        #expect(form.errors[.cities]?.contains("Atlantis") == true)
        #expect(form.focus == .title)
        let text = h.text
        #expect(text.contains("✗"))
        #expect(text.contains("À corriger"))
        #expect(try h.store.eventCount() == before)
        h.press(.escape)
        #expect(h.state.form == nil)
        #expect(try h.store.eventCount() == before)
    }

    @Test func recurringEventDeleteOneOccurrenceThenTheSeriesAndUndoBoth() throws {
        var h = try Harness()
        h.press(.char("a"), .char("j"))
        h.type("Midi-deux hebdo")
        h.focus(.cities)
        h.type("Toulouse")
        h.focus(.recurrence)
        h.press(.char(" "), .char(" "))  // none → daily → weekly
        h.focus(.until)
        h.type("4")
        h.press(.enter)
        let e = try #require(try h.events(titled: "Midi-deux hebdo").first)
        #expect(e.rrule == "FREQ=WEEKLY;COUNT=4")
        // Next week's occurrence: select it and delete only it.
        h.press(.char("n"))
        try h.select(uid: e.uid)
        #expect(h.text.contains("toutes les semaines, 4 fois"))
        h.press(.char("x"))
        #expect(h.screen().line(29).contains("o cette occurrence · s toute la série"))
        h.press(.char("o"))
        let after = try #require(try h.store.event(uid: e.uid))
        #expect(after.exdates.count == 1)
        #expect(LocalDate(after.exdates[0], in: Harness.paris) == LocalDate(iso: "2026-12-02")!)
        #expect(!h.state.occurrences(on: h.state.cursor).contains { $0.uid == e.uid })
        // Back a week: delete the whole series.
        h.press(.char("p"))
        try h.select(uid: e.uid)
        h.press(.delete, .char("s"))
        #expect(try h.store.event(uid: e.uid) == nil)
        // Two levels of undo.
        h.press(.char("u"))
        #expect(h.state.message?.contains("Annulé : suppression") == true)
        #expect(try h.store.event(uid: e.uid)?.exdates.count == 1)
        h.press(.char("u"))
        #expect(try h.store.event(uid: e.uid)?.exdates.isEmpty == true)
    }

    @Test func deleteAsksAndAnythingButYesKeepsTheEvent() throws {
        var h = try Harness()
        let o = try #require(h.state.selectedOccurrence)
        h.press(.char("x"))
        #expect(h.screen().line(29).contains("Supprimer « \(o.title) » ? o oui"))
        h.press(.char("n"))
        #expect(try h.store.event(uid: o.uid) != nil)
        #expect(h.state.message == "Rien n'a été supprimé")
    }

    @Test func editChangesTheTitleAndEditOneOccurrenceMakesAnOverride() throws {
        var h = try Harness()
        h.press(.down)
        let o = try #require(h.state.selectedOccurrence)
        h.press(.char("e"))
        #expect(h.text.contains("Modifier l'événement"))
        h.press(.end)
        h.type(" (salle B)")
        h.press(.enter)
        let e = try #require(try h.store.event(uid: o.uid))
        #expect(e.title == o.title + " (salle B)")
        #expect(e.sequence == o.event.sequence + 1)
        // A weekly event: edit one occurrence only.
        h.press(.char("a"), .char("j"))
        h.type("Factory hebdo")
        h.focus(.cities)
        h.type("Castres")
        h.focus(.recurrence)
        h.press(.right, .right)
        h.press(.enter)
        let weekly = try #require(try h.events(titled: "Factory hebdo").first)
        h.press(.char("n"))
        try h.select(uid: weekly.uid)
        h.press(.char("E"))
        #expect(h.text.contains("Modifier cette occurrence"))
        h.set(.start, to: "14:00")
        h.set(.end, to: "2h")
        h.press(.enter)
        #expect(h.state.message?.hasPrefix("Enregistré") == true)
        let master = try #require(try h.store.event(uid: weekly.uid))
        #expect(master.overrides.count == 1)
        let moved = try #require(h.state.occurrences(on: h.state.cursor).first { $0.uid == weekly.uid })
        #expect(LocalDateTime(moved.start, in: Harness.paris).hour == 14)
        #expect(moved.end.timeIntervalSince(moved.start) == 7200)
        // Editing the moved occurrence again changes only it; the series keeps its title.
        try h.select(uid: weekly.uid)
        h.press(.char("E"))
        #expect(h.state.form?[.start] == "14:00")
        // One occurrence has no repetition of its own: those fields are not shown.
        #expect(h.state.form?.fields.contains(.recurrence) == false)
        #expect(!h.text.contains("Répétition"))
        h.press(.end)
        h.type(" (salle 2)")
        h.press(.enter)
        let twice = try #require(try h.store.event(uid: weekly.uid))
        #expect(twice.title == "Factory hebdo")
        #expect(twice.overrides.count == 1)
        #expect(twice.overrides.first?.title == "Factory hebdo (salle 2)")
        // `e` on that occurrence edits the series as stored, not the occurrence's values.
        try h.select(uid: weekly.uid)
        h.press(.char("e"))
        #expect(h.state.form?[.title] == "Factory hebdo")
        #expect(h.state.form?[.start] == "09:00")
        h.press(.escape)
        // The other weeks keep 09:00.
        h.press(.char("n"))
        let next = try #require(h.state.occurrences(on: h.state.cursor).first { $0.uid == weekly.uid })
        #expect(LocalDateTime(next.start, in: Harness.paris).hour == 9)
    }

    @Test func duplicateToAnotherDayAndCity() throws {
        var h = try Harness()
        h.press(.down)
        let o = try #require(h.state.selectedOccurrence)
        h.press(.char("y"))
        #expect(h.state.form?.focus == .day)
        h.set(.day, to: "2026-12-03")
        h.set(.cities, to: "Perpignan")
        h.press(.enter)
        let copies = try h.store.allEvents().filter { $0.title == o.title }
        #expect(copies.count == 2)
        let copy = try #require(copies.first { $0.uid != o.uid })
        #expect(copy.cities == ["PGF"])
        #expect(LocalDate(copy.start, in: Harness.paris) == LocalDate(iso: "2026-12-03")!)
        #expect(try h.store.event(uid: o.uid)?.cities == o.event.cities)
        #expect(h.state.cursor == LocalDate(iso: "2026-12-03")!)
    }

    /// Undo belongs to a session: a TUI opened later does not revert what an earlier one did
    /// (the store's journal keeps it for the command line's `undo`).
    @Test func aNewSessionDoesNotUndoAnEarlierSessionsChange() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("undo-\(UUID().uuidString).sqlite").path
        do {
            var h = try Harness(store: try Store(path: path))
            h.press(.char("a"), .char("j"))
            h.type("À annuler après redémarrage")
            h.focus(.cities)
            h.type("Rodez")
            h.press(.enter)
            #expect(try h.events(titled: "À annuler").count == 1)
            h.press(.char("q"))
            #expect(h.quit)
        }
        var again = try Harness(store: try Store(path: path))
        #expect(try again.events(titled: "À annuler").count == 1)
        again.press(.char("u"))
        #expect(again.state.message == "Rien à annuler dans cette session")
        #expect(try again.events(titled: "À annuler").count == 1)
    }

    @Test func nextFreeDaysAreOfferedForPeopleAndCity() throws {
        var h = try Harness()
        h.press(.char("a"), .escape)
        h.type("Atelier IA de Sophie")
        h.focus(.people)
        h.type("Sophie Garnier")
        h.press(.tab)
        let days = try #require(h.state.form?.suggestions)
        #expect(!days.isEmpty)
        let person = try #require(try h.store.person(matching: "Sophie Garnier"))
        let expected = try h.store.freeSlots(people: [person], venue: "MPL", from: LocalDate(iso: "2026-11-25")!, to: LocalDate(iso: "2027-02-23")!, count: 5, zone: Harness.paris)
        // The form's city is empty without an own office; the venue follows the cities field.
        h.focus(.cities)
        h.type("Montpellier")
        h.press(.tab)
        #expect(h.state.form?.suggestions == expected.map(\.first))
        #expect(h.text.contains("Prochains jours libres (Ctrl-N)"))
        h.press(.ctrl("n"))
        #expect(h.state.form?[.day] == expected[0].first.description)
        h.press(.enter)
        let e = try #require(try h.events(titled: "Atelier IA de Sophie").first)
        #expect(e.people == [person.id])
    }
}
