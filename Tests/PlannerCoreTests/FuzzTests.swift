import Foundation
import Testing
@testable import PlannerCore

/// Hostile files: thousands of inputs mutated from real calendars and instances, fed to the
/// ICS importer (then the expander and the writer) and to the instance reader (then the
/// solver). Nothing may crash or run away; every rejection names a line; a rejected import
/// leaves the database as it was. Inputs that once crashed are kept in
/// Fixtures/fuzz-regressions and replayed first. Inputs come from `SeededGenerator`: a
/// failure replays from its seed. FUZZ_ITERATIONS raises the count.
struct FuzzTests {
    static let paris = TimeZone(identifier: "Europe/Paris")!
    static var iterations: Int { Int(ProcessInfo.processInfo.environment["FUZZ_ITERATIONS"] ?? "") ?? 10_000 }

    static let nastyValues: [String] = [
        "", ":", ";", "\\", "\\n\\,\\;", "99999999T999999Z", "20261301T250000", "20260230", "-20261201", "19000101T000000Z",
        "FREQ=DAILY;COUNT=2147483647", "FREQ=SECONDLY", "FREQ=MINUTELY;INTERVAL=0", "FREQ=YEARLY;BYDAY=-53MO;BYSETPOS=-366",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=4,6,9,11", "FREQ=WEEKLY;BYWEEKNO=53;BYDAY=TH",
        "FREQ=YEARLY;BYYEARDAY=366,-366;UNTIL=21001231", "FREQ=DAILY;UNTIL=19700101", "FREQ=HOURLY;BYHOUR=2;BYMINUTE=30",
        "FREQ=MONTHLY;BYDAY=5FR;COUNT=999999999", "FREQ=YEARLY;INTERVAL=4000", "P99999999W", "-PT1H", "PT", "P1Y", "P1DT25H",
        "TZID=\"unterminated", "Mars/Olympus", "Romance Standard Time", "😀🎉", String(repeating: "é", count: 20_000),
        String(repeating: "A", count: 100_000), "\u{0}\u{1}\u{7F}", "BEGIN:VEVENT", "END:VCALENDAR",
    ]

    static let nastyLines: [String] = [
        "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VTIMEZONE", "BEGIN:", "END:",
        "DTSTART;TZID=Europe/Paris:20261203T090000", "DTSTART;VALUE=DATE:20261203", "DTEND:20261202T090000Z",
        "RRULE:FREQ=DAILY;COUNT=100000", "EXDATE;TZID=\"Europe/Paris:20261203T090000", "RECURRENCE-ID:20261203T090000Z",
        " continued", "\t", "X-PLANNER-CITIES:NIM,ALS,???", "X-PLANNER-OFFICE:lyon", "X-PLANNER-PLACEMENT:unplaced;window=x",
        "DURATION:P3650D", "UID:", "SUMMARY;LANGUAGE=fr:Réunion\\, étape\\; 2", "ATTENDEE;CN=\"A, B\":mailto:a@b",
        "RDATE;VALUE=PERIOD:20261203T090000Z/PT1H", "SEQUENCE:99999999999999999999", "TZOFFSETFROM:+2500",
    ]

