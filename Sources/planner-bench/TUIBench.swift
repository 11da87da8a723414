// `planner-bench tui`: how fast the real TUI answers. For each size it generates a calendar,
// imports it, then starts the release `planner-tui` (no arguments: the TUI) on a
// pseudo-terminal and times, from the bytes it writes: launch → first full screen, `n` (next
// week) → its screen, then in the month view `n` (next month) → its screen. A screen is
// complete when the output has been quiet for `--settle` ms (at launch, once text was drawn;
// when the TUI drew its loading mark, once more output followed it); the time is that of its
// last byte. Medians
// over several launches; khal's ikhal on the same events beside it when it is installed.
import ArgumentParser
import CalendarGenerator
import Foundation

struct TUIBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tui", abstract: "Time the TUI's first screen, next week and next month on a pseudo-terminal.")

    @Option(help: "The planner binary (a release build).") var planner = ".build-release/release/planner-tui"
    @Option(parsing: .upToNextOption, help: "Calendar sizes.") var sizes: [Int] = [1_000, 10_000, 100_000]
    @Option(help: "Generator seed.") var seed: UInt64 = 1
    @Option(help: "Launches per size (each times one first screen and several moves).") var runs = 5
    @Option(help: "Moves timed per launch (next week, then next month).") var moves = 4
    @Option(help: "A search typed after the moves (`/`, the text, Enter), timed to its list of results.") var search = "perpignan"
    @Option(help: "Milliseconds of silence after which a screen counts as complete.") var settle = 250
    @Option(help: "Terminal rows.") var rows = 40
    @Option(help: "Terminal columns.") var cols = 120
    @Option(help: "Working folder (default: a new temporary one, removed at the end). Databases found there are reused (compare two binaries on the same files; a newer binary migrates them).") var work: String?
    @Flag(help: "Leave khal's ikhal out.") var noKhal = false
    @Option(help: "The largest size ikhal runs on (its first launch indexes one file per event).") var ikhalMax = 10_000

    /// What the TUI draws while the visible days are still being read (Catalogue.tuiLoading).
    static let loadingMarks = ["chargement…", "loading…", "recherche de «", "searching “"]

    func run() throws {
        let dir = work ?? NSTemporaryDirectory() + "planner-bench-tui-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { if work == nil { try? FileManager.default.removeItem(atPath: dir) } }
        let plannerPath = URL(fileURLWithPath: planner).standardizedFileURL.path
        guard FileManager.default.isExecutableFile(atPath: plannerPath) else {
            throw BenchError("\(planner): no planner binary (build it: swift build -c release --scratch-path .build-release)")
        }
        let ikhal = noKhal ? nil : TableBench.which("ikhal")
        print("planner: \(plannerPath), ikhal: \(ikhal ?? (noKhal ? "left out" : "not installed"))")
        print("\(rows)×\(cols) pseudo-terminal; medians of \(runs) launches (moves: \(moves) per launch); complete = \(settle) ms of silence\n")
        print("| events | first screen | next week | next month | search « \(search) » | ikhal first screen | target |")
        print("|---:|---:|---:|---:|---:|---:|---:|")
        for n in sizes {
            let ics = "\(dir)/cal-\(n).ics"
            let gen = CalendarGenerator(count: n, seed: seed)
            let db = "\(dir)/planner-\(n).sqlite"
            let env = ["TZ": "Europe/Paris", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
            if !FileManager.default.fileExists(atPath: db) {
                try Data(gen.ics().utf8).write(to: URL(fileURLWithPath: ics))
                try ProcessTimer.run([plannerPath, "--db", db, "reset", "--empty"], environment: env)
                try ProcessTimer.run([plannerPath, "--db", db, "import", ics], environment: env)
                try? FileManager.default.removeItem(atPath: ics)
            }
            // The week of the other benchmarks (2026-W48).
            let tuiEnv = env.merging(["PLANNER_DB": db, "PLANNER_TODAY": "2026-11-25"]) { $1 }
            var first: [Double] = [], week: [Double] = [], month: [Double] = [], found: [Double] = []
            for i in 0...runs {
                let term = try PseudoTerminal(argv: [plannerPath], environment: tuiEnv, rows: rows, cols: cols)
                defer { term.stop() }
                let launch = try term.screen(settleMs: settle, minimumLetters: 200)
                var w: [Double] = [], m: [Double] = []
                for _ in 0..<moves { w.append(try term.key("n", settleMs: settle)) }
                _ = try term.key("m", settleMs: settle)
                for _ in 0..<moves { m.append(try term.key("n", settleMs: settle)) }
                _ = try term.key("/", settleMs: settle)
                _ = try term.key("\u{15}" + search, settleMs: settle)  // Ctrl-U, then the text
                let f = try term.key("\r", settleMs: settle)
                _ = term.send("\u{1B}")
                _ = term.send("q")
                // The first launch warms the file cache and is not counted.
                if i > 0 { first.append(launch); week += w; month += m; found.append(f) }
            }
            var ikhalFirst = ""
            if let ikhal, n <= ikhalMax {
                let kdir = "\(dir)/khal-\(n)"
                let conf = try TableBench.khalConfig(kdir)
                if (try? FileManager.default.contentsOfDirectory(atPath: "\(kdir)/cal"))?.isEmpty != false { try gen.writeVdir("\(kdir)/cal") }
                var times: [Double] = []
                // The first launch builds khal's cache of the files: not counted.
                for i in 0...runs {
                    let term = try PseudoTerminal(argv: [ikhal, "-c", conf], environment: env, rows: rows, cols: cols)
                    defer { term.stop() }
                    let t = try term.screen(settleMs: max(settle, 500), minimumLetters: 200, limit: 600)
                    if i > 0 { times.append(t) }
                }
                ikhalFirst = Self.ms(Self.median(times))
            }
            print("| \(n.formatted()) | \(Self.ms(Self.median(first))) | \(Self.ms(Self.median(week))) | \(Self.ms(Self.median(month))) | \(Self.ms(Self.median(found))) | \(ikhalFirst) | ≤ 100 / 16 / 30 ms |")
            fflush(nil)
            if work == nil { for f in [db, db + "-wal", db + "-shm"] { try? FileManager.default.removeItem(atPath: f) } }
        }
    }

    static func median(_ v: [Double]) -> Double { v.isEmpty ? .nan : v.sorted()[v.count / 2] }
    static func ms(_ s: Double) -> String { s.isNaN ? "—" : String(format: "%.1f ms", s * 1000) }
}

