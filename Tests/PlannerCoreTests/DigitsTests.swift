// Digits writes the same text as String(format:) did for dates, clock times and UTC
// offsets (the agenda's JSON and the export are read by scripts byte for byte).
import Foundation
import Testing
@testable import PlannerCore

@Suite struct DigitsTests {
    @Test func paddedAndTwoDigitsMatchStringFormat() {
        for n in [0, 7, 10, 59, 99] {
            #expect(Digits.padded(n, 2) == String(format: "%02d", n))
        }
        #expect(Digits.padded(100, 2) == nil)
        #expect(Digits.padded(-1, 2) == nil)
        #expect(Digits.twoDigits([9, 5], separator: ":") == "09:05")
        #expect(Digits.twoDigits([23, 59, 30], separator: ":") == "23:59:30")
        #expect(Digits.twoDigits([9, 100], separator: ":") == nil)
        #expect(Digits.date(2026, 12, 3, separator: "-") == "2026-12-03")
    }

    @Test func localTimesAndOffsetsAsBefore() throws {
        let zones = ["Europe/Paris", "America/St_Johns", "Asia/Kolkata", "Pacific/Chatham", "UTC", "America/Caracas"]
        var instant = Date(timeIntervalSince1970: 1_764_547_200)  // 2025-12-01
        for step in 0..<400 {
            instant = instant.addingTimeInterval(Double(step) * 3_731 + 86_400)
            for id in zones {
                let zone = try #require(TimeZone(identifier: id))
                let t = LocalDateTime(instant, in: zone)
                #expect(t.description == String(format: "%@T%02d:%02d:%02d", t.date.description, t.hour, t.minute, t.second))
                #expect(t.basicFormat == t.date.description.replacingOccurrences(of: "-", with: "") + String(format: "T%02d%02d%02d", t.hour, t.minute, t.second))
                #expect(TimeFormatting.clock(instant, in: zone) == String(format: "%02d:%02d", t.hour, t.minute))
                let s = zone.secondsFromGMT(for: instant)
                let expected = String(format: "%@%02d:%02d", s < 0 ? "-" : "+", abs(s) / 3600, (abs(s) % 3600) / 60)
                #expect(TimeFormatting.offset(instant, in: zone) == expected)
            }
        }
    }
}
