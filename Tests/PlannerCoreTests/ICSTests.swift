import Foundation
import Testing
@testable import PlannerCore

/// Reading and writing iCalendar: unfolding and folding around UTF-8, escapes, zones,
/// recurrences with exceptions, round trips, and malformed files.
struct ICSTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/ics/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    func importer(_ store: Store) throws -> ICSImporter {
        let cities = try store.cities()
        return ICSImporter(context: .init(
            cityResolver: { text in
                let t = text.foldedForSearch
                return cities.filter { t.contains($0.name.foldedForSearch) }.map(\.id)
            },
            defaultCities: ["MPL"], defaultOffice: .montpellier, defaultZone: paris))
    }

    func writer(_ store: Store) throws -> ICSWriter {
        let names = Dictionary(uniqueKeysWithValues: try store.cities().map { ($0.id, $0.name) })
        let people = Dictionary(uniqueKeysWithValues: try store.people().map { ($0.id, $0) })
        return ICSWriter(cityName: { names[$0] ?? $0 }, person: { people[$0] })
    }

    /// A calendar imported into a new empty store, and that store's export.
    func importedThenExported(_ data: Data) throws -> (Store, String) {
        let store = try Store(inMemorySample: false)
        let result = try importer(store).importCalendar(data)
        _ = try store.importEvents(result.events, people: result.people)
        return (store, try writer(store).write(try store.allEvents()))
    }

    func local(_ d: Date) -> String { TimeFormatting.rfc3339(d, in: paris) }

    @Test func googleExportWithZoneExceptionsAndFoldedUTF8ShowsTheSameOccurrences() throws {
        let store = try Store(inMemorySample: false)
        let result = try importer(store).importCalendar(try fixture("google-montpellier.ics"))
        #expect(result.skipped == [.component("VTODO"): 1])
        #expect(result.events.count == 3)
        _ = try store.importEvents(result.events, people: result.people)
        let occ = try store.occurrences(from: LocalDate(iso: "2026-10-01")!.startInstant(in: paris), to: LocalDate(iso: "2027-01-01")!.startInstant(in: paris))
        let workshop = occ.filter { $0.uid == "4h5j6k7l8m9n0p@google.com" }
        #expect(workshop.map { local($0.start) } == [
            "2026-10-13T12:15:00+02:00", "2026-10-20T12:15:00+02:00", "2026-10-27T12:15:00+01:00",
            "2026-11-10T14:00:00+01:00", "2026-11-17T12:15:00+01:00", "2026-11-24T12:15:00+01:00",
            "2026-12-01T12:15:00+01:00", "2026-12-08T12:15:00+01:00", "2026-12-15T12:15:00+01:00"])
        #expect(workshop[3].title == "Atelier midi-deux — écoconception (déplacé l'après-midi)")
        let e = try #require(try store.event(uid: "4h5j6k7l8m9n0p@google.com"))
        #expect(e.title == "Atelier midi-deux — écoconception")
        #expect(e.description.hasPrefix("Atelier entre midi et deux, autour d'un sandwich : numérique responsable, écoconception"))
        #expect(e.cities == ["NIM"])
        #expect(e.sequence == 2)
        #expect(e.extraProperties.contains("TRANSP:OPAQUE"))
        #expect(e.extraProperties.contains("BEGIN:VALARM"))
        let allDay = try #require(try store.event(uid: "dww2026@google.com"))
        #expect(allDay.allDay && allDay.cities == ["MPL"])
        #expect(LocalDate(allDay.end, in: paris) == LocalDate(iso: "2026-11-28")!)
        let utc = try #require(try store.event(uid: "utc-call@google.com"))
        #expect(utc.timeZone == "UTC" && local(utc.start) == "2026-12-02T09:00:00+01:00")
        // No LOCATION: the importing office's city.
        #expect(utc.cities == ["MPL"])
        #expect(utc.extraProperties.first { $0.hasPrefix("ATTENDEE") } == "ATTENDEE;CN=\"Martin, Claire\";ROLE=REQ-PARTICIPANT:mailto:claire@example.org")
    }

    @Test func outlookWindowsZoneNameIsParis() throws {
        let store = try Store(inMemorySample: false)
        let result = try importer(store).importCalendar(try fixture("outlook-intercomex.ics"))
        let e = try #require(result.events.first)
        #expect(e.timeZone == "Europe/Paris")
        #expect(e.title == "Inter-comex" && e.cities == ["LEZ"])
        _ = try store.importEvents(result.events)
        let occ = try store.occurrences(from: LocalDate(iso: "2026-11-01")!.startInstant(in: paris), to: LocalDate(iso: "2027-12-01")!.startInstant(in: paris))
        #expect(occ.map { local($0.start) } == ["2026-12-01T10:00:00+01:00", "2027-01-05T10:00:00+01:00", "2027-02-02T10:00:00+01:00",
                                                "2027-03-02T10:00:00+01:00", "2027-04-06T10:00:00+02:00", "2027-05-04T10:00:00+02:00"])
    }

    @Test func thunderbirdDurationAndFloatingTimes() throws {
        let store = try Store(inMemorySample: false)
        let result = try importer(store).importCalendar(try fixture("thunderbird-factory.ics"))
        let factory = try #require(result.events.first { $0.uid == "7d1c2b3a-factory@thunderbird" })
        #expect(factory.duration == 7200)
        #expect(factory.description == "Groupe piloté par deux membres.\nOrdre du jour : données de santé ; hébergement HDS.")
        let floating = try #require(result.events.first { $0.uid == "floating-morning@thunderbird" })
        #expect(local(floating.start) == "2027-03-15T08:30:00+01:00" && floating.cities == ["ALB"])
        _ = try store.importEvents(result.events)
        let occ = try store.occurrences(from: LocalDate(iso: "2026-10-01")!.startInstant(in: paris), to: LocalDate(iso: "2027-02-01")!.startInstant(in: paris))
        #expect(occ.filter { $0.uid == factory.uid }.map { String(local($0.start).prefix(10)) } ==
                ["2026-10-08", "2026-10-22", "2026-11-05", "2026-11-19", "2026-12-03", "2026-12-17", "2026-12-31", "2027-01-14"])
    }

    @Test func exportImportExportIsByteIdentical() throws {
        let store = try Store(inMemorySample: true)
        // A recurring duplex event with an exception, a cancellation, people and extras.
        let start = LocalDateTime(date: LocalDate(iso: "2026-12-01")!, hour: 12, minute: 0).instant(in: paris)
        var e = Event(uid: "rich@test", title: "Réunion; «TLS», équipe\\MPL", description: "Ligne 1\nLigne 2, avec ; tout",
                      start: start, end: start.addingTimeInterval(5400), cities: ["TLS", "MPL"], office: .joint, kind: .workshop,
                      audience: .local, series: "midi-deux-2026", people: ["P003", "P001"], rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=5",
                      exdates: [start.addingTimeInterval(7 * 86400)], big: true, sequence: 4,
                      created: Date(timeIntervalSince1970: 1_790_000_000), lastModified: Date(timeIntervalSince1970: 1_791_000_000),
                      extraProperties: ["X-FOO;X-BAR=\"a,b\":baz", "URL:https://digital113.fr/agenda"])
        e.overrides = [OccurrenceOverride(recurrenceId: start.addingTimeInterval(14 * 86400), start: start.addingTimeInterval(14 * 86400 + 3600),
                                          end: start.addingTimeInterval(14 * 86400 + 7200), title: "Réunion décalée", sequence: 1),
                       OccurrenceOverride(recurrenceId: start.addingTimeInterval(21 * 86400), start: start.addingTimeInterval(21 * 86400),
                                          end: start.addingTimeInterval(21 * 86400 + 5400), cancelled: true)]
        var unplaced = e
        unplaced.uid = "unplaced@test"
        unplaced.rrule = nil
        unplaced.exdates = []
        unplaced.overrides = []
        unplaced.placement = .unplaced(candidates: ["RDZ", "ALB"], earliest: LocalDate(iso: "2027-03-01")!, latest: LocalDate(iso: "2027-03-31")!, durationDays: 2)
        try store.save([e, unplaced])
        let first = try writer(store).write(try store.allEvents())
        let (other, second) = try importedThenExported(Data(first.utf8))
        #expect(first == second)
        let back = try #require(try other.event(uid: "rich@test"))
        #expect(back == (try store.event(uid: "rich@test")))
        #expect(back.rrule == "FREQ=WEEKLY;COUNT=5;BYDAY=TU")
        #expect(try other.person(matching: "Sophie Garnier")?.id == "P003")
    }

    @Test(arguments: ["é", "î", "—", "🎉", "Lézignan-Corbières"])
    func foldingNeverSplitsACharacterAndUnfoldsBack(_ piece: String) throws {
        for prefix in 60...80 {
            let line = "SUMMARY:" + String(repeating: "a", count: prefix - 8) + String(repeating: piece, count: 20)
            let folded = ICSWriter.fold(line)
            for f in folded { #expect(f.utf8.count <= 75) }
            let unfolded = try ICSParser.unfold(Data((folded.joined(separator: "\r\n") + "\r\n").utf8))
            #expect(unfolded.map(\.1) == [line])
        }
    }

    @Test func unfoldingMendsAFoldInsideAMultibyteCharacter() throws {
        let text = "SUMMARY:Nîmes et Alès"
        let bytes = Array(text.utf8)
        for cut in 9..<bytes.count {
            var data = Data(bytes[0..<cut])
            data.append(contentsOf: [0x0D, 0x0A, 0x20])
            data.append(contentsOf: bytes[cut...])
            #expect(try ICSParser.unfold(data).map(\.1) == [text])
        }
    }

    @Test func escapesAndQuotedParametersRoundTrip() throws {
        for s in ["a,b;c\\d", "ligne\nsuivante", "«guillemets» : deux-points", ""] {
            #expect(ICSValues.unescape(ICSValues.escape(s)) == s)
        }
        let p = try ICSParser.property("ATTENDEE;CN=\"Doe, John: Jr\";ROLE=CHAIR:mailto:j@x.org", line: 3)
        #expect(p.name == "ATTENDEE" && p.parameter("CN") == "Doe, John: Jr" && p.parameter("ROLE") == "CHAIR" && p.value == "mailto:j@x.org")
        #expect(ICSValues.duration("-PT15M")! == (0, -900))
        #expect(ICSValues.duration("P1W")! == (7, 0))
        #expect(ICSValues.duration("P1DT2H30M")! == (1, 9000))
        #expect(ICSValues.duration("PT") == nil)
    }

    @Test(arguments: [
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261201T090000\r\nEND:VCALENDAR\r\n", 5, "missing END:VEVENT for BEGIN:VEVENT at line 2"),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261201T090000\r\n", 4, "missing END:VEVENT for BEGIN:VEVENT at line 2"),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261345T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", 4, "invalid DTSTART \"20261345T090000\" (expected YYYYMMDD or YYYYMMDDTHHMMSS)"),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261201T090000\r\nRRULE:FREQ=FORTNIGHTLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", 5, "RRULE: unknown FREQ \"FORTNIGHTLY\""),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=\"Europe/Paris:20261201T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", 4, "unterminated quoted parameter value in DTSTART"),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Mars/Olympus:20261201T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", 4, "unknown time zone \"Mars/Olympus\" (no VTIMEZONE for it)"),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", 2, "VEVENT without DTSTART"),
        ("\u{0}\u{1}\u{2}garbage", 1, "binary data (NUL byte) in a calendar file"),
        ("hello world\r\n", 1, "missing ':' after HELLO"),
        ("BEGIN:VCALENDAR\r\nSUMMARY:x\r\nEND:VCALEN", 3, "END:VCALEN without a matching BEGIN"),
    ])
    func malformedFilesNameTheLineAndChangeNothing(_ text: String, _ line: Int, _ reason: String) throws {
        let store = try Store(inMemorySample: true)
        let before = try store.eventCount()
        #expect(throws: ICSError(line: line, reason)) {
            let r = try importer(store).importCalendar(Data(text.utf8), strict: true)
            _ = try store.importEvents(r.events)
        }
        #expect(try store.eventCount() == before)
    }

    @Test func anImportIsAllOrNothingAndReimportUpdatesInsteadOfDuplicating() throws {
        let store = try Store(inMemorySample: false)
        let good = "BEGIN:VEVENT\r\nUID:ok@x\r\nDTSTART:20261201T090000Z\r\nSUMMARY:ok\r\nEND:VEVENT\r\n"
        let badCity = "BEGIN:VEVENT\r\nUID:bad@x\r\nDTSTART:20261201T090000Z\r\nSUMMARY:bad\r\nX-PLANNER-CITIES:ZZZ\r\nEND:VEVENT\r\n"
        let r = try importer(store).importCalendar(Data(("BEGIN:VCALENDAR\r\n" + good + badCity + "END:VCALENDAR\r\n").utf8))
        #expect(throws: PlannerError.self) { try store.importEvents(r.events) }
        #expect(try store.eventCount() == 0)
        let v1 = try importer(store).importCalendar(Data(("BEGIN:VCALENDAR\r\n" + good + "END:VCALENDAR\r\n").utf8))
        #expect(try store.importEvents(v1.events) == ImportCounts(added: 1))
        let newer = good.replacingOccurrences(of: "SUMMARY:ok", with: "SUMMARY:ok v2\r\nSEQUENCE:1")
        let v2 = try importer(store).importCalendar(Data(("BEGIN:VCALENDAR\r\n" + newer + "END:VCALENDAR\r\n").utf8))
        #expect(try store.importEvents(v2.events) == ImportCounts(updated: 1))
        #expect(try store.importEvents(v1.events) == ImportCounts(unchanged: 1))
        #expect(try store.eventCount() == 1 && store.event(uid: "ok@x")?.title == "ok v2")
        #expect(try store.importEvents(v2.events, dryRun: true) == ImportCounts(unchanged: 1))
    }

    @Test func cancelledEventsAreNotImportedAndOtherStatusesRoundTrip() throws {
        let store = try Store(inMemorySample: false)
        let text = """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//test//EN\r
        BEGIN:VEVENT\r
        UID:gone@test\r
        DTSTAMP:20261101T000000Z\r
        DTSTART;TZID=Europe/Paris:20261203T090000\r
        DTEND;TZID=Europe/Paris:20261203T100000\r
        SUMMARY:Annulé\r
        STATUS:CANCELLED\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:gone@test\r
        RECURRENCE-ID;TZID=Europe/Paris:20261203T090000\r
        DTSTAMP:20261101T000000Z\r
        DTSTART;TZID=Europe/Paris:20261204T090000\r
        DTEND;TZID=Europe/Paris:20261204T100000\r
        SUMMARY:Annulé aussi\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:kept@test\r
        DTSTAMP:20261101T000000Z\r
        DTSTART;TZID=Europe/Paris:20261203T140000\r
        DTEND;TZID=Europe/Paris:20261203T150000\r
        SUMMARY:Confirmé\r
        LOCATION:Nîmes\r
        STATUS:CONFIRMED\r
        END:VEVENT\r
        END:VCALENDAR\r

        """
        let result = try importer(store).importCalendar(Data(text.utf8))
        #expect(result.events.map(\.uid) == ["kept@test"])
        #expect(result.skipped == [.cancelled: 1])
        _ = try store.importEvents(result.events)
        let out = try writer(store).write(try store.allEvents())
        #expect(out.contains("STATUS:CONFIRMED\r\n"))
        // A calendar from another program: our export of it is read back to the same bytes.
        let (_, second) = try importedThenExported(Data(out.utf8))
        #expect(second == out, "\(second)\n---\n\(out)")
    }

    @Test(arguments: ["google-montpellier.ics", "outlook-intercomex.ics", "thunderbird-factory.ics"])
    func foreignCalendarsExportImportExportByteIdentical(_ name: String) throws {
        let (a, first) = try importedThenExported(try fixture(name))
        let (b, second) = try importedThenExported(Data(first.utf8))
        #expect(first == second)
        // And the same occurrences in both stores.
        let from = LocalDate(iso: "2026-01-01")!.startInstant(in: paris), to = LocalDate(iso: "2028-01-01")!.startInstant(in: paris)
        let oa = try a.occurrences(from: from, to: to).map { "\($0.uid) \($0.start) \($0.title) \($0.event.cities)" }
        let ob = try b.occurrences(from: from, to: to).map { "\($0.uid) \($0.start) \($0.title) \($0.event.cities)" }
        #expect(oa == ob)
        #expect(!oa.isEmpty)
    }
}
