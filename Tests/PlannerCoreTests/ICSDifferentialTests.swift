import Foundation
import Testing
@testable import PlannerCore

/// The importer and the expander against an independent reader: python's
/// recurring-ical-events computed the occurrences of every calendar in Fixtures/ics-real
/// (Fixtures/ics-differential/generate.py, checked by .ci/run with `--check`); the planner
/// must list exactly the same ones. Files that reader refuses must still import here.
struct ICSDifferentialTests {
    struct Expected: Decodable {
        struct File: Decodable {
            var occurrences: [[String]]?
            var refused: String?
        }
        var window: [String]
        var floatingZone: String
        var files: [String: File]
    }

    static func expected() throws -> Expected {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/ics-differential/expected.json", withExtension: nil))
        return try JSONDecoder().decode(Expected.self, from: Data(contentsOf: url))
    }

    static var names: [String] { (try? expected().files.keys.sorted()) ?? [] }

    /// `[start, end, summary]` as the generator writes them.
    static func rows(_ occurrences: [Occurrence]) -> [[String]] {
        let utc = TimeZone(identifier: "UTC")!
        func stamp(_ d: Date, allDay: Bool, zone: TimeZone) -> String {
            allDay ? LocalDate(d, in: zone).description : ICSValues.utc(d).replacingOccurrences(
                of: #"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$"#, with: "$1-$2-$3T$4:$5:$6Z", options: .regularExpression)
        }
        _ = utc
        return occurrences.map { o in
            [stamp(o.start, allDay: o.allDay, zone: o.event.zone), stamp(o.end, allDay: o.allDay, zone: o.event.zone), o.title]
        }.sorted { $0.joined(separator: "|") < $1.joined(separator: "|") }
    }

    @Test func theFixtureCoversEveryCalendar() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/ics-real", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".ics") }.sorted()
        #expect(files == (try Self.expected().files.keys.sorted()))
        #expect(files.count >= 7)
    }

    @Test(arguments: names)
    func sameOccurrencesAsRecurringIcalEvents(_ name: String) throws {
        let expected = try Self.expected()
        let file = try #require(expected.files[name])
        let zone = try #require(TimeZone(identifier: expected.floatingZone))
        let store = try Store(inMemorySample: false)
        let data = try ICSLenientImportTests.fixture(name)
        let result = try ICSLenientImportTests.importer(try store.cities(), zone: zone).importCalendar(data)
        guard let want = file.occurrences else {
            // The other reader refuses the whole file: the planner reads it, and says what it repaired.
            #expect(file.refused != nil)
            #expect(!result.events.isEmpty && !result.diagnostics.isEmpty, "\(name): \(file.refused ?? "")")
            return
        }
        let from = try #require(LocalDate(iso: expected.window[0])).startInstant(in: TimeZone(identifier: "UTC")!)
        let to = try #require(LocalDate(iso: expected.window[1])).startInstant(in: TimeZone(identifier: "UTC")!)
        let got = Self.rows(result.events.flatMap { $0.occurrences(from: from, to: to) })
        #expect(got == want.sorted { $0.joined(separator: "|") < $1.joined(separator: "|") }, "\(name)")
        // The same through the store (what `agenda` reads).
        _ = try store.importEvents(result.events)
        #expect(Self.rows(try store.occurrences(from: from, to: to)) == got, "\(name) through the store")
    }
}
