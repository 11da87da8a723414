import Foundation
import Testing
@testable import PlannerCore

/// The lenient importer, one regression test per point of issue #14, each on a calendar
/// written by hand after what Google, Outlook/Exchange, Thunderbird, Apple Calendar and
/// public-holiday feeds export (Fixtures/ics-real). The occurrences of the same files are
/// compared with recurring-ical-events in ICSDifferentialTests.
struct ICSLenientImportTests {
    static let paris = TimeZone(identifier: "Europe/Paris")!
    static let utc = TimeZone(identifier: "UTC")!

    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/ics-real/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    static func importer(_ cities: [City], defaultCities: [String] = [], zone: TimeZone = paris) -> ICSImporter {
        ICSImporter(context: .init(
            cityResolver: { text in
                let t = text.foldedForSearch
                return cities.filter { t.contains($0.name.foldedForSearch) }.map(\.id)
            },
            defaultCities: defaultCities, defaultOffice: .montpellier, defaultZone: zone,
            isKnownCity: { id in cities.contains { $0.id == id } }))
    }

    static func calendar(_ events: String...) -> Data {
        Data(("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + events.joined() + "END:VCALENDAR\r\n").utf8)
    }

    static func event(_ uid: String, _ body: String) -> String {
        "BEGIN:VEVENT\r\nUID:\(uid)\r\nDTSTAMP:20260101T000000Z\r\n" + body.replacingOccurrences(of: "\n", with: "\r\n") + "\r\nEND:VEVENT\r\n"
    }

    func utcText(_ d: Date) -> String { TimeFormatting.rfc3339(d, in: Self.utc).replacingOccurrences(of: "+00:00", with: "Z") }
    func parisText(_ d: Date) -> String { TimeFormatting.rfc3339(d, in: Self.paris) }

    func imported(_ data: Data, strict: Bool = false, defaultCities: [String] = []) throws -> (ICSImporter.Result, Store) {
        let store = try Store(inMemorySample: false)
        let r = try Self.importer(try store.cities(), defaultCities: defaultCities).importCalendar(data, strict: strict)
        return (r, store)
    }

    func kinds(_ r: ICSImporter.Result) -> Set<String> { Set(r.diagnostics.map(\.problem.kind)) }

    // 1. Every date computation bounded: 1900–2200, a per-event error, never a trap.
    @Test func hugeDurationsAndFarDatesAreAPerEventErrorNeverATrap() throws {
        let data = Self.calendar(
            Self.event("weeks@x", "DTSTART:20261201T090000Z\nDURATION:P999999999999999999W\nSUMMARY:a"),
            Self.event("hours@x", "DTSTART:20261201T090000Z\nDURATION:PT2562047788015215H\nSUMMARY:b"),
            Self.event("far@x", "DTSTART:20261201T090000Z\nDURATION:P9999999999999W\nSUMMARY:c"),
            Self.event("y9999@x", "DTSTART:99991231T230000Z\nDTEND:99991231T235900Z\nSUMMARY:d"),
            Self.event("ok@x", "DTSTART:20261201T090000Z\nDURATION:PT1H\nSUMMARY:kept"))
        let (r, store) = try imported(data)
        #expect(r.events.map(\.uid) == ["ok@x"])
        #expect(r.skipped == [.invalid: 4])
        #expect(r.diagnostics.filter { $0.problem.outcome == .skippedEvent }.map(\.line) == [8, 15, 22, 28])
        #expect(r.diagnostics.allSatisfy { if case .outOfRange = $0.problem { return true } else { return false } })
        #expect(throws: ICSError.self) { try Self.importer([]).importCalendar(data, strict: true) }
        // What is stored stays usable by every command.
        _ = try store.importEvents(r.events)
        let all = try store.occurrences(from: Date(timeIntervalSince1970: -1e12), to: Date(timeIntervalSince1970: 1e12))
        #expect(all.count == 1)
        _ = ICSWriter(cityName: { $0 }).write(try store.allEvents())
        // Typed values and saved events are bounded too.
        #expect(throws: PlannerError.self) { try UserInput.day("9999-12-31", today: LocalDate(year: 2026, month: 1, day: 1)) }
        #expect(throws: PlannerError.self) { try UserInput.duration("999999999999999999d") }
        #expect(throws: PlannerError.self) { try UserInput.duration("99999999999d") }
        let far = Date(timeIntervalSince1970: TimeInterval(LocalDate(year: 9999, month: 12, day: 31).dayNumber * 86400))
        #expect(throws: PlannerError.self) {
            try store.save(Event(title: "far", start: far, end: far.addingTimeInterval(3600), cities: ["TLS"]))
        }
        // An expansion asked for any window never overflows.
        var e = r.events[0]
        e.rrule = "FREQ=DAILY"
        #expect(e.occurrences(from: Date(timeIntervalSince1970: -9e18), to: Date(timeIntervalSince1970: 9e18)).count > 1000)
    }

    // 2. One malformed line never refuses the file.
    @Test func malformedLinesAreSkippedAndTheRestIsRead() throws {
        let (r, _) = try imported(try Self.fixture("apple-messy.ics"))
        #expect(r.events.map(\.title) == ["Visite ]0;pwnedchantier [31mrouge[0m", "Espace dans un nom", "Toujours lu"])
        #expect(r.skipped == [.component("X-CUSTOM-WIDGET"): 1])
        #expect(kinds(r).isSuperset(of: ["missingColon", "spaceInName", "unmatchedEnd", "unclosed", "controlCharacters"]))
        // The stray half of a bad fold (`X-APPLE-RADIUS=49.91;…`) names its physical line.
        #expect(r.diagnostics.contains { $0.line == 17 && $0.problem == .missingColon("X-APPLE-RADIUS") })
        #expect(r.diagnostics.contains { $0.problem == .unmatchedEnd("VCALENDARD") })
        // Strict: refused at the first problem, with its line (the first half of the bad fold).
        #expect(throws: ICSError(line: 16, .invalidParameter("X-APPLE-STRUCTURED-LOCATION"))) {
            try Self.importer([]).importCalendar(try Self.fixture("apple-messy.ics"), strict: true)
        }
        // A property without value (`ORGANIZER;CN=Sixt SE`) and text after the last END.
        let (r2, _) = try imported(Self.calendar(Self.event("o@x", "DTSTART:20260301T090000Z\nORGANIZER;CN=Sixt SE\nSUMMARY:x")))
        #expect(r2.events.count == 1 && r2.diagnostics.map(\.problem) == [.missingColon("ORGANIZER")])
    }

