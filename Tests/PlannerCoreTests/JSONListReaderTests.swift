// JSONListReader against JSONDecoder on what EventRecord's encoder writes: random lists of
// strings (quotes, backslashes, slashes, controls, accents, emoji) and of whole seconds;
// texts it does not take (a \u escape, spaces, fractions) are left to the decoder.
import Foundation
import Testing
@testable import PlannerCore

@Suite struct JSONListReaderTests {
    static let pieces = ["a", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{1}", "\u{1F}", "\u{7F}", "\u{85}",
                         ",", "[", "]", "é", "e\u{301}", "日", "🚀", "LOCATION:Salle des fêtes\\, Alès", "X-FOO;A=\"b\":c"]

    @Test func readsWhatTheDecoderReads() throws {
        var rng = SeededGenerator(seed: 3)
        var taken = 0
        for _ in 0..<3_000 {
            let list = (0..<Int(rng.next() % 4)).map { _ in
                (0..<Int(rng.next() % 6)).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined()
            }
            let text = EventRecord.json(list)
            let decoded = try EventRecord.decodeList([String].self, text)
            #expect(decoded == list)
            if let fast = JSONListReader.strings(text) {
                #expect(fast == decoded, "\(text)")
                taken += 1
            }
        }
        #expect(taken > 1_000)

        for _ in 0..<2_000 {
            let dates = (0..<Int(rng.next() % 4)).map { _ in
                Date(timeIntervalSince1970: Double(Int(rng.next() % 4_000_000_000) - 1_000_000_000))
            }
            let text = EventRecord.json(dates)
            let fast = try #require(JSONListReader.wholeSeconds(text), "\(text)")
            #expect(fast == (try EventRecord.decodeList([Date].self, text)))
        }
    }

    @Test func leavesOtherShapesToTheDecoder() {
        #expect(JSONListReader.strings("[\"caf\\u00e9\"]") == nil)
        #expect(JSONListReader.strings("[ \"a\" ]") == nil)
        #expect(JSONListReader.strings("[\"a\",]") == nil)
        #expect(JSONListReader.strings("[\"a\"") == nil)
        #expect(JSONListReader.strings("[]") == [])
        #expect(JSONListReader.wholeSeconds("[1764547200.5]") == nil)
        #expect(JSONListReader.wholeSeconds("[0123]") == nil)
        #expect(JSONListReader.wholeSeconds("[]") == [])
        #expect(JSONListReader.wholeSeconds("[-86400,0]") == [Date(timeIntervalSince1970: -86400), Date(timeIntervalSince1970: 0)])
    }
}
