import Foundation
import Testing
@testable import PlannerCore

/// Our expander against an independent implementation: python-dateutil's `rrule`, over
/// generated rules crossing DST changes and month ends (Fixtures/rrule-differential; CI
/// re-runs generate.py --check so the fixture is dateutil's answer, not ours).
struct RecurrenceDifferentialTests {
    struct Case: Decodable, Sendable {
        var rule: String
        var dtstart: String
        var tz: String
        var horizonDays: Int
        var occurrences: [Int]
    }

    struct Fixture: Decodable { var cases: [Case] }

    static func load() throws -> [Case] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/rrule-differential/cases", withExtension: "json"))
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url)).cases
    }

    static func start(_ s: String) -> LocalDateTime {
        let d = LocalDate(iso: String(s.prefix(8)))!
        let t = Array(s.dropFirst(9))
        return LocalDateTime(date: d, hour: Int(String(t[0...1]))!, minute: Int(String(t[2...3]))!, second: Int(String(t[4...5]))!)
    }

    @Test func atLeastFiveHundredRulesMatchDateutil() throws {
        let cases = try Self.load()
        #expect(cases.count >= 500)
        var failures: [String] = []
        for c in cases {
            let zone = TimeZone(identifier: c.tz)!
            let rule = try RecurrenceRule(parsing: c.rule)
            let s = Self.start(c.dtstart)
            let set = RecurrenceSet(start: s, zone: zone, dateOnly: false, rule: rule)
            let from = s.instant(in: zone)
            let horizon = LocalDateTime(date: s.date.adding(days: c.horizonDays), hour: s.hour, minute: s.minute, second: s.second).instant(in: zone)
            let got = set.starts(from: from, to: horizon.addingTimeInterval(1), limit: c.occurrences.count + 1)
                .prefix(c.occurrences.count == 200 ? 200 : Int.max).map { Int($0.timeIntervalSince1970) }
            if got != c.occurrences {
                let i = Array(zip(got, c.occurrences)).firstIndex { $0 != $1 } ?? min(got.count, c.occurrences.count)
                let show = { (v: [Int]) in i < v.count ? TimeFormatting.rfc3339(Date(timeIntervalSince1970: TimeInterval(v[i])), in: zone) : "none" }
                failures.append("\(c.rule) from \(c.dtstart): #\(i) ours \(show(got)) dateutil \(show(c.occurrences)) (counts \(got.count)/\(c.occurrences.count))")
            }
        }
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) rules differ:\n" + failures.prefix(15).joined(separator: "\n")))
    }

    @Test func expandingFarWindowsAgreesWithExpandingFromTheStart() throws {
        // The jump to a far window must give the same occurrences as walking from DTSTART.
        for c in try Self.load().prefix(300) where !c.rule.contains("COUNT") {
            let zone = TimeZone(identifier: c.tz)!
            let set = RecurrenceSet(start: Self.start(c.dtstart), zone: zone, dateOnly: false, rule: try RecurrenceRule(parsing: c.rule))
            guard c.occurrences.count > 20 else { continue }
            let a = Date(timeIntervalSince1970: TimeInterval(c.occurrences[10]))
            let b = Date(timeIntervalSince1970: TimeInterval(c.occurrences[20]))
            let window = set.starts(from: a, to: b).map { Int($0.timeIntervalSince1970) }
            #expect(window == Array(c.occurrences[10..<20]), Comment(rawValue: "\(c.rule) from \(c.dtstart)"))
        }
    }
}