    // 3. TZIDs without VTIMEZONE: Windows names (CLDR), known prefixes, else floating + warning.
    @Test func zoneNamesWithoutDefinitionsAreMappedOrReadAsFloating() throws {
        let (r, _) = try imported(try Self.fixture("outlook-zones.ics"))
        let byTitle = Dictionary(uniqueKeysWithValues: r.events.map { ($0.title, $0) })
        #expect(byTitle["Revue trimestrielle"].map { parisText($0.start) } == "2026-02-12T10:00:00+01:00")
        #expect(byTitle["Revue trimestrielle"]?.timeZone == "Europe/Berlin")
        #expect(byTitle["Réunion Romance"]?.timeZone == "Europe/Paris")
        #expect(byTitle["Préfixe Mozilla"].map { parisText($0.start) } == "2026-04-15T10:00:00+02:00")
        #expect(byTitle["Préfixe posix"]?.timeZone == "Europe/Vaduz")
        #expect(WindowsZones.iana.count > 100 && WindowsZones.iana["Romance Standard Time"] == "Europe/Paris")
        let (u, _) = try imported(try Self.fixture("outlook-unknown-zones.ics"))
        #expect(u.events.map { parisText($0.start) } == ["2026-05-14T14:00:00+02:00", "2026-05-15T14:00:00+02:00"])
        #expect(u.diagnostics.map(\.problem) == [.unknownZone("Western/Central Europe"), .unknownZone("Western/Central Europe"),
                                                 .unknownZone("CUSTOM_tzid"), .unknownZone("CUSTOM_tzid")])
    }

    // 4. VTIMEZONE definitions interpreted: STANDARD/DAYLIGHT with RRULE and RDATE.
    @Test func vtimezoneRulesAreInterpreted() throws {
        let (r, _) = try imported(try Self.fixture("outlook-zones.ics"))
        let moscow = try #require(r.events.first { $0.title == "Appel Moscou" })
        #expect(utcText(moscow.start) == "2026-03-03T08:00:00Z" && moscow.timeZone != "Europe/Paris")
        // A custom zone with its own transition (2nd Sunday of March): every day exact.
        let custom = try #require(r.events.first { $0.title == "Point zone personnalisée" })
        let from = LocalDate(year: 2026, month: 3, day: 1).startInstant(in: Self.utc)
        let starts = custom.occurrences(from: from, to: from.addingTimeInterval(86400 * 30)).map { utcText($0.start) }
        #expect(starts == ["2026-03-09T07:00:00Z", "2026-03-10T07:00:00Z", "2026-03-11T07:00:00Z", "2026-03-12T07:00:00Z"])
        #expect(r.diagnostics.contains { if case .approximateZone("Customized Time Zone", _) = $0.problem { return true } else { return false } })
        // RDATE transitions: a zone that moved from +0100 to +0300 on one given day.
        let text = """
        BEGIN:VTIMEZONE\r\nTZID:Shift\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r
        BEGIN:STANDARD\r\nDTSTART:20260601T000000\r\nRDATE:20260601T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0300\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n
        """
        let component = try #require(try ICSParser.parse(Self.calendar(text)).first?.children.first)
        let zone = try #require(VTimeZone(component))
        #expect(utcText(zone.instant(LocalDateTime(date: LocalDate(year: 2026, month: 5, day: 31), hour: 12, minute: 0))) == "2026-05-31T11:00:00Z")
        #expect(utcText(zone.instant(LocalDateTime(date: LocalDate(year: 2026, month: 6, day: 2), hour: 12, minute: 0))) == "2026-06-02T09:00:00Z")
    }

    // 5. A DTSTART in the spring-forward gap moves that instance only.
    @Test func aStartInTheSpringGapMovesOnlyThatInstance() throws {
        let (r, _) = try imported(try Self.fixture("thunderbird-recurrences.ics"))
        let e = try #require(r.events.first { $0.uid == "gap-series@thunderbird" })
        let from = LocalDate(year: 2026, month: 1, day: 1).startInstant(in: Self.paris)
        let starts = e.occurrences(from: from, to: from.addingTimeInterval(86400 * 800)).map { parisText($0.start) }
        #expect(starts == ["2026-03-29T03:30:00+02:00", "2026-06-29T02:30:00+02:00", "2026-09-29T02:30:00+02:00",
                           "2026-12-29T02:30:00+01:00", "2027-03-29T02:30:00+02:00"])
    }

    // 6. Changed instances without their series are single events, none dropped.
    @Test func changedInstancesWithoutTheirSeriesAreAllKept() throws {
        let (r, _) = try imported(try Self.fixture("google-invited-instances.ics"))
        let instances = r.events.filter { $0.uid.hasPrefix("7kukuqrfedlm2f9t0vr42q2gr5@google.com") }
        #expect(instances.count == 3 && Set(instances.map(\.uid)).count == 3)
        #expect(instances.map { parisText($0.start) }.sorted() == ["2026-03-10T10:00:00+01:00", "2026-04-07T09:00:00+02:00", "2026-05-05T09:00:00+02:00"])
        #expect(r.diagnostics.filter { $0.problem == .instanceWithoutSeries }.count == 3)
    }

    // 7. Recurrence details: THISANDFUTURE, several RRULEs, RDATE PERIOD, EXDATE DATE,
    // DATE-TIME RECURRENCE-ID on an all-day series, an instance changed to all-day, X-WR-TIMEZONE.
    @Test func recurrenceDetailsAreApplied() throws {
        let (r, store) = try imported(try Self.fixture("thunderbird-recurrences.ics"))
        _ = try store.importEvents(r.events)
        let from = LocalDate(year: 2026, month: 1, day: 1).startInstant(in: Self.paris)
        let all = try store.occurrences(from: from, to: from.addingTimeInterval(86400 * 400))
        func starts(_ title: String) -> [String] { all.filter { $0.title.hasPrefix(title) }.map { parisText($0.start) } }
        #expect(starts("Atelier hebdomadaire").count == 8)
        #expect(starts("Atelier hebdomadaire (nouvel horaire)") == ["2026-03-02T16:00:00+01:00", "2026-03-09T16:00:00+01:00",
                                                                    "2026-03-16T16:00:00+01:00", "2026-03-23T16:00:00+01:00"])
        #expect(starts("Deux règles").map { String($0.prefix(10)) } == ["2026-06-01", "2026-06-04", "2026-06-08", "2026-06-11",
                                                                        "2026-06-15", "2026-06-18", "2026-06-22"])
        #expect(starts("Exclusion par date").map { String($0.prefix(10)) } == ["2026-07-01", "2026-07-02", "2026-07-04", "2026-07-05"])
        let periods = all.filter { $0.title.hasPrefix("RDATE PERIOD") }.map { "\(utcText($0.start))/\(utcText($0.end))" }
        #expect(periods == ["2026-10-01T20:00:00Z/2026-10-01T21:00:00Z", "2026-10-02T20:00:00Z/2026-10-02T22:00:00Z",
                            "2026-10-03T20:00:00Z/2026-10-03T23:00:00Z"])
        let allDay = try #require(all.first { $0.title == "Revue du vendredi (journée entière)" })
        #expect(allDay.allDay && parisText(allDay.start) == "2026-09-11T00:00:00+02:00" && parisText(allDay.end) == "2026-09-12T00:00:00+02:00")
        // Export writes what import reads back identically.
        let text = ICSWriter(cityName: { $0 }).write(try store.allEvents())
        let again = try Self.importer(try store.cities()).importCalendar(Data(text.utf8), strict: true)
        #expect(again.events.map(\.uid).sorted() == r.events.map(\.uid).sorted())
        for e in again.events {
            let before = try #require(r.events.first { $0.uid == e.uid })
            #expect(e.occurrences(from: from, to: from.addingTimeInterval(86400 * 400)).map { "\($0.start) \($0.end) \($0.allDay)" }
                    == before.occurrences(from: from, to: from.addingTimeInterval(86400 * 400)).map { "\($0.start) \($0.end) \($0.allDay)" })
        }

        let (g, _) = try imported(try Self.fixture("google-invited-instances.ics"))
        let probe = try #require(g.events.first { $0.uid == "floating-probe@google.com" })
        #expect(utcText(probe.start) == "2026-01-20T15:00:00Z")   // 09:00 in America/Chicago
        let weekly = try #require(g.events.first { $0.uid == "allday-weekly@google.com" })
        let days = weekly.occurrences(from: from, to: from.addingTimeInterval(86400 * 60))
        #expect(days.map(\.title) == ["Journée télétravail", "Journée télétravail (au bureau)", "Journée télétravail",
                                      "Journée télétravail", "Journée télétravail", "Journée télétravail"])
    }

    // 8 and 9. Sloppy rules repaired with a warning; two DTSTART lines warned.
    @Test func sloppyRulesAreRepairedWithAWarning() throws {
        let (r, _) = try imported(try Self.fixture("holiday-feed.ics"))
        #expect(r.events.count == 4 && r.skipped.isEmpty)
        #expect(r.events.first { $0.uid == "nouvel-an-2026@holidays.example" }?.rrule == nil)
        #expect(r.events.first { $0.uid == "fete-du-travail@holidays.example" }?.rrule == "FREQ=YEARLY;BYMONTHDAY=1;BYMONTH=5")
        let swapped = try #require(r.events.first { $0.uid == "armistice@holidays.example" })
        #expect(utcText(swapped.start) == "2026-11-11T09:00:00Z" && utcText(swapped.end) == "2026-11-11T10:00:00Z")
        #expect(kinds(r) == ["emptyRule", "escapedRule", "endBeforeStart"])
        let (s, _) = try imported(try Self.fixture("holiday-feed-sloppy.ics"))
        #expect(s.events.first { $0.uid == "fete-nationale@holidays.example" }?.rrule == "FREQ=YEARLY")
        #expect(s.events.first { $0.uid == "noel@holidays.example" }.map { ICSValues.format(LocalDate($0.start, in: Self.paris)) } == "20261225")
        #expect(s.diagnostics.map(\.problem) == [.negativeCount, .duplicateStart])
    }

    // 10. A missing SUMMARY stays empty in the store; screens show a placeholder.
    @Test func aMissingSummaryStaysEmptyAndIsShownWithAPlaceholder() throws {
        let (r, store) = try imported(try Self.fixture("holiday-feed.ics"))
        _ = try store.importEvents(r.events)
        let e = try #require(try store.event(uid: "no-summary@holidays.example"))
        #expect(e.title == "")
        #expect(ICSWriter(cityName: { $0 }).write([e]).contains("\r\nSUMMARY:\r\n"))
        let o = Occurrence(event: e, start: e.start, end: e.end)
        #expect(o.displayTitle(.en) == "(untitled)" && o.displayTitle(.fr) == "(sans titre)")
        let day = LocalDate(year: 2026, month: 8, day: 15)
        let en = AgendaText.render([o], days: [day], heading: "h", context: AgendaContext(lang: .en, zone: Self.paris, cityNames: [:]))
        #expect(en.contains("(untitled)") && !en.contains("sans titre"))
    }

    // 11. A LOCATION naming no known city: the city stays unknown, the text is kept.
    @Test func anUnknownLocationLeavesTheCityUnknown() throws {
        let (r, store) = try imported(try Self.fixture("google-invited-instances.ics"))
        let bordeaux = try #require(r.events.first { $0.title == "Comité partenaires (déplacé)" })
        #expect(bordeaux.cities.isEmpty && bordeaux.locationText == "Hangar 14, Bordeaux")
        #expect(r.diagnostics.contains { $0.problem == .unknownLocation("Hangar 14, Bordeaux") })
        _ = try store.importEvents(r.events)
        let from = LocalDate(year: 2026, month: 3, day: 10).startInstant(in: Self.paris)
        let occ = try store.occurrences(from: from, to: from.addingTimeInterval(86400))
        let ctx = AgendaContext(lang: .fr, zone: Self.paris, cityNames: [:])
        #expect(AgendaText.details(occ[0], ctx).hasPrefix("Hangar 14, Bordeaux · "))
        let parity = ParityReport(year: 2026, grouping: .quarter, occurrences: occ, zone: Self.paris)
        #expect(parity.periods[0].unknownCity == 1 && parity.periods[0].elsewhere == 0 && parity.periods[0].toulouse == 0)
        #expect(parity.text(.fr).contains("1 événement à ville inconnue"))
        // `import --city` gives one explicitly; a known city in the text is found.
        let (withCity, _) = try imported(try Self.fixture("google-invited-instances.ics"), defaultCities: ["MPL"])
        #expect(withCity.events.first { $0.title == "Comité partenaires (déplacé)" }?.cities == ["MPL"])
        let (known, _) = try imported(try Self.fixture("apple-messy.ics"))
        #expect(known.events[0].cities == ["NIM"])
        // `city add`: distances estimated from the great-circle distance × the detour factor.
        let n = try store.addCity(City(id: "BOD", name: "Bordeaux", latitude: 44.8378, longitude: -0.5792))
        #expect(n == (try store.cities().count - 1))
        let km = try #require(try store.distances()[CityPair("BOD", "TLS")])
        #expect(abs(km - Int((212.0 * ReferenceCities.detourFactor).rounded())) <= 3)
        #expect(throws: PlannerError.self) { try store.addCity(City(id: "BOD", name: "Bordeaux", latitude: 0, longitude: 0)) }
    }

    // 12. Control characters: removed at import (with a warning), on save, on every output.
    @Test func controlCharactersNeverReachAnOutput() throws {
        let hostile = "Visite \u{1B}]0;pwned\u{07}chantier \u{1B}[31mrouge\u{9B}2J"
        #expect(hostile.removingControlCharacters == "Visite ]0;pwnedchantier [31mrouge2J")
        #expect("a\tb\nc".removingControlCharacters == "a\tb\nc")
        let store = try Store(inMemorySample: false)
        let start = LocalDate(year: 2026, month: 5, day: 4).startInstant(in: Self.paris).addingTimeInterval(9 * 3600)
        var e = Event(uid: "esc@x", title: hostile, description: "d\u{1B}[2J", start: start, end: start.addingTimeInterval(3600), cities: ["TLS"])
        e.extraProperties = ["X-NOTE:\u{1B}]52;c;ZXZpbA==\u{07}"]
        try store.save(e)   // add/edit and the form all save through here
        let stored = try #require(try store.event(uid: "esc@x"))
        #expect(!stored.title.hasControlCharacters && !stored.description.hasControlCharacters)
        #expect(!stored.extraProperties.joined().hasControlCharacters)
        // Every output of an event that bypassed the store.
        let o = Occurrence(event: e, start: e.start, end: e.end)
        let ctx = AgendaContext(lang: .en, zone: Self.paris, cityNames: ["TLS": "Toulouse"])
        let day = LocalDate(year: 2026, month: 5, day: 4)
        #expect(!AgendaText.render([o], days: [day], heading: "w", context: ctx).contains("\u{1B}"))
        let html = AgendaHTML.render([o], days: [day], heading: "w", context: ctx)
        #expect(!html.contains("\u{1B}") && !html.contains("\u{07}") && !html.contains("\u{9B}"))
        let json = AgendaJSON.render([o], from: day, to: day.adding(days: 1), context: ctx)
        #expect(!json.unicodeScalars.contains { String.isRemovedControl($0) } && json.contains("\\u001b") && json.contains("\\u009b"))
        let ics = ICSWriter(cityName: { $0 }).write([e])
        #expect(!ics.unicodeScalars.contains { $0.value != 0x0D && $0.value != 0x0A && String.isRemovedControl($0) })
        // Import: removed and reported.
        let (r, _) = try imported(try Self.fixture("apple-messy.ics"))
        #expect(!r.events[0].title.hasControlCharacters && r.diagnostics.contains { $0.problem == .controlCharacters("SUMMARY") })
    }

    // The policy: grouped messages, in both languages, correct plurals.
    @Test func problemsAreGroupedAndLocalised() throws {
        let d = ICSDiagnostics(strict: false)
        for line in [3, 9, 4] { try d.report(line, .missingColon("X")) }
        try d.report(7, .emptyRule)
        #expect(d.grouped.map(\.kind) == ["missingColon", "emptyRule"])
        #expect(d.grouped[0].items.map(\.line) == [3, 4, 9])
        #expect(Catalogue.importProblemsHeader(file: "f.ics", count: 1).fr == "f.ics : 1 avertissement")
        #expect(Catalogue.importProblemsHeader(file: "f.ics", count: 0).fr == "f.ics : 0 avertissement")
        #expect(Catalogue.importProblemsHeader(file: "f.ics", count: 4).en == "f.ics: 4 warnings")
        #expect(Catalogue.importMoreLines([4, 9], shown: 8).fr == " (et 2 autres : lignes 4, 9)")
        #expect(Catalogue.importCounts(read: 1, added: 1, updated: 0, unchanged: 0).fr == "1 événement lu : 1 ajouté, 0 mis à jour, 0 inchangé")
        #expect(ICSDiagnostic(line: 1, .emptyRule).message.fr == "RRULE vide : retirée")
    }
}