    static func mutate(_ input: Data, _ rng: inout SeededGenerator) -> Data {
        var bytes = [UInt8](input)
        for _ in 0..<(1 + rng.below(4)) {
            switch rng.below(10) {
            case 0 where !bytes.isEmpty:  // flip a byte
                bytes[rng.below(bytes.count)] ^= UInt8(1 << rng.below(8))
            case 1 where !bytes.isEmpty:  // truncate
                bytes.removeLast(rng.below(bytes.count))
            case 2:  // garbage bytes
                let at = rng.below(bytes.count + 1)
                bytes.insert(contentsOf: (0..<(1 + rng.below(16))).map { _ in UInt8(rng.below(256)) }, at: at)
            default:
                var lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
                guard !lines.isEmpty else { continue }
                let i = rng.below(lines.count)
                switch rng.below(7) {
                case 0: lines.remove(at: i)
                case 1: lines.insert(lines[i], at: i)
                case 2: lines.swapAt(i, rng.below(lines.count))
                case 3, 4:
                    if let colon = lines[i].firstIndex(of: ":") {
                        lines[i] = String(lines[i][...colon]) + rng.pick(nastyValues)
                    }
                case 5: lines.insert(rng.pick(nastyLines), at: i)
                default:
                    if let semi = lines[i].firstIndex(of: ":") {
                        lines[i].insert(contentsOf: rng.pick([";TZID=Mars/Olympus", ";VALUE=DATE", ";X=\"a:b\"", ";TZID=\"Romance Standard Time\"", ";"]), at: semi)
                    }
                }
                bytes = [UInt8](lines.joined(separator: rng.below(8) == 0 ? "\n" : "\r\n").utf8)
            }
        }
        return Data(bytes)
    }

