// SearchFoldingTests: the stored `searchText` column (SearchFolding) is exactly
// `foldedForSearch` of each event's title and description after every kind of write (add,
// edit, import, undo, a sync's write, a restore, the migration of an older file), and
// `store.search` on it lists what the former search (every title and description folded per
// query, in Swift) listed, on a generated calendar.
import CalendarGenerator
import Foundation
import GRDB
import Testing
@testable import PlannerCore

struct SearchFoldingTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    /// Foundation's folding, untouched: the reference SearchFolding.fold must equal.
    static func reference(_ text: String) -> String { text.foldedForSearch }

    @Test func foldingEqualsFoundationsOnLatinTextAndFallsBackElsewhere() {
        // Every scalar of the table alone, inside a word and at both ends (trimming).
        var samples: [String] = []
        for v in UInt32(0x20)..<0x300 {
            guard let c = Unicode.Scalar(v) else { continue }
            let s = String(Character(c))
            samples += [s, "A\(s)b", "\(s)Zé", "é\(s)", " \(s) "]
        }
        samples += ["Alès", "ALÈS", "Lézignan-Corbières", "Œuvre ŒUVRE", "straße STRASSE", "İstanbul", "e\u{301}te\u{301}",
                    "Ｆｕｌｌｗｉｄｔｈ", "ﬁn", "Ǆemal", "\u{A0}Nîmes\u{A0}", "\u{2003}Albi\u{2003}", "\tCastres ", "",
                    "日本語のイベント", "Réunion 🎉 équipe", "Atelier RGPD — Nîmes", "« Café » – 10 € … → ™ № ℃", "👍🏽 ok", "❤️ 👨‍👩‍👧", "Ω ω Σ σ ς", "déjà-vu\nSecond line", "ÆØÅ æøå"]
        var rng = SeededGenerator(seed: 11)
        let alphabet = Array("aAeÉéèêëÈÊïÎôÖùÛüçÇœŒßæÆ- '’\u{A0}\u{301}\u{308}ñÑ日🎉İıǅﬀ\t—–…€→™½℃👍\u{FE0F}\u{200D}\u{1F3FD}\u{20DD}\u{1F1EB}\u{1F1F7}")
        for _ in 0..<2000 {
            let n = Int(rng.next() % 12)
            samples.append(String((0..<n).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }))
        }
        for s in samples { #expect(SearchFolding.fold(s) == Self.reference(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })") }
        #expect(SearchFolding.key(title: "Atelier à Alès", description: "Régionales") == "atelier a ales\nregionales")
    }

    /// Every stored row's `searchText` against the reference folding of its title and description.
    func expectColumnExact(_ store: Store, _ where_: String = "", sourceLocation: SourceLocation = #_sourceLocation) throws {
        let rows = try store.read { db in try Row.fetchAll(db, sql: "SELECT uid, title, description, searchText FROM event") }
        #expect(!rows.isEmpty, sourceLocation: sourceLocation)
        for row in rows {
            let expected = Self.reference(row["title"]) + "\n" + Self.reference(row["description"])
            #expect(row["searchText"] as String == expected, "\(row["uid"] as String)", sourceLocation: sourceLocation)
        }
    }

    func event(_ uid: String, _ title: String, _ description: String, day: String = "2026-11-26") -> Event {
        let start = LocalDateTime(date: LocalDate(iso: day)!, hour: 10, minute: 0).instant(in: paris)
        return Event(uid: uid, title: title, description: description, start: start, end: start.addingTimeInterval(3600),
                     cities: ["ALS"], created: Date(), lastModified: Date())
    }

    @Test func theColumnFollowsEveryWrite() throws {
        let store = try Store(inMemorySample: true)
        try expectColumnExact(store)
        // Add, then edit.
        try store.save(event("fold-1@test", "Forum à ALÈS", "Réunion des régionales"), label: .add)
        try expectColumnExact(store)
        var edited = try #require(try store.event(uid: "fold-1@test"))
        edited.title = "Ｃｏｎｆéｒｅｎｃｅ Œnologie"
        edited.description = "Straße, İzmir, e\u{301}te\u{301}"
        try store.save(edited, label: .edit)
        try expectColumnExact(store)
        let stored = try store.read { db in try String.fetchOne(db, sql: "SELECT searchText FROM event WHERE uid = 'fold-1@test'") }
        #expect(stored == Self.reference(edited.title) + "\n" + Self.reference(edited.description))
        // Undo puts the former row back, with its former folded text.
        _ = try store.undo()
        let undone = try store.read { db in try String.fetchOne(db, sql: "SELECT searchText FROM event WHERE uid = 'fold-1@test'") }
        #expect(undone == "forum a ales\nreunion des regionales")
        try expectColumnExact(store)
        // Import (new and replacing), a sync's write from the server, a restore of versions.
        var newer = event("fold-1@test", "Salon de Nîmes", "Énergies", day: "2026-12-02")
        newer.sequence = 5
        _ = try store.importEvents([newer, event("fold-2@test", "Journée à Sète", "Économie bleue")])
        try expectColumnExact(store)
        try store.write { db in try Store.saveFromServer(db, event("fold-3@test", "Rencontre CÉVENNES", "Déjà vu"), people: []) }
        try expectColumnExact(store)
        let before = try store.versions(of: ["fold-2@test"])
        try store.save(event("fold-2@test", "Autre titre", "Autre texte"), label: .edit)
        try store.restore(uids: ["fold-2@test"], to: before, label: .undo)
        try expectColumnExact(store)
        #expect(try store.search("sete", around: Date()).map(\.uid) == ["fold-2@test"])
    }

    @Test func theMigrationFillsTheColumnOfAnOlderFile() throws {
        let path = NSTemporaryDirectory() + "planner-fold-\(UUID().uuidString).sqlite"
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        // A file as the former schema wrote it: rows without the column, then reopened.
        do {
            let store = try Store(path: path, sample: true)
            try store.save(event("old-1@test", "Séminaire à Béziers", "Données ÉTÉ"), label: .add)
            try store.write { db in
                try db.execute(sql: "UPDATE event SET searchText = ''")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v6-tvi-search-folded'")
                try db.execute(sql: "ALTER TABLE event DROP COLUMN searchText")
            }
        }
        let reopened = try Store(path: path, sample: true)
        try expectColumnExact(reopened)
        #expect(try reopened.search("beziers", around: Date()).map(\.uid) == ["old-1@test"])
    }

    /// The search before the stored column: every title and description folded per query
    /// (here folded once for all queries, with Foundation: the same matches).
    struct FormerSearch {
        let store: Store
        let events: [(Event, String, String)]
        init(_ store: Store) throws {
            self.store = store
            events = try store.allEvents().filter(\.placement.isPlaced).map { ($0, $0.title.foldedForSearch, $0.description.foldedForSearch) }
        }

        func search(_ text: String, around: Date, limit: Int) throws -> [Occurrence] {
            let key = text.foldedForSearch
            guard !key.isEmpty else { return [] }
            let cities = Set(try store.cities().filter { $0.name.foldedForSearch.contains(key) }.map(\.id))
            let people = Set(try store.people().filter { $0.name.foldedForSearch.contains(key) }.map(\.id))
            let series = Set(try store.series().filter { $0.name.foldedForSearch.contains(key) }.map(\.id))
            let hits = events.filter { e, title, description in
                title.contains(key) || description.contains(key) || e.cities.contains(where: cities.contains)
                    || e.people.contains(where: people.contains) || e.series.map(series.contains) == true
            }.map(\.0)
            return Store.nearest(hits.compactMap { Store.representative($0, around: around) }, around: around, limit: limit)
        }
    }

    @Test func resultsAreThoseOfTheFormerSearchOnAGeneratedCalendar() throws {
        let gen = CalendarGenerator(count: 3000, seed: 1)
        let store = try Store(inMemorySample: false)
        let matcher = CityMatcher(cities: try store.cities())
        let context = ICSImporter.Context(cityResolver: { matcher.cities(in: $0) }, defaultCities: ["TLS"],
                                          defaultOffice: .joint, defaultZone: paris)
        let result = try ICSImporter(context: context).importCalendar(Data(gen.ics().utf8))
        _ = try store.importEvents(result.events, people: result.people)
        try expectColumnExact(store)
        let former = try FormerSearch(store)
        let words = Set(try store.allEvents().prefix(40).flatMap { $0.title.split(separator: " ").map(String.init) }).sorted().prefix(12)
        let queries = ["Alès", "ales", "PERPIGNAN", "nîmes", "réunion", "atelier", "e", "zzzz-nothing", "Montpellier", "a"] + words
        for q in queries {
            for day in ["2026-11-25", "2029-01-01"] {
                let around = LocalDate(iso: day)!.startInstant(in: paris)
                for limit in [3, 500] {
                    let now = try store.search(q, around: around, limit: limit)
                    let before = try former.search(q, around: around, limit: limit)
                    #expect(now == before, "\(q) around \(day), limit \(limit): \(now.count) vs \(before.count)")
                }
            }
        }
    }
}