/// A program running on a pseudo-terminal of a given size, its output read as it comes.
final class PseudoTerminal {
    let master: Int32
    /// Kept open until the end: reading the master fails (EIO) while no process holds the slave.
    let slave: Int32
    let pid: pid_t
    private var start = timespec()

    init(argv: [String], environment: [String: String], rows: Int, cols: Int) throws {
        // posix_openpt, unlockpt and ptsname as Linux does them (Glibc's module leaves them out).
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0, number: UInt32 = 0
        guard master >= 0, ioctl(master, UInt(0x4004_5431), &unlock) == 0, ioctl(master, UInt(0x8004_5430), &number) == 0 else {
            throw BenchError("no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let slavePath = "/dev/pts/\(number)"
        slave = open(slavePath, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw BenchError("\(slavePath): \(String(cString: strerror(errno)))") }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(cols), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(0x5414), &size)  // TIOCSWINSZ
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        for (k, v) in environment { env[k] = v }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // A new session whose first terminal opened (the pty) becomes its controlling one.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)
        posix_spawn_file_actions_addclose(&actions, slave)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        posix_spawnattr_setflags(&attr, Int16(0x80))  // POSIX_SPAWN_SETSID (glibc; not imported without _GNU_SOURCE)
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
        var child: pid_t = 0
        clock_gettime(CLOCK_MONOTONIC, &start)
        let rc = posix_spawn(&child, argv[0], &actions, &attr, cArgs, cEnv)
        guard rc == 0 else { throw BenchError("cannot start \(argv[0]): \(String(cString: strerror(rc)))") }
        pid = child
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    /// Writes keys to the program; returns when they were written.
    @discardableResult
    func send(_ text: String) -> timespec {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        return t
    }

    /// Seconds from `from` (default: the launch) to the last byte of the screen drawn since.
    /// A launch's first screen counts only once it drew text (`minimumLetters`): the terminal's
    /// set-up sequences come before, then silence while a program reads its data.
    func screen(settleMs: Int, from: timespec? = nil, minimumLetters: Int = 0, limit: Double = 60) throws -> Double {
        let t0 = from ?? start
        var output: [UInt8] = []
        var last: timespec?
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&fds, 1, Int32(settleMs))
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            if ready > 0 {
                let n = read(master, &buffer, buffer.count)
                if n > 0 {
                    output += buffer[0..<n]
                    last = now
                    continue
                }
                if n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR) {
                    var status: Int32 = 0
                    if waitpid(pid, &status, WNOHANG) == pid { throw BenchError("the program ended before drawing (status \(status))") }
                    usleep(1000)
                }
            }
            if let last, ready == 0, !Self.stillLoading(output),
               minimumLetters == 0 || Self.visible(Substring(String(decoding: output, as: UTF8.self))).filter(\.isLetter).count >= minimumLetters {
                return ProcessTimer.seconds(t0, last)
            }
            if ProcessTimer.seconds(t0, now) > limit { throw BenchError("no complete screen in \(Int(limit)) s") }
        }
    }

    /// Sends a key and times its screen.
    func key(_ k: String, settleMs: Int) throws -> Double {
        try screen(settleMs: settleMs, from: send(k))
    }

    /// Whether the output ends on a loading mark with nothing drawn after it.
    static func stillLoading(_ output: [UInt8]) -> Bool {
        let text = String(decoding: output, as: UTF8.self)
        for mark in TUIBench.loadingMarks {
            if let r = text.range(of: mark, options: .backwards) {
                // After the mark: more than cursor moves and attribute changes (a new frame).
                let after = visible(text[r.upperBound...]).filter { $0.isLetter || $0.isNumber }
                if after.count < 8 { return true }
            }
        }
        return false
    }

    /// Text without its escape sequences (ESC [ parameters final, ESC ( B, ...).
    static func visible(_ text: Substring) -> String {
        var out = ""
        var it = text.unicodeScalars.makeIterator()
        while let c = it.next() {
            guard c == "\u{1B}" else { out.unicodeScalars.append(c); continue }
            guard let kind = it.next() else { break }
            if kind == "[" {
                while let p = it.next(), !(0x40...0x7E).contains(p.value) {}
            } else if kind == "(" || kind == ")" {
                _ = it.next()
            }
        }
        return out
    }

    func stop() {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<200 {
            if waitpid(pid, &status, WNOHANG) == pid { close(master); close(slave); return }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
        close(master)
        close(slave)
    }
}
