// The same input typed on the command line (the real binary) and in the TUI form (the state
// machine) gives identical stored events: both go through EventDraft and one transaction.
import Foundation
import PlannerCore
import Testing
@testable import planner_tui

@Suite struct SameChangeTests {
    /// Everything stored about an event but its uid and timestamps.
    static func stored(_ e: Event) -> String {
        let overrides = e.overrides.map { o in
            "\(o.recurrenceId.timeIntervalSince1970) \(o.start.timeIntervalSince1970)–\(o.end.timeIntervalSince1970) "
                + "\(o.title ?? "-") \(o.description ?? "-") \(o.cities ?? []) \(o.people ?? []) \(o.cancelled) seq \(o.sequence)"
        }
        return [e.title, e.description, "\(e.start.timeIntervalSince1970)", "\(e.end.timeIntervalSince1970)", "\(e.allDay)",
                e.timeZone, "\(e.cities)", e.office.rawValue, e.kind.rawValue, e.audience.rawValue, e.series ?? "-",
                "\(e.people)", e.rrule ?? "-", "\(e.exdates)", "\(e.big)", "seq \(e.sequence)", "\(overrides)"].joined(separator: " | ")
    }

    /// A weekly lunch and a single committee, with fixed uids, in both databases.
    static let weekly = Event(uid: "weekly@test", title: "Midi-deux", start: instant("2026-11-25", 12, 0), end: instant("2026-11-25", 13, 30),
                              cities: ["TLS"], office: .toulouse, kind: .lunch, people: ["P001"], rrule: "FREQ=WEEKLY;COUNT=10")
    static let single = Event(uid: "single@test", title: "Comité", start: instant("2026-11-25", 10, 0), end: instant("2026-11-25", 11, 0),
                              cities: ["LEZ"], office: .joint, kind: .committee)

    static func instant(_ day: String, _ h: Int, _ m: Int) -> Date {
        LocalDateTime(date: LocalDate(iso: day)!, hour: h, minute: m).instant(in: Harness.paris)
    }

    /// A CLI runner and a form harness on two databases in the same state.
    static func pair() throws -> (BinaryRunner, Harness) {
        let cli = try BinaryRunner()
        try Store(path: cli.db).save([weekly, single], label: .save)
        let other = try Store(path: cli.folder.appendingPathComponent("form.sqlite").path)
        try other.save([weekly, single], label: .save)
        try other.setOwnOffice(.montpellier)
        return (cli, try Harness(store: other))
    }

    /// Enter, confirming new people when the form asks ("Nouvelle personne ? o").
    static func save(_ h: inout Harness) {
        h.press(.enter)
        if h.state.form?.askingNewPeople != nil { h.press(.char("o")) }
    }

    static func choose<T: Equatable>(_ h: inout Harness, _ field: EventForm.Field, _ value: T, _ current: (EventForm) -> T) {
        h.focus(field)
        var turns = 0
        while let f = h.state.form, current(f) != value, turns < 20 { h.press(.right); turns += 1 }
    }

    @Test func addingAnEventByCommandOrByForm() throws {
        var (cli, h) = try Self.pair()
        let r = try cli.run(["add", "--title", "Atelier numérique", "--start", "2026-12-03 09:00", "--end", "11:30",
                             "--city", "Nîmes", "--city", "Alès", "--office", "montpellier", "--kind", "workshop",
                             "--person", "Claire Martin", "--person", "Jean Nouveau", "--series", "Tournée numérique",
                             "--description", "Salle 2"])
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        let viaCLI = try #require(try Store(path: cli.db).event(uid: r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))

        h.press(.char("a"))
        h.set(.title, to: "Atelier numérique")
        h.set(.day, to: "2026-12-03")
        h.set(.start, to: "09:00")
        h.set(.end, to: "11:30")
        h.set(.cities, to: "Nîmes, Alès")
        Self.choose(&h, .office, Office.montpellier) { $0.office }
        Self.choose(&h, .kind, EventKind.workshop) { $0.kind }
        h.set(.series, to: "Tournée numérique")
        h.set(.people, to: "Claire Martin, Jean Nouveau")
        h.set(.description, to: "Salle 2")
        Self.save(&h)
        #expect(h.state.form == nil, Comment(rawValue: "\(h.state.form?.errors ?? [:])"))
        let viaForm = try #require(try h.store.allEvents().first { $0.title == "Atelier numérique" })
        #expect(Self.stored(viaCLI) == Self.stored(viaForm))
        #expect(viaForm.people.count == 2 && viaForm.series != nil)
    }

    @Test func editingAnEventByCommandOrByForm() throws {
        var (cli, h) = try Self.pair()
        let r = try cli.run(["edit", "single@test", "--title", "Comité paritaire", "--start", "2026-11-26 14:00", "--city", "Carcassonne"])
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        try h.select(uid: "single@test")
        h.press(.char("e"))
        h.set(.title, to: "Comité paritaire")
        h.set(.day, to: "2026-11-26")
        h.set(.start, to: "14:00")
        h.set(.cities, to: "Carcassonne")
        h.press(.enter)
        #expect(h.state.form == nil, Comment(rawValue: "\(h.state.form?.errors ?? [:])"))
        let viaCLI = try #require(try Store(path: cli.db).event(uid: "single@test"))
        let viaForm = try #require(try h.store.event(uid: "single@test"))
        #expect(Self.stored(viaCLI) == Self.stored(viaForm))
        // An hour long as before, now in Carcassonne on the 26th.
        #expect(viaForm.start == Self.instant("2026-11-26", 14, 0) && viaForm.duration == 3600 && viaForm.sequence == 1)
    }

    @Test func editingOneOccurrenceByCommandOrByForm() throws {
        var (cli, h) = try Self.pair()
        let r = try cli.run(["edit", "weekly@test", "--occurrence", "2026-12-02", "--title", "Midi-deux (salle B)",
                             "--start", "2026-12-02 13:00", "--person", "Jean Nouveau"])
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        h.press(.char("n"))
        try h.select(uid: "weekly@test")
        h.press(.char("E"))
        h.set(.title, to: "Midi-deux (salle B)")
        h.set(.start, to: "13:00")
        h.set(.people, to: "Jean Nouveau")
        Self.save(&h)
        #expect(h.state.form == nil, Comment(rawValue: "\(h.state.form?.errors ?? [:])"))
        let viaCLI = try #require(try Store(path: cli.db).event(uid: "weekly@test"))
        let viaForm = try #require(try h.store.event(uid: "weekly@test"))
        #expect(Self.stored(viaCLI) == Self.stored(viaForm))
        // One override: moved to 13:00, same length, the new person on it only, sequences bumped.
        let o = try #require(viaForm.overrides.first)
        #expect(viaForm.overrides.count == 1 && o.start == Self.instant("2026-12-02", 13, 0) && o.end.timeIntervalSince(o.start) == 5400)
        #expect(o.people?.count == 1 && o.people != viaForm.people && o.sequence == 1 && viaForm.sequence == 1)
        // The change is one undo step.
        #expect(try h.store.lastUndo() == .edit)
        try h.store.undo()
        #expect(try h.store.event(uid: "weekly@test")?.overrides.isEmpty == true)
    }
}
