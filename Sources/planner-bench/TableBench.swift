// `planner-bench table`: the table of issue #12. For each size it generates one calendar,
// then times whole processes of the release planner and, on the same file in the same run,
// calcurse and khal where they are installed: import, the week agenda, the six weeks of the
// month grid, the parity report, export and check. Medians of several runs, peak memory,
// and the planner's time as a ratio of the others'.
import ArgumentParser
import CalendarGenerator
import Foundation

struct TableBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "table", abstract: "Time the planner against calcurse and khal on generated calendars.")

    @Option(help: "The planner binary (a release build).") var planner = ".build-release/release/planner-tui"
    @Option(parsing: .upToNextOption, help: "Calendar sizes.") var sizes: [Int] = [1_000, 10_000, 100_000]
    @Option(help: "Generator seed.") var seed: UInt64 = 1
    @Option(help: "Counted runs of the fast commands (imports run fewer).") var runs = 5
    @Option(help: "Seconds after which a competitor's run is abandoned (shown as —).") var limit: Double = 120
    @Option(help: "Working folder (default: a new temporary one, removed at the end).") var work: String?
    @Flag(help: "Leave khal out (its import writes one file per event).") var noKhal = false

    func run() throws {
        let dir = work ?? NSTemporaryDirectory() + "planner-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { if work == nil { try? FileManager.default.removeItem(atPath: dir) } }
        let plannerPath = URL(fileURLWithPath: planner).standardizedFileURL.path
        guard FileManager.default.isExecutableFile(atPath: plannerPath) else {
            throw BenchError("\(planner): no planner binary (build it: swift build -c release --scratch-path .build-release)")
        }
        let calcurse = Self.which("calcurse"), khal = noKhal ? nil : Self.which("khal")
        let env = ["TZ": "Europe/Paris", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        print("planner: \(plannerPath)")
        print("calcurse: \(calcurse ?? "not installed"), khal: \(khal ?? (noKhal ? "left out" : "not installed"))")
        print("medians of \(runs) runs after one warm-up (imports: 3 runs, or 1 past 10,000 events); whole processes; peak = largest RSS\n")
        print("| work | events | planner | peak | calcurse | khal | planner ÷ calcurse | planner ÷ khal | target |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for n in sizes {
            let ics = "\(dir)/cal-\(n).ics"
            let gen = CalendarGenerator(count: n, seed: seed)
            try Data(gen.ics().utf8).write(to: URL(fileURLWithPath: ics))
            let db = "\(dir)/planner-\(n).sqlite"
            let importRuns = n > 10_000 ? 1 : 3
            func freshDB() throws {
                for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + s) }
                try ProcessTimer.run([plannerPath, "--db", db, "reset", "--empty"], environment: env)
            }
            let p = { (args: [String]) in [plannerPath, "--db", db, "--lang", "en"] + args }

            // Import.
            let pImport = try ProcessTimer.time(p(["import", ics]), runs: importRuns, warmup: 0, limit: 600, environment: env, before: freshDB)
            let cdir = "\(dir)/calcurse-\(n)"
            var cImport: Timing?
            if let calcurse {
                cImport = try ProcessTimer.time([calcurse, "-D", cdir, "-i", ics], runs: importRuns, warmup: 0, limit: limit, environment: env) {
                    try? FileManager.default.removeItem(atPath: cdir)
                    try FileManager.default.createDirectory(atPath: cdir, withIntermediateDirectories: true)
                }
            }
            var kImport: Timing?
            var khalConf: String?
            if let khal {
                let kdir = "\(dir)/khal-\(n)"
                khalConf = try Self.khalConfig(kdir)
                kImport = try ProcessTimer.time([khal, "-c", khalConf!, "import", "--batch", "-a", "bench", ics], runs: 1, warmup: 0, limit: limit, environment: env) {
                    try? FileManager.default.removeItem(atPath: kdir)
                    khalConf = try Self.khalConfig(kdir)
                }
                if kImport!.timedOut {
                    // The same events, written the way khal stores them, for the queries.
                    try? FileManager.default.removeItem(atPath: kdir)
                    khalConf = try Self.khalConfig(kdir)
                    try gen.writeVdir("\(kdir)/cal")
                }
            }
            row("import", n, pImport, cImport, kImport, target: n >= 100_000 ? "≤ 3 s, ≤ 200 MiB" : n >= 10_000 ? "≤ 0.25 s" : "")

            // Queries, on the imported database (the first run of each warms the caches).
            let week = try ProcessTimer.time(p(["agenda", "--week", "2026-W48", "--format", "json"]), runs: runs, limit: 600, environment: env)
            // calcurse's queries only mean something once its import finished: otherwise — too.
            func calcurseQuery(_ args: [String]) throws -> Timing? {
                guard let calcurse else { return nil }
                if cImport?.timedOut == true { return Timing(medianSeconds: .infinity, peakMiB: 0, exitCodes: [], timedOut: true) }
                return try ProcessTimer.time([calcurse, "-D", cdir, "--input-datefmt", "4", "-Q"] + args, runs: runs, limit: limit, environment: env)
            }
            let cWeek = try calcurseQuery(["--from", "2026-11-23", "--days", "7"])
            let kWeek = try khal.map { try ProcessTimer.time([$0, "-c", khalConf!, "list", "2026-11-23", "7d"], runs: runs, limit: limit, environment: env) }
            row("week agenda (json)", n, week, cWeek, kWeek, target: n >= 100_000 ? "≤ 25 ms" : n >= 10_000 ? "≤ 15 ms" : "")

            let six = try ProcessTimer.time(p(["agenda", "--from", "2026-10-26", "--to", "2026-12-07", "--format", "json"]), runs: runs, limit: 600, environment: env)
            let cSix = try calcurseQuery(["--from", "2026-10-26", "--days", "42"])
            let kSix = try khal.map { try ProcessTimer.time([$0, "-c", khalConf!, "list", "2026-10-26", "42d"], runs: runs, limit: limit, environment: env) }
            row("six weeks (month grid)", n, six, cSix, kSix, target: n >= 100_000 ? "≤ 60 ms" : "")

            let parity = try ProcessTimer.time(p(["report", "parity", "--year", "2026"]), runs: runs, limit: 600, environment: env)
            row("report parity 2026", n, parity, nil, nil, target: n >= 100_000 ? "≤ 0.3 s" : "")
            let out = "\(dir)/export-\(n).ics"
            let export = try ProcessTimer.time(p(["export", "-o", out]), runs: runs, limit: 600, environment: env)
            row("export", n, export, nil, nil, target: n >= 100_000 ? "≤ 2 s, ≤ 200 MiB" : "")
            let check = try ProcessTimer.time(p(["check"]), runs: runs, limit: 600, environment: env)
            row("check", n, check, nil, nil, target: n >= 100_000 ? "≤ 2 s, ≤ 200 MiB" : "")
            for f in [ics, db, db + "-wal", db + "-shm", out] { try? FileManager.default.removeItem(atPath: f) }
        }
    }

    func row(_ work: String, _ n: Int, _ p: Timing, _ c: Timing?, _ k: Timing?, target: String) {
        func ratio(_ other: Timing?) -> String {
            guard let other else { return "" }
            // No figure from the other program (killed after --limit seconds): no ratio either.
            if other.timedOut || p.timedOut { return "—" }
            return String(format: "%.2f", p.medianSeconds / other.medianSeconds)
        }
        let peak = p.timedOut ? "" : String(format: "%.0f MiB", p.peakMiB)
        print("| \(work) | \(n.formatted()) | \(p.text) | \(peak) | \(c?.text ?? "") | \(k?.text ?? "") | \(ratio(c)) | \(ratio(k)) | \(target) |")
        fflush(nil)
    }

    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// A khal configuration with one calendar in `dir/cal` and its cache in `dir/khal.db`.
    static func khalConfig(_ dir: String) throws -> String {
        try FileManager.default.createDirectory(atPath: "\(dir)/cal", withIntermediateDirectories: true)
        let conf = """
            [calendars]
            [[bench]]
            path = \(dir)/cal
            type = calendar
            [locale]
            timeformat = %H:%M
            dateformat = %Y-%m-%d
            longdateformat = %Y-%m-%d
            datetimeformat = %Y-%m-%d %H:%M
            longdatetimeformat = %Y-%m-%d %H:%M
            local_timezone = Europe/Paris
            default_timezone = Europe/Paris
            [sqlite]
            path = \(dir)/khal.db

            """
        try conf.write(toFile: "\(dir)/khal.conf", atomically: true, encoding: .utf8)
        return "\(dir)/khal.conf"
    }
}

struct GenerateBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "Write a generated calendar (and, optionally, the expected occurrences per day).")

    @Option(help: "Number of events.") var events = 10_000
    @Option(help: "Seed.") var seed: UInt64 = 1
    @Option(name: .shortAndLong, help: "The .ics file to write (default: standard output).") var output: String?
    @Flag(help: "Print the expected number of occurrences per day (2025–2028) instead of the calendar.") var expected = false

    func run() throws {
        let gen = CalendarGenerator(count: events, seed: seed)
        let text: String
        if expected {
            let counts = gen.expectedCounts()
            var lines = ""
            var d = CalendarGenerator.firstDay
            while d < CalendarGenerator.endDay {
                lines += "\(d) \(counts[d] ?? 0)\n"
                d = Day(number: d.number + 1)
            }
            text = lines
        } else {
            text = gen.ics()
        }
        if let output { try Data(text.utf8).write(to: URL(fileURLWithPath: output)) } else { FileHandle.standardOutput.write(Data(text.utf8)) }
    }
}
