import CalendarGenerator
import Foundation
import GRDB
import Testing
@testable import PlannerCore

/// The store side of an import: the lists written without JSONEncoder are what it writes,
/// and an import (ids checked from memory, no lookup repeated per row) stores exactly the
/// rows that saving the same events one by one stores.
struct ImportStoreTests {
    @Test func stringListsAreWrittenAsJSONEncoderWritesThem() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var rng = SeededGenerator(seed: 3)
        let alphabet: [String] = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }
            + ["\n", "\r", "\t", "é", "Î", "—", "🎉", "\u{2028}", "\u{A0}", "\u{FEFF}", "\\", "/", "\""]
        var lists: [[String]] = [["LOCATION:BIC Innov'up\\, Nîmes"], ["URL:https://x.org/a?b=c", "X-A;P=\"q\":v"], ["a\nb\tc\rd"], [""]]
        for _ in 0..<500 {
            lists.append((0..<(1 + rng.below(3))).map { _ in (0..<rng.below(30)).map { _ in alphabet[rng.below(alphabet.count)] }.joined() })
        }
        for list in lists {
            let expected = String(decoding: try encoder.encode(list), as: UTF8.self)
            #expect(EventRecord.jsonStrings(list) == expected)
            #expect(try EventRecord.decode([String].self, EventRecord.json(list)) == list)
        }
        // A control character other than newline, return and tab is left to the encoder.
        #expect(EventRecord.jsonStrings(["a\u{1}"]) == nil)
        #expect(EventRecord.json(["a\u{1}"]) == String(decoding: try encoder.encode(["a\u{1}"]), as: UTF8.self))
    }

    /// Every row an event leaves in the database, in a stable order.
    static func dump(_ store: Store) throws -> [String] {
        try store.read { db in
            var out: [String] = []
            for table in ["event", "event_city", "event_person", "occurrence", "occurrence_unindexed", "person", "series"] {
                out += try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { "\(table) \($0)" }.sorted()
            }
            return out
        }
    }

    @Test func anImportStoresWhatSavingTheSameEventsStores() throws {
        let cities = try Store(inMemorySample: false).cities()
        let matcher = CityMatcher(cities: cities)
        let importer = ICSImporter(context: .init(cityResolver: { matcher.cities(in: $0) }, defaultCities: [], defaultOffice: .montpellier,
                                                  defaultZone: TimeZone(identifier: "Europe/Paris")!))
        var events = try importer.importCalendar(Data(CalendarGenerator(count: 800, seed: 2).ics().utf8)).events
        events[3].people = ["newcomer"]
        events[4].series = "forum"
        let imported = try Store(inMemorySample: false), saved = try Store(inMemorySample: false)
        #expect(try imported.importEvents(events) == ImportCounts(added: 800))
        try saved.save(Array(events.prefix(3)))
        try saved.write { db in
            try db.execute(sql: "INSERT INTO person(id, name, home) VALUES ('newcomer', 'newcomer', ?)", arguments: [events[3].cities.first ?? "TLS"])
            try db.execute(sql: "INSERT INTO series(id, name, kind, spreadWeeks) VALUES ('forum', 'forum', ?, 1)", arguments: [events[4].kind.rawValue])
        }
        try saved.save(Array(events.dropFirst(3)))
        #expect(try Self.dump(imported) == Self.dump(saved))
        // Again, newer: every row replaced, the same as saving over them.
        let newer = events.map { e in var e = e; e.sequence += 1; e.title += " (v2)"; return e }
        #expect(try imported.importEvents(newer) == ImportCounts(updated: 800))
        try saved.save(newer)
        #expect(try Self.dump(imported) == Self.dump(saved))
        // Undo puts back the first version exactly.
        #expect(try imported.undo() == .`import`)
        try saved.save(events)
        #expect(try Self.dump(imported) == Self.dump(saved))
    }
}
