import CalendarGenerator
import Foundation
import Testing
@testable import PlannerCore

/// The parity report read with SQL (one scan of single events, one of the occurrence
/// index, full occurrences only where an override may change the cities) gives the same
/// numbers as the report built from every occurrence of the year, on a generated calendar
/// with overrides moving occurrences to Montpellier, to no city and to all-day.
struct ParityCountsTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    @Test func sqlCountsEqualTheCountOfEveryOccurrence() throws {
        let store = try Store(inMemorySample: false)
        let matcher = CityMatcher(cities: try store.cities())
        let context = ICSImporter.Context(cityResolver: { matcher.cities(in: $0) }, defaultCities: [],
                                          defaultOffice: .joint, defaultZone: paris)
        let result = try ICSImporter(context: context).importCalendar(Data(CalendarGenerator(count: 2000, seed: 5).ics().utf8))
        _ = try store.importEvents(result.events, people: result.people)
        // Overrides on a few series: another city, no city, all-day, cancelled.
        var changed = 0
        for e in try store.allEvents() where e.isRecurring && changed < 12 {
            let occ = e.occurrences(from: LocalDate(iso: "2026-01-01")!.startInstant(in: paris), to: LocalDate(iso: "2027-01-01")!.startInstant(in: paris))
            guard let o = occ.first else { continue }
            var ev = e
            ev.overrides.append(OccurrenceOverride(recurrenceId: o.start, start: o.start, end: o.end,
                                                   cities: changed % 3 == 0 ? ["MPL"] : changed % 3 == 1 ? [] : nil,
                                                   cancelled: changed % 4 == 3, allDay: changed % 3 == 2 ? !e.allDay : nil))
            try store.save(ev, label: .edit)
            changed += 1
        }
        #expect(changed == 12)
        for year in [2025, 2026, 2028] {
            let from = LocalDate(year: year, month: 1, day: 1).startInstant(in: paris), to = LocalDate(year: year + 1, month: 1, day: 1).startInstant(in: paris)
            let occurrences = try store.occurrences(from: from, to: to)
            for grouping in ParityReport.Grouping.allCases {
                let former = ParityReport(year: year, grouping: grouping, occurrences: occurrences, zone: paris, today: nil)
                let report = try store.parityReport(year: year, grouping: grouping, zone: paris, today: nil)
                #expect(report.periods == former.periods, "\(year) by \(grouping)")
                #expect(report.total.toulouse + report.total.montpellier + report.total.elsewhere > 100)
            }
        }
    }
}
