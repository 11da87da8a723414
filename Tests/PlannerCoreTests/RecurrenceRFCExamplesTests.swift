import Foundation
import Testing
@testable import PlannerCore

/// The recurrence examples of RFC 5545 §3.8.5.3, expected dates typed from the RFC's text
/// (America/New_York, as the RFC uses). Each case: DTSTART, RRULE, window end, expected
/// local date-times `YYYY-MM-DD HH:MM` (or a prefix and a count when the list is long).
struct RecurrenceRFCExamplesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var start: String
        var rule: String
        var until: String
        var expected: [String]
        var expectedCount: Int? = nil
        var testDescription: String { name }
    }

    static let ny = TimeZone(identifier: "America/New_York")!

    static func local(_ s: String) -> LocalDateTime {
        let parts = s.split(separator: " ")
        let hm = parts[1].split(separator: ":").map { Int($0)! }
        return LocalDateTime(date: LocalDate(iso: String(parts[0]))!, hour: hm[0], minute: hm[1])
    }

    static let cases: [Case] = [
        Case(name: "Daily for 10 occurrences", start: "1997-09-02 09:00", rule: "FREQ=DAILY;COUNT=10", until: "2000-01-01 00:00",
             expected: ["1997-09-02", "1997-09-03", "1997-09-04", "1997-09-05", "1997-09-06", "1997-09-07", "1997-09-08",
                        "1997-09-09", "1997-09-10", "1997-09-11"].map { $0 + " 09:00" }),
        Case(name: "Daily until December 24, 1997", start: "1997-09-02 09:00", rule: "FREQ=DAILY;UNTIL=19971224T000000Z",
             until: "2000-01-01 00:00", expected: ["1997-09-02 09:00", "1997-09-03 09:00"], expectedCount: 113),
        Case(name: "Every other day, forever (first 5)", start: "1997-09-02 09:00", rule: "FREQ=DAILY;INTERVAL=2",
             until: "1997-09-11 00:00", expected: ["1997-09-02", "1997-09-04", "1997-09-06", "1997-09-08", "1997-09-10"].map { $0 + " 09:00" }),
        Case(name: "Every 10 days, 5 occurrences", start: "1997-09-02 09:00", rule: "FREQ=DAILY;INTERVAL=10;COUNT=5",
             until: "2000-01-01 00:00", expected: ["1997-09-02", "1997-09-12", "1997-09-22", "1997-10-02", "1997-10-12"].map { $0 + " 09:00" }),
        Case(name: "Every day in January, for 3 years (yearly)", start: "1998-01-01 09:00",
             rule: "FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA", until: "2001-01-01 00:00",
             expected: ["1998-01-01 09:00", "1998-01-02 09:00"], expectedCount: 93),
        Case(name: "Every day in January, for 3 years (daily)", start: "1998-01-01 09:00",
             rule: "FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1", until: "2001-01-01 00:00",
             expected: ["1998-01-01 09:00", "1998-01-02 09:00"], expectedCount: 93),
        Case(name: "Weekly for 10 occurrences", start: "1997-09-02 09:00", rule: "FREQ=WEEKLY;COUNT=10", until: "2000-01-01 00:00",
             expected: ["1997-09-02", "1997-09-09", "1997-09-16", "1997-09-23", "1997-09-30", "1997-10-07", "1997-10-14",
                        "1997-10-21", "1997-10-28", "1997-11-04"].map { $0 + " 09:00" }),
        Case(name: "Every other week on Monday, Wednesday, Friday until December 24, 1997", start: "1997-09-01 09:00",
             rule: "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR", until: "2000-01-01 00:00",
             expected: ["1997-09-01", "1997-09-03", "1997-09-05", "1997-09-15", "1997-09-17", "1997-09-19", "1997-09-29",
                        "1997-10-01", "1997-10-03", "1997-10-13", "1997-10-15", "1997-10-17", "1997-10-27", "1997-10-29",
                        "1997-10-31", "1997-11-10", "1997-11-12", "1997-11-14", "1997-11-24", "1997-11-26", "1997-11-28",
                        "1997-12-08", "1997-12-10", "1997-12-12", "1997-12-22"].map { $0 + " 09:00" }),
        Case(name: "Weekly on Tuesday and Thursday for five weeks", start: "1997-09-02 09:00",
             rule: "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH", until: "2000-01-01 00:00",
             expected: ["1997-09-02", "1997-09-04", "1997-09-09", "1997-09-11", "1997-09-16", "1997-09-18", "1997-09-23",
                        "1997-09-25", "1997-09-30", "1997-10-02"].map { $0 + " 09:00" }),
        Case(name: "Every other week on Tuesday and Thursday, for 8 occurrences", start: "1997-09-02 09:00",
             rule: "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", until: "2000-01-01 00:00",
             expected: ["1997-09-02", "1997-09-04", "1997-09-16", "1997-09-18", "1997-09-30", "1997-10-02", "1997-10-14",
                        "1997-10-16"].map { $0 + " 09:00" }),
        Case(name: "Monthly on the first Friday for 10 occurrences", start: "1997-09-05 09:00",
             rule: "FREQ=MONTHLY;COUNT=10;BYDAY=1FR", until: "2000-01-01 00:00",
             expected: ["1997-09-05", "1997-10-03", "1997-11-07", "1997-12-05", "1998-01-02", "1998-02-06", "1998-03-06",
                        "1998-04-03", "1998-05-01", "1998-06-05"].map { $0 + " 09:00" }),
        Case(name: "Every other month on the first and last Sunday for 10 occurrences", start: "1997-09-07 09:00",
             rule: "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU", until: "2000-01-01 00:00",
             expected: ["1997-09-07", "1997-09-28", "1997-11-02", "1997-11-30", "1998-01-04", "1998-01-25", "1998-03-01",
                        "1998-03-29", "1998-05-03", "1998-05-31"].map { $0 + " 09:00" }),
        Case(name: "Monthly on the second-to-last Monday for 6 months", start: "1997-09-22 09:00",
             rule: "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", until: "2000-01-01 00:00",
             expected: ["1997-09-22", "1997-10-20", "1997-11-17", "1997-12-22", "1998-01-19", "1998-02-16"].map { $0 + " 09:00" }),
        Case(name: "Monthly on the third-to-the-last day of the month (first 6)", start: "1997-09-28 09:00",
             rule: "FREQ=MONTHLY;BYMONTHDAY=-3", until: "1998-03-01 00:00",
             expected: ["1997-09-28", "1997-10-29", "1997-11-28", "1997-12-29", "1998-01-29", "1998-02-26"].map { $0 + " 09:00" }),
        Case(name: "Monthly on the 2nd and 15th for 10 occurrences", start: "1997-09-02 09:00",
             rule: "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15", until: "2000-01-01 00:00",
             expected: ["1997-09-02", "1997-09-15", "1997-10-02", "1997-10-15", "1997-11-02", "1997-11-15", "1997-12-02",
                        "1997-12-15", "1998-01-02", "1998-01-15"].map { $0 + " 09:00" }),
        Case(name: "Monthly on the first and last day for 10 occurrences", start: "1997-09-30 09:00",
             rule: "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1", until: "2000-01-01 00:00",
             expected: ["1997-09-30", "1997-10-01", "1997-10-31", "1997-11-01", "1997-11-30", "1997-12-01", "1997-12-31",
                        "1998-01-01", "1998-01-31", "1998-02-01"].map { $0 + " 09:00" }),
        Case(name: "Every 18 months on the 10th thru 15th for 10 occurrences", start: "1997-09-10 09:00",
             rule: "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15", until: "2000-01-01 00:00",
             expected: ["1997-09-10", "1997-09-11", "1997-09-12", "1997-09-13", "1997-09-14", "1997-09-15", "1999-03-10",
                        "1999-03-11", "1999-03-12", "1999-03-13"].map { $0 + " 09:00" }),
        Case(name: "Every Tuesday, every other month (first 9)", start: "1997-09-02 09:00",
             rule: "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU", until: "1997-11-12 00:00",
             expected: ["1997-09-02", "1997-09-09", "1997-09-16", "1997-09-23", "1997-09-30", "1997-11-04", "1997-11-11"].map { $0 + " 09:00" }),
        Case(name: "Yearly in June and July for 10 occurrences", start: "1997-06-10 09:00",
             rule: "FREQ=YEARLY;COUNT=10;BYMONTH=6,7", until: "2010-01-01 00:00",
             expected: ["1997-06-10", "1997-07-10", "1998-06-10", "1998-07-10", "1999-06-10", "1999-07-10", "2000-06-10",
                        "2000-07-10", "2001-06-10", "2001-07-10"].map { $0 + " 09:00" }),
        Case(name: "Every other year on January, February, and March for 10 occurrences", start: "1997-03-10 09:00",
             rule: "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3", until: "2010-01-01 00:00",
             expected: ["1997-03-10", "1999-01-10", "1999-02-10", "1999-03-10", "2001-01-10", "2001-02-10", "2001-03-10",
                        "2003-01-10", "2003-02-10", "2003-03-10"].map { $0 + " 09:00" }),
        Case(name: "Every third year on the 1st, 100th, and 200th day for 10 occurrences", start: "1997-01-01 09:00",
             rule: "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200", until: "2010-01-01 00:00",
             expected: ["1997-01-01", "1997-04-10", "1997-07-19", "2000-01-01", "2000-04-09", "2000-07-18", "2003-01-01",
                        "2003-04-10", "2003-07-19", "2006-01-01"].map { $0 + " 09:00" }),
        Case(name: "Every 20th Monday of the year (first 3)", start: "1997-05-19 09:00",
             rule: "FREQ=YEARLY;BYDAY=20MO", until: "2000-01-01 00:00",
             expected: ["1997-05-19", "1998-05-18", "1999-05-17"].map { $0 + " 09:00" }),
        Case(name: "Monday of week number 20 (first 3)", start: "1997-05-12 09:00",
             rule: "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", until: "2000-01-01 00:00",
             expected: ["1997-05-12", "1998-05-11", "1999-05-17"].map { $0 + " 09:00" }),
        Case(name: "Every Thursday in March (first 11)", start: "1997-03-13 09:00",
             rule: "FREQ=YEARLY;BYMONTH=3;BYDAY=TH", until: "2000-01-01 00:00",
             expected: ["1997-03-13", "1997-03-20", "1997-03-27", "1998-03-05", "1998-03-12", "1998-03-19", "1998-03-26",
                        "1999-03-04", "1999-03-11", "1999-03-18", "1999-03-25"].map { $0 + " 09:00" }),
        Case(name: "Every Friday the 13th (first 5)", start: "1997-09-02 09:00",
             rule: "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", until: "2000-10-14 00:00",
             expected: ["1997-09-02", "1998-02-13", "1998-03-13", "1998-11-13", "1999-08-13", "2000-10-13"].map { $0 + " 09:00" }),
        Case(name: "First Saturday that follows the first Sunday of the month (first 10)", start: "1997-09-13 09:00",
             rule: "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13", until: "1998-06-14 00:00",
             expected: ["1997-09-13", "1997-10-11", "1997-11-08", "1997-12-13", "1998-01-10", "1998-02-07", "1998-03-07",
                        "1998-04-11", "1998-05-09", "1998-06-13"].map { $0 + " 09:00" }),
        Case(name: "US Presidential Election day (first 3)", start: "1996-11-05 09:00",
             rule: "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8", until: "2005-01-01 00:00",
             expected: ["1996-11-05", "2000-11-07", "2004-11-02"].map { $0 + " 09:00" }),
        Case(name: "Third instance of Tuesday, Wednesday or Thursday, for the next 3 months", start: "1997-09-04 09:00",
             rule: "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", until: "2000-01-01 00:00",
             expected: ["1997-09-04", "1997-10-07", "1997-11-06"].map { $0 + " 09:00" }),
        Case(name: "Second-to-last weekday of the month (first 7)", start: "1997-09-29 09:00",
             rule: "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", until: "1998-03-31 00:00",
             expected: ["1997-09-29", "1997-10-30", "1997-11-27", "1997-12-30", "1998-01-29", "1998-02-26", "1998-03-30"].map { $0 + " 09:00" }),
        // The RFC writes UNTIL=19970902T170000Z, which is 13:00 EDT and would stop before
        // 15:00 (a known erratum); 17:00 EDT is 21:00Z.
        Case(name: "Every 3 hours from 09:00 to 17:00 on a specific day", start: "1997-09-02 09:00",
             rule: "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T210000Z", until: "2000-01-01 00:00",
             expected: ["1997-09-02 09:00", "1997-09-02 12:00", "1997-09-02 15:00"]),
        Case(name: "Every 15 minutes for 6 occurrences", start: "1997-09-02 09:00", rule: "FREQ=MINUTELY;INTERVAL=15;COUNT=6",
             until: "2000-01-01 00:00",
             expected: ["09:00", "09:15", "09:30", "09:45", "10:00", "10:15"].map { "1997-09-02 " + $0 }),
        Case(name: "Every hour and a half for 4 occurrences", start: "1997-09-02 09:00", rule: "FREQ=MINUTELY;INTERVAL=90;COUNT=4",
             until: "2000-01-01 00:00", expected: ["09:00", "10:30", "12:00", "13:30"].map { "1997-09-02 " + $0 }),
        Case(name: "Every 20 minutes from 9:00 to 16:40 every day (daily form)", start: "1997-09-02 09:00",
             rule: "FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40", until: "1997-09-03 00:00",
             expected: ["1997-09-02 09:00", "1997-09-02 09:20"], expectedCount: 24),
        Case(name: "Every 20 minutes from 9:00 to 16:40 every day (minutely form)", start: "1997-09-02 09:00",
             rule: "FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16", until: "1997-09-03 00:00",
             expected: ["1997-09-02 09:00", "1997-09-02 09:20"], expectedCount: 24),
        Case(name: "WKST=MO: every other week on Tuesday and Sunday, 4 occurrences", start: "1997-08-05 09:00",
             rule: "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", until: "2000-01-01 00:00",
             expected: ["1997-08-05", "1997-08-10", "1997-08-19", "1997-08-24"].map { $0 + " 09:00" }),
        Case(name: "WKST=SU: every other week on Tuesday and Sunday, 4 occurrences", start: "1997-08-05 09:00",
             rule: "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", until: "2000-01-01 00:00",
             expected: ["1997-08-05", "1997-08-17", "1997-08-19", "1997-08-31"].map { $0 + " 09:00" }),
        Case(name: "Invalid dates are skipped: 15th and 30th of each month, 5 occurrences", start: "2007-01-15 09:00",
             rule: "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", until: "2010-01-01 00:00",
             expected: ["2007-01-15", "2007-01-30", "2007-02-15", "2007-03-15", "2007-03-30"].map { $0 + " 09:00" }),
    ]

    @Test(arguments: cases)
    func rfcExample(_ c: Case) throws {
        let rule = try RecurrenceRule(parsing: c.rule)
        let set = RecurrenceSet(start: Self.local(c.start), zone: Self.ny, dateOnly: false, rule: rule)
        let got = set.starts(from: Self.local(c.start).instant(in: Self.ny), to: Self.local(c.until).instant(in: Self.ny))
            .map { t -> String in
                let l = LocalDateTime(t, in: Self.ny)
                return String(format: "%@ %02d:%02d", l.date.description, l.hour, l.minute)
            }
        if let n = c.expectedCount {
            #expect(got.count == n)
            #expect(Array(got.prefix(c.expected.count)) == c.expected)
        } else {
            #expect(got == c.expected)
        }
    }
}
