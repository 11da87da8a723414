// ProcessTimer: runs a whole command several times (after a warm-up) and reports the median
// wall time and the largest peak memory, from the kernel's own accounting (wait4's rusage).
// A run past the time limit is killed and reported as such.
import Foundation

struct Timing {
    var medianSeconds: Double
    var peakMiB: Double
    var exitCodes: [Int32]
    var timedOut: Bool

    var text: String {
        if timedOut { return "—" }
        let s = medianSeconds
        return s < 1 ? String(format: "%.0f ms", s * 1000) : String(format: "%.2f s", s)
    }
}

enum ProcessTimer {
    /// Runs `argv` `runs` times after `warmup` uncounted runs; `before` runs before each
    /// (counted or not) run, outside the timing (to reset a database, for example).
    static func time(_ argv: [String], runs: Int, warmup: Int = 1, limit: Double, environment: [String: String] = [:],
                     before: () throws -> Void = {}) throws -> Timing {
        var times: [Double] = []
        var peak = 0.0
        var codes: [Int32] = []
        for i in 0..<(warmup + runs) {
            try before()
            guard let r = try runOnce(argv, limit: limit, environment: environment) else {
                return Timing(medianSeconds: .infinity, peakMiB: 0, exitCodes: codes, timedOut: true)
            }
            if i >= warmup {
                times.append(r.seconds)
                peak = max(peak, r.peakMiB)
                codes.append(r.code)
            }
        }
        times.sort()
        return Timing(medianSeconds: times[times.count / 2], peakMiB: peak, exitCodes: codes, timedOut: false)
    }

    static func runOnce(_ argv: [String], limit: Double, environment: [String: String]) throws -> (seconds: Double, peakMiB: Double, code: Int32)? {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let envp = env.map { "\($0.key)=\($0.value)" }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = envp.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
        var pid: pid_t = 0
        var t0 = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t0)
        let rc = posix_spawnp(&pid, argv[0], &actions, nil, cArgs, cEnv)
        guard rc == 0 else { throw BenchError("cannot start \(argv[0]): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        var usage = rusage()
        while true {
            let r = wait4(pid, &status, WNOHANG, &usage)
            if r == pid { break }
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            if seconds(t0, now) > limit {
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                return nil
            }
            usleep(200)
        }
        var t1 = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t1)
        let code: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (seconds(t0, t1), Double(usage.ru_maxrss) / 1024, code)
    }

    static func seconds(_ a: timespec, _ b: timespec) -> Double {
        Double(b.tv_sec - a.tv_sec) + Double(b.tv_nsec - a.tv_nsec) / 1e9
    }

    /// Runs a command to completion (no timing), failing when it exits non-zero.
    static func run(_ argv: [String], limit: Double = 600, environment: [String: String] = [:], allowed: Set<Int32> = [0]) throws {
        guard let r = try runOnce(argv, limit: limit, environment: environment) else {
            throw BenchError("\(argv.joined(separator: " ")): no result in \(Int(limit)) s")
        }
        if !allowed.contains(r.code) { throw BenchError("\(argv.joined(separator: " ")): exit \(r.code)") }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
