// JSONWriter (bytes, streamed) against the String serializer it replaced, kept here as the
// reference: random trees of every JSON value with keys and strings mixing ASCII, quotes,
// backslashes, C0/C1 controls, DEL, accents and emoji, compact and indented; and the agenda's
// streamed JSON against the same occurrences written as a JSONValue tree.
import Foundation
import Testing
@testable import PlannerCore

@Suite struct JSONWriterTests {
    /// The former `JSONValue.serialized`, scalar by scalar into a String.
    static func reference(_ v: JSONValue, indent: Int?, level: Int = 0) -> String {
        var out = ""
        func newline(_ l: Int) { if let indent { out += "\n" + String(repeating: " ", count: indent * l) } }
        func escape(_ s: String) {
            out += "\""
            for u in s.unicodeScalars {
                switch u {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where u.value < 0x20 || (u.value >= 0x7F && u.value <= 0x9F): out += String(format: "\\u%04x", u.value)
                default: out.unicodeScalars.append(u)
                }
            }
            out += "\""
        }
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .string(let s): escape(s)
        case .array(let items):
            if items.isEmpty { return "[]" }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                newline(level + 1)
                out += reference(item, indent: indent, level: level + 1)
            }
            newline(level)
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            out += "{"
            for (i, (k, value)) in pairs.enumerated() {
                if i > 0 { out += "," }
                newline(level + 1)
                escape(k)
                out += indent == nil ? ":" : ": "
                out += reference(value, indent: indent, level: level + 1)
            }
            newline(level)
            out += "}"
        }
        return out
    }

    static let pieces = ["a", "Z", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}",
                         "\u{A0}", "é", "e\u{301}", "Ω", "日", "🚀", "\u{2028}", "\u{FEFF}"]

    static func text(_ rng: inout SeededGenerator) -> String {
        (0..<Int(rng.next() % 8)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
    }

    static func value(_ rng: inout SeededGenerator, depth: Int) -> JSONValue {
        switch rng.next() % (depth > 3 ? 4 : 6) {
        case 0: return .null
        case 1: return .bool(rng.next() % 2 == 0)
        case 2: return .int(Int(truncatingIfNeeded: rng.next()) >> Int(rng.next() % 60))
        case 3: return .string(text(&rng))
        case 4: return .array((0..<Int(rng.next() % 4)).map { _ in value(&rng, depth: depth + 1) })
        default: return .object((0..<Int(rng.next() % 4)).map { _ in (text(&rng), value(&rng, depth: depth + 1)) })
        }
    }

    @Test func writesWhatTheStringSerializerWrote() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<3_000 {
            let v = Self.value(&rng, depth: 0)
            for indent in [nil, 1, 2] as [Int?] {
                #expect(v.serialized(indent: indent) == Self.reference(v, indent: indent))
            }
        }
    }

    @Test func agendaJSONIsTheTreeItReplaced() throws {
        let store = try Store(inMemorySample: true)
        let zone = try #require(TimeZone(identifier: "Europe/Paris"))
        let from = LocalDate(year: 2026, month: 1, day: 1), to = LocalDate(year: 2027, month: 1, day: 1)
        var occ = try store.occurrences(from: from.startInstant(in: zone), to: to.startInstant(in: zone))
        #expect(occ.count > 20)
        // Texts that need escaping, and an occurrence without series or people.
        occ[0].event.title = "Réunion \"A\\B\"\n\u{1B}[31m\u{85}"
        occ[1].event.series = nil
        occ[1].event.people = []
        let context = try store.agendaContext(lang: .fr, zone: zone, from: from, to: to)
        let tree: JSONValue = .object([
            ("from", .string(from.description)), ("to", .string(to.description)), ("timeZone", .string(zone.identifier)),
            ("occurrences", .array(occ.map { o in
                let e = o.event
                func time(_ t: Date) -> String { o.allDay ? LocalDate(t, in: e.zone).description : TimeFormatting.rfc3339(t, in: zone) }
                return .object([
                    ("uid", .string(e.uid)), ("title", .string(e.title)), ("start", .string(time(o.start))), ("end", .string(time(o.end))),
                    ("allDay", .bool(o.allDay)), ("cities", .strings(e.cities.map { context.cityNames[$0] ?? $0 })),
                    ("office", .string(e.office.rawValue)), ("kind", .string(e.kind.rawValue)), ("series", .optional(e.series)),
                    ("people", .strings(e.people)), ("recurring", .bool(e.isRecurring)),
                    ("recurrenceId", o.recurrenceId.map { .string(time($0)) } ?? .null),
                ])
            })),
        ])
        #expect(AgendaJSON.render(occ, from: from, to: to, context: context) == Self.reference(tree, indent: 2) + "\n")
    }
}
