import Foundation
import Testing
@testable import PlannerCore

/// Recurrence in the event's zone: DST, exceptions, parsing, far windows.
struct RecurrenceExpanderTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    func t(_ day: String, _ h: Int, _ m: Int = 0) -> LocalDateTime {
        LocalDateTime(date: LocalDate(iso: day)!, hour: h, minute: m)
    }

    func local(_ d: Date) -> String { TimeFormatting.rfc3339(d, in: paris) }

    @Test func weeklyNineOClockStaysNineOClockAcrossBothDSTChanges() throws {
        let set = RecurrenceSet(start: t("2026-03-17", 9), zone: paris, dateOnly: false, rule: try RecurrenceRule(parsing: "FREQ=WEEKLY;BYDAY=TU"))
        let got = set.starts(from: t("2026-03-17", 0).instant(in: paris), to: t("2026-04-01", 0).instant(in: paris)).map(local)
        #expect(got == ["2026-03-17T09:00:00+01:00", "2026-03-24T09:00:00+01:00", "2026-03-31T09:00:00+02:00"])
        let autumn = set.starts(from: t("2026-10-20", 0).instant(in: paris), to: t("2026-11-04", 0).instant(in: paris)).map(local)
        #expect(autumn == ["2026-10-20T09:00:00+02:00", "2026-10-27T09:00:00+01:00", "2026-11-03T09:00:00+01:00"])
    }

    @Test func aTimeInTheSpringGapMovesForwardByTheGap() throws {
        let set = RecurrenceSet(start: t("2026-03-27", 2, 30), zone: paris, dateOnly: false, rule: try RecurrenceRule(parsing: "FREQ=DAILY;COUNT=4"))
        let got = set.starts(from: t("2026-03-01", 0).instant(in: paris), to: t("2026-04-10", 0).instant(in: paris)).map(local)
        #expect(got == ["2026-03-27T02:30:00+01:00", "2026-03-28T02:30:00+01:00", "2026-03-29T03:30:00+02:00", "2026-03-30T02:30:00+02:00"])
    }

    @Test func exdateRemovesAndRdateAddsOccurrences() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=1TU;COUNT=4")
        let removed = t("2026-10-06", 10).instant(in: paris)
        let added = t("2026-10-20", 10).instant(in: paris)
        let set = RecurrenceSet(start: t("2026-09-01", 10), zone: paris, dateOnly: false, rule: rule, rdates: [added], exdates: [removed])
        let got = set.starts(from: t("2026-01-01", 0).instant(in: paris), to: t("2027-12-31", 0).instant(in: paris)).map(local)
        #expect(got == ["2026-09-01T10:00:00+02:00", "2026-10-20T10:00:00+02:00", "2026-11-03T10:00:00+01:00", "2026-12-01T10:00:00+01:00"])
        #expect(set.lastStart() == t("2026-12-01", 10).instant(in: paris))
        #expect(set.contains(added) && !set.contains(removed))
    }

    @Test func allDaySetsCompareExdatesByDay() throws {
        let set = RecurrenceSet(start: t("2026-12-01", 0), zone: paris, dateOnly: true, rule: try RecurrenceRule(parsing: "FREQ=DAILY;COUNT=3"),
                                exdates: [t("2026-12-02", 0).instant(in: paris)])
        #expect(set.starts(from: t("2026-11-01", 0).instant(in: paris), to: t("2027-01-01", 0).instant(in: paris)).map(local)
                == ["2026-12-01T00:00:00+01:00", "2026-12-03T00:00:00+01:00"])
    }

    @Test func weeklyBySetPosUsesTheWholeFirstWeek() throws {
        // RFC 5545: BYSETPOS picks among the whole week's set; DTSTART counts as the first.
        let set = RecurrenceSet(start: t("2025-03-14", 9), zone: paris, dateOnly: false,
                                rule: try RecurrenceRule(parsing: "FREQ=WEEKLY;BYDAY=MO,FR;BYSETPOS=2;COUNT=3"))
        #expect(set.starts(from: t("2025-01-01", 0).instant(in: paris), to: t("2026-01-01", 0).instant(in: paris)).map(local)
                == ["2025-03-14T09:00:00+01:00", "2025-03-21T09:00:00+01:00", "2025-03-28T09:00:00+01:00"])
    }

    @Test func aFarWindowDoesNotWalkEverySinceTheStart() throws {
        let set = RecurrenceSet(start: t("2019-02-05", 12), zone: paris, dateOnly: false, rule: try RecurrenceRule(parsing: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"))
        let got = set.starts(from: t("2030-06-01", 0).instant(in: paris), to: t("2030-07-01", 0).instant(in: paris))
        // The expander itself, with statistics of its own: it jumped instead of walking 11 years.
        var stats = RecurrenceExpander.Statistics()
        let direct = RecurrenceExpander(rule: try RecurrenceRule(parsing: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"), start: t("2019-02-05", 12))
            .expand(lower: t("2030-06-01", 0), upper: t("2030-07-01", 0), limit: .max, pastUntil: { _ in false }, statistics: &stats)
        #expect(direct == [t("2030-06-11", 12), t("2030-06-25", 12)])
        #expect(stats.periodsVisited > 0 && stats.periodsVisited < 50)
        // 2019-02-05 + k·14 days: 2030-06-04 is 4137 days later = 295.5 fortnights → 2030-06-11.
        #expect(got.map(local) == ["2030-06-11T12:00:00+02:00", "2030-06-25T12:00:00+02:00"])
        #expect(set.lastStart() == nil)
    }

    @Test func impossibleRulesEndInsteadOfLoopingForever() throws {
        let set = RecurrenceSet(start: t("2026-01-30", 9), zone: paris, dateOnly: false, rule: try RecurrenceRule(parsing: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"))
        #expect(set.starts(from: t("2026-02-01", 0).instant(in: paris), to: t("2100-01-01", 0).instant(in: paris)).isEmpty)
    }

    @Test(arguments: [
        ("FREQ=FORTNIGHTLY", "unknown FREQ \"FORTNIGHTLY\""),
        ("BYDAY=MO", "missing FREQ"),
        ("FREQ=DAILY;COUNT=3;UNTIL=20261231", "COUNT and UNTIL cannot both be given"),
        ("FREQ=MONTHLY;BYMONTHDAY=32", "invalid BYMONTHDAY value \"32\""),
        ("FREQ=WEEKLY;BYDAY=1MO", "BYDAY with an ordinal (1MO) needs FREQ=MONTHLY or YEARLY"),
        ("FREQ=DAILY;INTERVAL=0", "invalid INTERVAL \"0\""),
        ("FREQ=DAILY;FOO=1", "unknown part FOO"),
        ("FREQ=DAILY;UNTIL=2026-12-31", "invalid UNTIL \"2026-12-31\""),
        ("FREQ=MONTHLY;BYSETPOS=1", "BYSETPOS needs another BYxxx part"),
    ])
    func invalidRulesNameTheBadPart(_ text: String, _ message: String) {
        #expect(throws: RecurrenceError.invalid(message)) { try RecurrenceRule(parsing: text) }
    }

    @Test(arguments: ["FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=SU", "FREQ=MONTHLY;BYDAY=-1FR;COUNT=12",
                      "FREQ=YEARLY;UNTIL=20301231T230000Z;BYMONTH=6;BYDAY=1TH", "FREQ=DAILY;UNTIL=20261231"])
    func canonicalTextRoundTrips(_ text: String) throws {
        let rule = try RecurrenceRule(parsing: "RRULE:" + text.lowercased().replacingOccurrences(of: "rrule:", with: ""))
        #expect(try RecurrenceRule(parsing: rule.rfc5545) == rule)
        #expect(rule.rfc5545.hasPrefix("FREQ="))
    }

    @Test func recurringEventShowsInTheAgendaWithOverridesAndCancellations() throws {
        let store = try Store(inMemorySample: false)
        let start = t("2026-09-08", 10).instant(in: paris)
        var e = Event(uid: "comex@test", title: "Inter-comex", start: start, end: start.addingTimeInterval(9000), cities: ["LEZ"],
                      rrule: "FREQ=MONTHLY;BYDAY=1TU")
        let oct = t("2026-10-06", 10).instant(in: paris)
        let nov = t("2026-11-03", 10).instant(in: paris)
        e.overrides = [OccurrenceOverride(recurrenceId: oct, start: t("2026-10-07", 14).instant(in: paris), end: t("2026-10-07", 16).instant(in: paris), title: "Inter-comex (décalé)"),
                       OccurrenceOverride(recurrenceId: nov, start: nov, end: nov.addingTimeInterval(9000), cancelled: true)]
        try store.save(e)
        let occ = try store.occurrences(from: t("2026-09-01", 0).instant(in: paris), to: t("2027-01-01", 0).instant(in: paris))
        #expect(occ.map { local($0.start) } == ["2026-09-08T10:00:00+02:00", "2026-10-07T14:00:00+02:00", "2026-12-01T10:00:00+01:00"])
        #expect(occ[1].title == "Inter-comex (décalé)" && occ[1].recurrenceId == oct)
        // Years later, the same series is still found through the index.
        let later = try store.occurrences(from: t("2030-01-01", 0).instant(in: paris), to: t("2030-02-01", 0).instant(in: paris))
        #expect(later.map { local($0.start) } == ["2030-01-01T10:00:00+01:00"])
    }
}