    func seeds() throws -> [Data] {
        var out: [Data] = []
        for name in ["google-montpellier.ics", "outlook-intercomex.ics", "thunderbird-factory.ics"] {
            out.append(try Data(contentsOf: try #require(Bundle.module.url(forResource: "Fixtures/ics/\(name)", withExtension: nil))))
        }
        // The sample season as our own export writes it (X-PLANNER-* properties included).
        let store = try Store(inMemorySample: true)
        let events = try store.allEvents().prefix(40)
        let names = Dictionary(uniqueKeysWithValues: try store.cities().map { ($0.id, $0.name) })
        var withRules = Array(events)
        withRules[0].rrule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=20"
        withRules[1].rrule = "FREQ=MONTHLY;BYDAY=-1FR"
        withRules[1].exdates = [withRules[1].start.addingTimeInterval(86400 * 28)]
        out.append(Data(ICSWriter(cityName: { names[$0] ?? $0 }, person: { _ in nil }).write(withRules).utf8))
        return out
    }

    func importer(_ cities: [City]) -> ICSImporter {
        ICSImporter(context: .init(
            cityResolver: { text in
                let t = text.foldedForSearch
                return cities.filter { t.contains($0.name.foldedForSearch) }.map(\.id)
            },
            defaultCities: ["MPL"], defaultOffice: .montpellier, defaultZone: Self.paris))
    }

    /// One input through everything a user's import touches.
    func exercise(_ data: Data, store: Store, cities: [City], importIntoStore: Bool) throws {
        let lineCount = data.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let result: ICSImporter.Result
        do {
            result = try importer(cities).importCalendar(data)
        } catch {
            #expect(error.line >= 1 && error.line <= lineCount + 1, "line \(error.line) of \(lineCount): \(error.reason)")
            #expect(!error.reason.isEmpty && !error.reason.contains("\n"))
            return
        }
        let from = LocalDate(iso: "2026-01-01")!.startInstant(in: Self.paris)
        let to = LocalDate(iso: "2028-01-01")!.startInstant(in: Self.paris)
        for e in result.events {
            let occ = e.occurrences(from: from, to: to)
            #expect(occ.count <= 200_000)
            #expect(occ.allSatisfy { $0.end >= $0.start })
            _ = e.occurrences(from: LocalDate(iso: "2090-01-01")!.startInstant(in: Self.paris), to: LocalDate(iso: "2090-02-01")!.startInstant(in: Self.paris))
        }
        let names = Dictionary(uniqueKeysWithValues: cities.map { ($0.id, $0.name) })
        _ = ICSWriter(cityName: { names[$0] ?? $0 }, person: { _ in nil }).write(result.events)
        if importIntoStore {
            let before = try store.eventCount()
            let revision = try store.revision()
            do {
                _ = try store.importEvents(result.events, people: result.people)
            } catch let e as PlannerError {
                #expect(!e.description.isEmpty && !e.description.contains("\n"))
                #expect(try store.eventCount() == before)
                #expect(try store.revision() == revision)
            }
        }
    }

    @Test func regressionInputsStillBehave() throws {
        let store = try Store(inMemorySample: false)
        let cities = try store.cities()
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/fuzz-regressions", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).filter { $0.pathExtension == "ics" }
        #expect(files.count >= 5, "the .ics regressions are missing from the bundle")
        for f in files { try exercise(try Data(contentsOf: f), store: store, cities: cities, importIntoStore: true) }
        let instances = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).filter { $0.pathExtension == "json" }
        #expect(!instances.isEmpty)
        for f in instances { exerciseInstance(try Data(contentsOf: f), seed: 1) }
    }

    @Test func mutatedCalendarsNeverCrashAndRejectionsNameALine() throws {
        let store = try Store(inMemorySample: false)
        let cities = try store.cities()
        let seeds = try seeds()
        var rng = SeededGenerator(seed: 5545)
        for i in 0..<Self.iterations {
            let data = Self.mutate(seeds[i % seeds.count], &rng)
            try exercise(data, store: store, cities: cities, importIntoStore: i % 50 == 0)
        }
    }

    @Test func pathologicalCalendarsAreBoundedWork() throws {
        let store = try Store(inMemorySample: false)
        let cities = try store.cities()
        let head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//EN\r\n"
        func event(_ body: String) -> String {
            "BEGIN:VEVENT\r\nUID:x@fuzz\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:x\r\nDTSTART;TZID=Europe/Paris:20261203T090000\r\n" + body + "END:VEVENT\r\n"
        }
        let cases: [String] = [
            // Deep nesting.
            head + String(repeating: "BEGIN:VEVENT\r\n", count: 50_000) + "END:VCALENDAR\r\n",
            // A very long line, and one folded a hundred thousand times.
            head + event("DESCRIPTION:" + String(repeating: "é", count: 2_000_000) + "\r\n") + "END:VCALENDAR\r\n",
            head + event("DESCRIPTION:x" + String(repeating: "\r\n y", count: 100_000) + "\r\n") + "END:VCALENDAR\r\n",
            // Huge counts and rules that never match.
            head + event("RRULE:FREQ=MINUTELY;COUNT=2000000000\r\n") + "END:VCALENDAR\r\n",
            head + event("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\r\n") + "END:VCALENDAR\r\n",
            head + event("RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31;COUNT=5\r\n") + "END:VCALENDAR\r\n",
            head + event("RRULE:FREQ=YEARLY;BYWEEKNO=53;BYDAY=TH;BYSETPOS=-1;COUNT=100000\r\n") + "END:VCALENDAR\r\n",
            head + event("RRULE:FREQ=SECONDLY;COUNT=100000000\r\n") + "END:VCALENDAR\r\n",
            // Many events.
            head + (0..<20_000).map { "BEGIN:VEVENT\r\nUID:\($0)@fuzz\r\nDTSTART:20261203T090000Z\r\nSUMMARY:e\($0)\r\nEND:VEVENT\r\n" }.joined() + "END:VCALENDAR\r\n",
        ]
        for text in cases { try exercise(Data(text.utf8), store: store, cities: cities, importIntoStore: true) }
    }

    // MARK: Scheduling instances

    func instanceSeeds() throws -> [Data] {
        try ["instance-50-1.json", "instance-200-1.json"].map {
            try Data(contentsOf: try #require(Bundle.module.url(forResource: "Fixtures/sched/\($0)", withExtension: nil)))
        }
    }

    static func mutateJSON(_ input: Data, _ rng: inout SeededGenerator) -> Data {
        guard rng.below(3) != 0, var object = try? JSONSerialization.jsonObject(with: input) else {
            // Byte-level: flips, truncation, garbage.
            var bytes = [UInt8](input)
            for _ in 0..<(1 + rng.below(3)) where !bytes.isEmpty {
                switch rng.below(3) {
                case 0: bytes[rng.below(bytes.count)] = UInt8(rng.below(256))
                case 1: bytes.removeLast(rng.below(bytes.count))
                default: bytes.insert(contentsOf: Array("{[\"\\,:".utf8).shuffled(using: &rng).prefix(1 + rng.below(4)), at: rng.below(bytes.count))
                }
            }
            return Data(bytes)
        }
        let nasty: [Any] = [NSNull(), -1, 0, 1_000_000_000, "", "2026-02-30", "TLS", "X", [], [:] as [String: Any], 1e308, true]
        func walk(_ v: Any, depth: Int) -> Any {
            if var d = v as? [String: Any] {
                if let k = d.keys.sorted().randomElement(using: &rng) {
                    switch rng.below(4) {
                    case 0: d[k] = nasty.randomElement(using: &rng)
                    case 1: d.removeValue(forKey: k)
                    default: d[k] = walk(d[k]!, depth: depth + 1)
                    }
                }
                return d
            }
            if var a = v as? [Any], !a.isEmpty {
                let i = rng.below(a.count)
                switch rng.below(4) {
                case 0: a.remove(at: i)
                case 1: a.append(a[i])
                default: a[i] = walk(a[i], depth: depth + 1)
                }
                return a
            }
            return nasty.randomElement(using: &rng)!
        }
        for _ in 0..<(1 + rng.below(3)) { object = walk(object, depth: 0) }
        return (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? input
    }

    @Test func mutatedInstancesNeverCrashTheReaderOrTheSolver() throws {
        let seeds = try instanceSeeds()
        var rng = SeededGenerator(seed: 113)
        var accepted = 0
        // Every input is read; one in ten accepted ones is also solved (the solver is the slow part).
        for i in 0..<(Self.iterations / 4) {
            if exerciseInstance(Self.mutateJSON(seeds[i % 8 == 7 ? 1 : 0], &rng), seed: UInt64(i), solve: accepted % 10 == 0) { accepted += 1 }
        }
        #expect(accepted > 0)
    }

    /// Reads an instance; what the reader accepts, the solver must handle (a valid plan or a
    /// report). Returns whether it was accepted.
    @discardableResult
    func exerciseInstance(_ data: Data, seed: UInt64, solve: Bool = true) -> Bool {
        let instance: SchedulingInstance
        do {
            instance = try SchedulingInstance.decode(data, file: "fuzz.json")
        } catch let e as PlannerError {
            guard case .invalidInput(let file, let line, let reason) = e else { Issue.record("not an invalid-file error: \(e)"); return false }
            #expect(file == "fuzz.json")
            let lines = data.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            #expect(line.map { $0 >= 1 && $0 <= lines } == true, "line \(String(describing: line)) for: \(reason.en)")
            for text in [reason.fr, reason.en] { #expect(!text.isEmpty && !text.contains("\n")) }
            return false
        } catch {
            Issue.record("unexpected error \(error)")
            return false
        }
        guard solve else { return true }
        let options = ScheduleOptions(timeLimit: 5, seed: seed, maxIterations: 2_000)
        switch ScheduleSolver(instance: instance, options: options).solve() {
        case .solved(let r):
            #expect(ScheduleChecker(instance: instance).check(r.assignments).feasible)
        case .infeasible(let report):
            #expect(!report.description.isEmpty)
        }
        return true
    }

    @Test func instanceErrorsPointAtTheirLine() throws {
        let text = try String(decoding: instanceSeeds()[0], as: UTF8.self)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var events = try #require(object["events"] as? [[String: Any]])
        events[3]["cities"] = ["TLS", "LYON"]
        object["events"] = events
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        // Expected: the fourth event's "cities", after the "events" key (sorted keys: each
        // event has one "cities").
        let eventsLine = try #require(lines.firstIndex { $0.contains("\"events\"") })
        let expected = lines.indices.filter { $0 > eventsLine && lines[$0].contains("\"cities\"") }[3] + 1
        #expect {
            _ = try SchedulingInstance.decode(data, file: "i.json")
        } throws: { error in
            guard case .invalidInput(_, let line?, let reason)? = error as? PlannerError else { return false }
            return reason.en.contains("unknown city LYON") && reason.fr.contains("ville LYON inconnue") && line == expected
        }
    }
}
