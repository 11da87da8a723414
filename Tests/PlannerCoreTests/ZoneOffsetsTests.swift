// ZoneOffsets (a zone's offsets as a table read once from Foundation) answers what
// `TimeZone.secondsFromGMT(for:)` answers, in every zone Foundation knows, at random instants
// and on both sides of each transition; `LocalDateTime.instant(in:)` on the table picks the
// same instant as the former code on Foundation's offsets (gaps and folds included).
import Foundation
import Testing
@testable import PlannerCore

@Suite struct ZoneOffsetsTests {
    /// `instant(in:)` as it was written on Foundation's offsets, before the table.
    static func formerInstant(_ t: LocalDateTime, _ zone: TimeZone) -> Date {
        let local = t.secondsSinceEpoch
        let guess = Date(timeIntervalSince1970: TimeInterval(local))
        let candidates = [zone.secondsFromGMT(for: guess.addingTimeInterval(-86400)), zone.secondsFromGMT(for: guess),
                          zone.secondsFromGMT(for: guess.addingTimeInterval(86400))]
        var matches: [Int] = []
        for off in Set(candidates) where zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local - off))) == off {
            matches.append(local - off)
        }
        if let first = matches.min() { return Date(timeIntervalSince1970: TimeInterval(first)) }
        return Date(timeIntervalSince1970: TimeInterval(local - (candidates.min() ?? 0)))
    }

    @Test func offsetsEqualFoundationsInEveryZone() throws {
        var rng = SeededGenerator(seed: 5)
        var transitions = 0
        for id in TimeZone.knownTimeZoneIdentifiers {
            let zone = try #require(TimeZone(identifier: id))
            let table = ZoneOffsets(zone: zone)
            func check(_ t: Int) {
                let expected = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(t)))
                #expect(table.secondsFromGMT(at: t) == expected, "\(id) at \(t)")
            }
            for s in table.starts.dropFirst() { check(s - 1); check(s); transitions += 1 }
            for _ in 0..<60 { check(Int(rng.next() % 9_467_107_200) + ZoneOffsets.lower - 86_400 * 365) }
        }
        #expect(transitions > 10_000)
        // Paris changes twice a year from 1976 on.
        let paris = ZoneOffsets(zone: TimeZone(identifier: "Europe/Paris")!)
        #expect(paris.starts.filter { $0 > 1_767_225_600 && $0 < 1_798_761_600 }.count == 2)
    }

    @Test func instantsAndWallClocksAsBefore() throws {
        var rng = SeededGenerator(seed: 9)
        let ids = ["Europe/Paris", "America/New_York", "Australia/Lord_Howe", "America/St_Johns", "Asia/Kolkata",
                   "Pacific/Apia", "Europe/Moscow", "America/Sao_Paulo", "UTC", "Africa/Casablanca"]
        for id in ids {
            let zone = try #require(TimeZone(identifier: id))
            let table = ZoneOffsets.of(zone)
            // Every transition from 1990 to 2040: the hours around it, by quarter hours.
            var probes: [Int] = []
            for s in table.starts where s > 631_152_000 && s < 2_208_988_800 {
                let local = s + table.secondsFromGMT(at: s - 1)
                probes += stride(from: local - 7_200, through: local + 7_200, by: 900).map { $0 }
            }
            for _ in 0..<500 { probes.append(Int(rng.next() % 4_000_000_000) - 1_000_000_000) }
            for local in probes {
                let wall = LocalDateTime(secondsSinceEpoch: local)
                #expect(wall.instant(in: zone) == Self.formerInstant(wall, zone), "\(id) \(wall)")
                let instant = Date(timeIntervalSince1970: TimeInterval(local) + 0.5)
                #expect(LocalDateTime(instant, in: zone).secondsSinceEpoch
                        == local + zone.secondsFromGMT(for: instant), "\(id) \(instant)")
            }
        }
    }
}
