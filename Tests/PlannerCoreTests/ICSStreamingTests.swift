import CalendarGenerator
import Foundation
import Testing
@testable import PlannerCore

/// The streaming byte parser against the former whole-file `String` parser
/// (LegacyICSParser): the same tree, the same problems at the same lines, the same error in
/// strict mode, on every fixture, on generated calendars, on thousands of mutated files,
/// and whatever the size of the chunks the bytes arrive in (a fold, a CRLF, a BOM or a
/// multi-byte character split across two chunks). Then the importer reading a stream:
/// zones or X-WR-TIMEZONE written after the events, problems listed in file order.
struct ICSStreamingTests {
    static let paris = TimeZone(identifier: "Europe/Paris")!

    /// A tree as text: every component, property, parameter and line number.
    static func describe(_ c: ICSComponent) -> String {
        var out = "<\(c.name)@\(c.line)-\(c.endLine)"
        for p in c.properties {
            out += "|\(p.name)@\(p.line)"
            for (n, v) in p.parameters { out += ";\(n)=\(v.joined(separator: "\u{1}"))" }
            out += ":\(p.value)"
        }
        for child in c.children { out += describe(child) }
        return out + ">"
    }

    /// What a parse gives: the tree and the problems, or the error.
    static func outcome(_ parse: (ICSDiagnostics) throws(ICSError) -> [ICSComponent], strict: Bool) -> String {
        let d = ICSDiagnostics(strict: strict)
        do {
            let tree = try parse(d)
            return tree.map(describe).joined() + " problems: " + d.all.map { "\($0.line):\($0.problem)" }.joined(separator: ", ")
        } catch {
            return "error \(error.line): \(error.reason) after " + d.all.map { "\($0.line):\($0.problem)" }.joined(separator: ", ")
        }
    }

    /// Compares the two parsers on `data` in both modes, the new one fed in chunks of `chunk`.
    static func expectSameParse(_ data: Data, chunk: Int, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for strict in [false, true] {
            let before = outcome({ (d) throws(ICSError) in try LegacyICSParser.parse(data, diagnostics: d) }, strict: strict)
            let now = outcome({ (d) throws(ICSError) in try ICSParser.parse(ICSInput(data: data, chunk: chunk), diagnostics: d) }, strict: strict)
            #expect(now == before, "\(label), chunks of \(chunk), strict \(strict)", sourceLocation: sourceLocation)
        }
    }

