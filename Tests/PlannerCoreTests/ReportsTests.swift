import Foundation
import Testing
@testable import PlannerCore

/// Parity, series and itinerary reports on the sample season and on hand-made events.
struct ReportsTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    @Test func parityCountsDuplexEventsForBothCitiesAndOthersAsElsewhere() throws {
        let s = try Store(inMemorySample: false)
        func ev(_ uid: String, _ day: String, _ cities: [String], _ office: Office) -> Event {
            let d = LocalDate(iso: day)!
            return Event(uid: uid, title: uid, start: LocalDateTime(date: d, hour: 9, minute: 0).instant(in: paris),
                         end: LocalDateTime(date: d, hour: 10, minute: 0).instant(in: paris), cities: cities, office: office)
        }
        try s.save([
            ev("a", "2027-01-10", ["TLS", "MPL"], .joint),
            ev("b", "2027-02-10", ["TLS"], .toulouse),
            ev("c", "2027-03-31", ["NIM"], .montpellier),
            ev("d", "2027-04-01", ["MPL"], .montpellier),
        ])
        let occ = try s.occurrences(from: LocalDate(iso: "2027-01-01")!.startInstant(in: paris), to: LocalDate(iso: "2028-01-01")!.startInstant(in: paris))
        let r = ParityReport(year: 2027, grouping: .quarter, occurrences: occ, zone: paris)
        #expect(r.periods[0] == ParityReport.Period(label: "2027-Q1", toulouse: 2, montpellier: 1, elsewhere: 1,
                                                    byOffice: [.toulouse: 1, .montpellier: 1, .joint: 1]))
        #expect(r.periods[0].difference == 1)
        #expect(r.periods[1].montpellier == 1 && r.periods[1].difference == -1)
        let json = r.json.serialized()
        #expect(json.hasPrefix("{\"year\":2027,\"by\":\"quarter\",\"periods\":[{\"period\":\"2027-Q1\",\"toulouse\":2,\"montpellier\":1,\"elsewhere\":1,\"difference\":1,\"byOffice\":{\"toulouse\":1,\"montpellier\":1,\"joint\":1}}"))
        let monthly = ParityReport(year: 2027, grouping: .month, occurrences: occ, zone: paris)
        #expect(monthly.periods.count == 12 && monthly.periods[2].label == "2027-03" && monthly.periods[2].elsewhere == 1)
    }

    @Test func greenITDaySeriesIsATourWithGapsAndCitiesNotVisited() throws {
        let s = try Store(inMemorySample: true)
        let series = try #require(try s.series().first { $0.id == "green-it-day-2026" })
        let r = SeriesReport(series: series, events: try s.allEvents(), allCities: try s.cities(), zone: paris)
        #expect(r.stops.map(\.cities) == [["TLS"], ["MPL"], ["NIM"], ["PGF"], ["CCF"]])
        #expect(r.stops.first?.gapDays == nil)
        #expect(r.stops[1].gapDays == 28)
        #expect(r.unplaced.count == 1)
        #expect(r.notVisited.contains("RDZ") && !r.notVisited.contains("TLS"))
    }

    @Test func trainerItineraryShowsTheRoadBetweenCities() throws {
        let s = try Store(inMemorySample: true)
        let person = try #require(try s.person(matching: "sophie garnier"))
        let occ = try s.occurrences(from: LocalDate(iso: "2026-10-12")!.startInstant(in: paris), to: LocalDate(iso: "2026-10-17")!.startInstant(in: paris))
        let it = PersonItinerary(person: person, occurrences: occ, travel: RoadTravel(distances: try s.distances()))
        #expect(it.stops.count == 2)
        #expect(it.stops[0].legBefore == nil)
        let leg = try #require(it.stops[1].legBefore)
        #expect(leg.from == "TLS" && leg.to == "MPL" && leg.km == 243 && !leg.tooShort)
        #expect(it.totalKm == 243)
    }
}
