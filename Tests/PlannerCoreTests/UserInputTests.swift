// The dates, times, weeks and durations of CONTRACT.md as users type them, and the one-line
// French message naming a bad value.
import Foundation
import Testing
@testable import PlannerCore

struct UserInputTests {
    let today = LocalDate(iso: "2026-11-25")!

    func failure(_ body: () throws -> Void) -> PlannerError? {
        do { try body(); return nil } catch let e as PlannerError { return e } catch { return nil }
    }

    @Test(arguments: [("today", "2026-11-25"), ("aujourd'hui", "2026-11-25"), ("tomorrow", "2026-11-26"), ("Demain", "2026-11-26"),
                      ("hier", "2026-11-24"), ("2027-02-28", "2027-02-28"), (" 2026-12-03 ", "2026-12-03")])
    func daysAreReadInBothLanguages(_ text: String, _ expected: String) throws {
        #expect(try UserInput.day(text, today: today) == LocalDate(iso: expected)!)
    }

    @Test func aBadDayIsAnInvalidValueNamingIt() throws {
        let e = try #require(failure { _ = try UserInput.day("2026-13-45", today: today, option: "--start") })
        #expect(e.failure == .invalidValue && e.exitCode == 2)
        #expect(e.message(.fr).contains("2026-13-45") && e.message(.fr).contains("--start") && !e.message(.fr).contains("\n"))
        let far = try #require(failure { _ = try UserInput.day("1850-01-01", today: today, option: "--from") })
        #expect(far.failure == .invalidValue)
        #expect(far.message(.fr).contains("hors des années gérées"), Comment(rawValue: far.message(.fr)))
        #expect(far.message(.en).contains("outside the supported years"))
    }

    @Test func momentsAreADayOrADayAndATime() throws {
        #expect(try UserInput.moment("2026-12-03", today: today) == .day(LocalDate(iso: "2026-12-03")!))
        let nine = TypedMoment.dateTime(LocalDateTime(date: LocalDate(iso: "2026-12-03")!, hour: 9, minute: 0))
        #expect(try UserInput.moment("2026-12-03T09:00", today: today) == nine)
        #expect(try UserInput.moment("2026-12-03 9h", today: today) == nine)
        #expect(try UserInput.moment("demain 14:30", today: today) == .dateTime(LocalDateTime(date: LocalDate(iso: "2026-11-26")!, hour: 14, minute: 30)))
        #expect(try UserInput.moment("Today", today: today) == .day(today))
        #expect(failure { _ = try UserInput.moment("2026-12-03T25:00", today: today) }?.failure == .invalidValue)
        #expect(failure { _ = try UserInput.moment("mardi prochain 9h", today: today) }?.failure == .invalidValue)
    }

    @Test func clockTimes() {
        #expect(UserInput.clock("9h")! == (9, 0, 0))
        #expect(UserInput.clock("9h30")! == (9, 30, 0))
        #expect(UserInput.clock("09:00:30")! == (9, 0, 30))
        #expect(UserInput.clock("24:00") == nil)
        #expect(UserInput.clock("12:60") == nil)
        #expect(UserInput.clock("midi") == nil)
    }

    @Test(arguments: [("90m", 5400.0), ("2h", 7200), ("1h30", 5400), ("1h30m", 5400), ("3d", 259_200), ("45min", 2700), ("2j", 172_800)])
    func durations(_ text: String, _ seconds: Double) throws {
        #expect(try UserInput.duration(text) == seconds)
    }

    @Test(arguments: ["0h", "1h60", "abc", "90", "-2h", "99999999999999h"])
    func badDurationsAreInvalidValues(_ text: String) {
        #expect(failure { _ = try UserInput.duration(text, option: "--duration") }?.failure == .invalidValue)
    }

    @Test func weeksAreISOWeeksOrADayInThem() throws {
        #expect(try UserInput.week("2026-W49", today: today) == ISOWeek(year: 2026, week: 49))
        #expect(try UserInput.week("2026-12-03", today: today) == ISOWeek(year: 2026, week: 49))
        #expect(try UserInput.week("today", today: today) == ISOWeek(year: 2026, week: 48))
        #expect(failure { _ = try UserInput.week("2026-W60", today: today) }?.failure == .invalidValue)
    }

    @Test func todayCanBePinnedForTestsAndDemonstrations() {
        let paris = TimeZone(identifier: "Europe/Paris")!
        #expect(UserInput.today(in: paris, env: ["PLANNER_TODAY": "2027-01-04"]) == LocalDate(iso: "2027-01-04")!)
        #expect(UserInput.today(in: paris, env: ["PLANNER_TODAY": "n'importe quoi"]) == LocalDate(Date(), in: paris))
    }
}