    static func fixtures() throws -> [(String, Data)] {
        var out: [(String, Data)] = []
        for folder in ["ics", "ics-real", "fuzz-regressions", "school-holidays"] {
            let url = try #require(Bundle.module.url(forResource: "Fixtures/\(folder)", withExtension: nil))
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".ics") {
                out.append(("\(folder)/\(name)", try Data(contentsOf: url.appendingPathComponent(name))))
            }
        }
        return out
    }

    @Test func everyFixtureParsesAsBeforeWhateverTheChunks() throws {
        let all = try Self.fixtures()
        #expect(all.count >= 15)
        for (name, data) in all {
            for chunk in [data.count, 1, 2, 3, 7, 64, 4093] { Self.expectSameParse(data, chunk: chunk, name) }
        }
    }

    @Test func generatedCalendarsParseAsBefore() throws {
        for (count, seed) in [(200, 1), (1000, 9)] {
            let data = Data(CalendarGenerator(count: count, seed: UInt64(seed)).ics().utf8)
            for chunk in [data.count, 1, 5, 4096] { Self.expectSameParse(data, chunk: chunk, "generated \(count)/\(seed)") }
            // LF line ends and a BOM, as some programs write.
            let lf = Data([0xEF, 0xBB, 0xBF] + String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n").utf8)
            Self.expectSameParse(lf, chunk: 2, "generated \(count)/\(seed), LF and BOM")
        }
    }

    @Test func mutatedCalendarsParseAsBefore() throws {
        let seeds = try FuzzTests().seeds() + Self.fixtures().map(\.1)
        var rng = SeededGenerator(seed: 12)
        for i in 0..<1500 {
            let data = FuzzTests.mutate(seeds[i % seeds.count], &rng)
            let chunk = [data.count, 1, 3, 17, 4096][rng.below(5)]
            Self.expectSameParse(data, chunk: chunk, "mutation \(i)")
        }
    }

    /// Line ends, folds, BOMs, NULs and broken UTF-8, each split at every position.
    static let edgeCases: [(String, [UInt8])] = [
        ("CRLF", Array("BEGIN:VCALENDAR\r\nX-A:1\r\nEND:VCALENDAR\r\n".utf8)),
        ("LF only", Array("BEGIN:VCALENDAR\nX-A:1\nEND:VCALENDAR".utf8)),
        ("lone CR", Array("BEGIN:VCALENDAR\rX-A:1\r\rEND:VCALENDAR\r".utf8)),
        ("folds with space and tab", Array("BEGIN:VCALENDAR\r\nSUMMARY:Réu\r\n nion\r\n\t à Nîmes\r\n \r\nEND:VCALENDAR\r\n".utf8)),
        ("é split by a fold", [UInt8]("BEGIN:VCALENDAR\r\nSUMMARY:caf".utf8) + [0xC3, 0x0D, 0x0A, 0x20, 0xA9] + Array("\r\nEND:VCALENDAR\r\n".utf8)),
        ("emoji split by two folds", [UInt8]("BEGIN:VCALENDAR\nX-A:".utf8) + [0xF0, 0x9F, 0x0A, 0x20, 0x8E, 0x0A, 0x09, 0x89] + Array("\nEND:VCALENDAR".utf8)),
        ("BOM", [0xEF, 0xBB, 0xBF] + Array("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8)),
        ("BOM only", [0xEF, 0xBB, 0xBF]),
        ("half a BOM", [0xEF, 0xBB] + Array("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8)),
        ("BOM inside", Array("BEGIN:VCALENDAR\r\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("X-A:1\r\nEND:VCALENDAR\r\n".utf8)),
        ("empty", []),
        ("NULs", Array("BEGIN:VCALENDAR\r\n\0\r\nX-A:\01\r\n\0\0\r\nEND:VCALENDAR\r\n".utf8)),
        ("invalid UTF-8", [UInt8]("BEGIN:VCALENDAR\r\nX-A;P=".utf8) + [0xFF, 0xC3] + Array(":v".utf8) + [0xE0, 0x80] + Array("\r\nEND:VCALENDAR\r\n".utf8)),
        ("fold at the end", Array("BEGIN:VCALENDAR\r\nX-A:1\r\n ".utf8)),
        ("fold first", Array(" X-A:1\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR".utf8)),
        ("quoted parameters", Array("BEGIN:VCALENDAR\r\nATTENDEE;CN=\"Doe, J: Jr\";ROLE=a,\"b;c\":mailto:x\r\nX-B;P=\"open:x\r\nX-C;P=a\"b:x\r\nx-d;tzid=Europe/Paris:y\r\nEND:VCALENDAR\r\n".utf8)),
        ("space in a name", Array("BEGIN:VCALENDAR\r\nDTSTART ;VALUE=DATE:20261203\r\nX-APPLE STRUCTURED-LOCATION:x\r\n:novalue\r\nNOCOLON\r\nEND:VCALENDAR\r\n".utf8)),
    ]

    @Test func edgeCasesParseAsBeforeWhereverTheChunksEnd() {
        for (name, bytes) in Self.edgeCases {
            for chunk in Array(1...9) + [max(1, bytes.count)] { Self.expectSameParse(Data(bytes), chunk: chunk, name) }
        }
    }

    @Test func unfoldingGivesTheLinesAProgramMeant() throws {
        // Independent of the former parser: what the lines must be.
        let folded = Data(Self.edgeCases[3].1)
        #expect(try ICSParser.unfold(folded).map(\.1) == ["BEGIN:VCALENDAR", "SUMMARY:Réunion à Nîmes", "END:VCALENDAR"])
        #expect(try ICSParser.unfold(Data(Self.edgeCases[4].1)).map(\.1)[1] == "SUMMARY:café")
        #expect(try ICSParser.unfold(Data(Self.edgeCases[5].1)).map(\.1)[1] == "X-A:🎉")
        #expect(try ICSParser.unfold(Data(Self.edgeCases[2].1)).map(\.0) == [1, 2, 4])
        let bom = try ICSParser.parse(ICSInput(data: Data(Self.edgeCases[6].1), chunk: 1), diagnostics: ICSDiagnostics(strict: true))
        #expect(bom.map(\.name) == ["VCALENDAR"])
        #expect(throws: ICSError(line: 2, .nulBytes)) { try ICSParser.unfold(Data(Self.edgeCases[11].1)) }
        let p = try #require(Data(Self.edgeCases[15].1).withUnsafeBytes { raw in
            ICSParser.property(bytes: raw.bindMemory(to: UInt8.self)[17...].split(separator: 0x0D).first.map { UnsafeBufferPointer(rebasing: $0) }!, line: 2)
        })
        #expect(p.name == "ATTENDEE" && p.value == "mailto:x")
        #expect(p.parameters.map(\.0) == ["CN", "ROLE"] && p.parameters.map(\.1) == [["Doe, J: Jr"], ["a", "b;c"]])
    }

    static func importer() -> ICSImporter {
        ICSImporter(context: .init(cityResolver: { _ in [] }, defaultCities: [], defaultOffice: .montpellier, defaultZone: paris))
    }

    static func summary(_ r: ICSImporter.Result) -> String {
        r.events.map { "\($0.uid) \($0.start.timeIntervalSince1970) \($0.end.timeIntervalSince1970) \($0.timeZone) \($0.rrule ?? "") \($0.exdates) \($0.overrides.count)" }
            .joined(separator: "\n") + "\n" + r.diagnostics.map { "\($0.line):\($0.problem)" }.joined(separator: ", ") + "\n\(r.skipped)"
    }

    static let customZone = """
        BEGIN:VTIMEZONE\r\nTZID:Bureau de Nîmes\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
        TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\n\
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n
        """
    static let zonedEvent = "BEGIN:VEVENT\r\nUID:z@x\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Bureau de Nîmes:20260705T090000\r\nDURATION:PT1H\r\nSUMMARY:été\r\nEND:VEVENT\r\n"
    static let floatingEvent = "BEGIN:VEVENT\r\nUID:f@x\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260705T090000\r\nDURATION:PT1H\r\nSUMMARY:flottant\r\nEND:VEVENT\r\n"

    @Test func zonesAndCalendarPropertiesWrittenAfterTheEventsAreStillUsed() throws {
        let head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        let first = Data((head + "X-WR-TIMEZONE:America/New_York\r\n" + Self.customZone + Self.zonedEvent + Self.floatingEvent + "END:VCALENDAR\r\n").utf8)
        let last = Data((head + Self.zonedEvent + Self.floatingEvent + Self.customZone + "X-WR-TIMEZONE:America/New_York\r\nEND:VCALENDAR\r\n").utf8)
        let a = try Self.importer().importCalendar(first), b = try Self.importer().importCalendar(ICSInput(data: last, chunk: 5))
        // 9:00 in Nîmes in July is 7:00 UTC; 9:00 floating in New York is 13:00 UTC.
        #expect(a.events.map(\.start) == [1_783_234_800, 1_783_256_400].map { Date(timeIntervalSince1970: $0) })
        #expect(b.events.map(\.start) == a.events.map(\.start))
        #expect(b.events.map(\.timeZone) == a.events.map(\.timeZone))
    }

    @Test func aStreamedImportDependsNeitherOnChunksNorOnOrder() throws {
        let data = Data(CalendarGenerator(count: 600, seed: 4).ics().utf8)
        let whole = Self.summary(try Self.importer().importCalendar(data))
        #expect(Self.summary(try Self.importer().importCalendar(ICSInput(data: data, chunk: 3))) == whole)
        #expect(Self.summary(try Self.importer().importCalendar(ICSInput(data: data, chunk: 4096))) == whole)
    }

    @Test func problemsOfTheFileLinesComeFirstAsBefore() throws {
        // An event problem (line 6) before a malformed line (line 9) and broken UTF-8 (line 12).
        let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@x\r\nDTSTART:20260101T090000Z\r\nDURATION:PT\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nNOCOLON\r\nUID:b@x\r\nDTSTART:20260101T090000Z\r\nSUMMARY:"
        let data = Data(text.utf8) + Data([0xFF]) + Data("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".utf8)
        let r = try Self.importer().importCalendar(ICSInput(data: data, chunk: 2))
        #expect(r.diagnostics.map(\.line) == [12, 9, 6])
        #expect(r.events.map(\.uid) == ["a@x", "b@x"])
        #expect(throws: ICSError(line: 12, .invalidUTF8)) { try Self.importer().importCalendar(data, strict: true) }
        let noUTF8Problem = Data(text.utf8) + Data("x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".utf8)
        #expect(throws: ICSError(line: 9, .missingColon("NOCOLON"))) { try Self.importer().importCalendar(noUTF8Problem, strict: true) }
    }

    @Test func datesReadOnBytesAsTheTextPathReadsThem() {
        var rng = SeededGenerator(seed: 8)
        let pieces = ["2026", "1203", "0229", "1301", "0431", "1900", "2200", "T", "t", "Z", "z", "09", "24", "60", "61", "00", "5", "-", " ", "é", "٣"]
        var inputs = ["20261203T090000Z", "20261203T090000", "20260229T000000", "20240229T235960Z", "20261203t090000z", "19000101T000000Z",
                      "20261203T240000", "20261203T096000", "20261203T090061", "20261203", "20261301", "2026120", "202612031", "20261203T0900001"]
        for _ in 0..<3000 { inputs.append((0..<(2 + rng.below(5))).map { _ in pieces[rng.below(pieces.count)] }.joined()) }
        for s in inputs {
            if let fast = ICSValues.basicDateTime(s) {
                let text = ICSValues.textDateTime(s)
                #expect(fast?.0 == text?.0 && fast?.utc == text?.utc, "\(s)")
            }
            #expect(ICSValues.date(s) == (s.count == 8 ? LocalDate(iso: s) : nil), "\(s)")
        }
    }
}
