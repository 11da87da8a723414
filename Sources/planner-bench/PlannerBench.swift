// planner-bench: figures for the speed and memory targets (never a timed test).
//   planner-bench table            the planner against calcurse and khal (TableBench.swift)
//   planner-bench tui              the TUI's first screen, next week, next month on a pty (TUIBench.swift)
//   planner-bench generate         a generated calendar, or its expected occurrences per day
//   swift run -c release planner-bench agenda --years 10 --per-day 30
// builds a database with years of history and times what users do all day: open a week,
// a month, the printed agenda, and a conflict check, printing medians.
import ArgumentParser
import Foundation
import PlannerCore

@main
struct PlannerBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planner-bench", abstract: "Benchmarks of the planner, printing figures.",
        subcommands: [TableBench.self, GenerateBench.self, AgendaBench.self, TUIBench.self])
}

struct AgendaBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "agenda", abstract: "Week/month queries on a database with years of history.")

    @Option(help: "Years of history.") var years = 10
    @Option(help: "Events per working day.") var perDay = 30
    @Option(help: "Recurring events (weekly, never ending).") var recurring = 200
    @Option(help: "Database path (default: a temporary file).") var db: String?
    @Option(help: "Repetitions of each query.") var runs = 20

    func run() throws {
        let path = db ?? NSTemporaryDirectory() + "planner-bench-\(getpid()).sqlite"
        try? FileManager.default.removeItem(atPath: path)
        let store = try Store(path: path, sample: false)
        let zone = TimeZone(identifier: "Europe/Paris")!
        let cities = ReferenceCities.all.map(\.id)
        var rng = SeededGenerator(seed: 42)
        let first = LocalDate(year: 2026 - years + 1, month: 1, day: 1)
        var batch: [Event] = []
        var total = 0
        let t0 = Date()
        for offset in 0..<(years * 365) {
            let day = first.adding(days: offset)
            guard day.weekday <= 5 else { continue }
            for i in 0..<perDay {
                let h = 8 + Int(rng.next() % 10), m = Int(rng.next() % 4) * 15
                let s = LocalDateTime(date: day, hour: h, minute: m).instant(in: zone)
                batch.append(Event(uid: "bench-\(offset)-\(i)@planner", title: "Événement \(offset)-\(i)",
                                   start: s, end: s.addingTimeInterval(Double(30 + Int(rng.next() % 6) * 30) * 60),
                                   cities: [cities[Int(rng.next() % UInt64(cities.count))]],
                                   office: Office.allCases[Int(rng.next() % 3)], kind: .meeting))
            }
            if batch.count >= 5000 { try store.save(batch, label: .bench); total += batch.count; batch.removeAll() }
        }
        for i in 0..<recurring {
            let s = LocalDateTime(date: first.adding(days: i % 300), hour: 12, minute: 0).instant(in: zone)
            batch.append(Event(uid: "bench-rec-\(i)@planner", title: "Réunion hebdomadaire \(i)", start: s, end: s.addingTimeInterval(3600),
                               cities: [cities[i % cities.count]], rrule: "FREQ=WEEKLY;INTERVAL=\(1 + i % 3)"))
        }
        try store.save(batch, label: .bench)
        total += batch.count
        let loadSeconds = Date().timeIntervalSince(t0)
        print("database: \(path)")
        print(String(format: "events: %d (%d recurring), inserted in %.2f s (%.0f events/s)", total, recurring, loadSeconds, Double(total) / loadSeconds))
        let attrs = try FileManager.default.attributesOfItem(atPath: path)
        print("file size: \((attrs[.size] as? Int ?? 0) / 1_048_576) MiB (plus WAL)")

        let lastWeek = ISOWeek(containing: first.adding(days: years * 365 - 30))
        let midWeek = ISOWeek(containing: first.adding(days: years * 365 / 2))
        func measure(_ name: String, _ body: () throws -> Int) rethrows {
            var times: [Double] = []
            var n = 0
            for _ in 0..<runs {
                let t = Date()
                n = try body()
                times.append(Date().timeIntervalSince(t) * 1000)
            }
            times.sort()
            print(String(format: "%-38@ median %7.2f ms  max %7.2f ms  (%d occurrences)", name as NSString, times[times.count / 2], times.last!, n))
        }
        try measure("week (recent)") { try store.occurrences(from: lastWeek.monday.startInstant(in: zone), to: lastWeek.monday.adding(days: 7).startInstant(in: zone)).count }
        try measure("week (middle of history)") { try store.occurrences(from: midWeek.monday.startInstant(in: zone), to: midWeek.monday.adding(days: 7).startInstant(in: zone)).count }
        let month = lastWeek.monday.firstOfMonth
        try measure("month grid (6 weeks)") { try store.occurrences(from: month.mondayOfWeek.startInstant(in: zone), to: month.mondayOfWeek.adding(days: 42).startInstant(in: zone)).count }
        try measure("printed week (text)") {
            let occ = try store.occurrences(from: lastWeek.monday.startInstant(in: zone), to: lastWeek.monday.adding(days: 7).startInstant(in: zone))
            let ctx = AgendaContext(lang: .fr, zone: zone, cityNames: [:])
            return AgendaText.render(occ, days: lastWeek.days, heading: CalendarNames.weekHeading(lastWeek, .fr), context: ctx).count > 0 ? occ.count : 0
        }
        try measure("conflicts over one month") { try store.conflicts(from: month, to: month.adding(months: 1), zone: zone).count }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("peak memory (max RSS): \(usage.ru_maxrss / 1024) MiB")
        if db == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
    }
}
