import Foundation
import PlannerCore
import Testing

/// The real `planner-tui` binary in a real terminal: a private tmux server (its own socket),
/// keys sent with `send-keys`, the screen read with `capture-pane`. The exit status is
/// written to a file when the program ends.
final class TmuxSession {
    let runner: BinaryRunner
    let socket: String
    let exitFile: URL
    let pidFile: URL

    /// `prefix` runs before the program (`setpriv --reuid=nobody ...` to run it unprivileged).
    init(runner: BinaryRunner, rows: Int = 30, cols: Int = 100, env extra: [String: String] = [:], prefix: [String] = []) throws {
        self.runner = runner
        socket = "planner-\(UUID().uuidString.prefix(8))"
        exitFile = runner.folder.appendingPathComponent("exit-status")
        // The program's environment, and nothing else (`env -i`: the test runner's own
        // variables, NO_COLOR for one, must not leak in): the runner's locale and paths,
        // tmux's TERM unless a test sets one, and whatever a test adds.
        var env = runner.environment.filter { ["LANG", "LC_ALL", "PLANNER_TODAY", "HOME", "NO_COLOR", "PLANNER_PRINT_DIR", "PATH"].contains($0.key) }
        for (k, v) in extra { env[k] = v }
        let assignments = env.map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
        let script = runner.folder.appendingPathComponent("run-tui.sh")
        let pidFile = runner.folder.appendingPathComponent("tui.pid")
        self.pidFile = pidFile
        try """
        #!/bin/sh
        cd \(Self.quote(runner.folder.path))
        sh -c 'echo $$ > \(pidFile.path); exec "$0" "$@"' \(prefix.map(Self.quote).joined(separator: " ")) env -i TERM="$TERM" \(assignments) \(Self.quote(BinaryRunner.executable.path)) --db \(Self.quote(runner.db))
        echo $? > \(Self.quote(exitFile.path))
        sleep 600

        """.write(to: script, atomically: true, encoding: .utf8)
        let command = "sh \(Self.quote(script.path))"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(cols)", "-y", "\(rows)", command])
        // The window keeps the size given here, whatever the (absent) client's size.
        try? tmux(["set-option", "-g", "window-size", "manual"])
    }

    deinit { try? tmux(["kill-server"]) }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        // -u: the client speaks UTF-8 whatever the test runner's locale.
        let (status, output) = try Self.spawn(["tmux", "-u", "-L", socket] + args)
        guard status == 0 else { throw TmuxError(message: "tmux \(args.joined(separator: " ")) failed (\(status))") }
        return output
    }

    /// Runs a command with posix_spawn and waits for it. Not Foundation's `Process`: the
    /// tmux server that the first call starts stays alive with every descriptor it
    /// inherited, and `Process` waits for one of its own to close. Here every descriptor
    /// above stderr is closed in the child, and the output goes through a file.
    static func spawn(_ argv: [String]) throws -> (Int32, String) {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-out-\(UUID().uuidString)").path
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // glibc ≥ 2.34 has it; Swift's Glibc module does not export it, so look it up.
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else {
            throw TmuxError(message: "posix_spawn_file_actions_addclosefrom_np missing (glibc < 2.34)")
        }
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env.removeValue(forKey: "TMUX")
        if env["TERM"] == nil || env["TERM"] == "dumb" { env["TERM"] = "xterm-256color" }
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, argv[0], &actions, nil, cArgs, cEnv)
        guard rc == 0 else { throw TmuxError(message: "cannot run \(argv[0]): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output)
    }

    struct TmuxError: Error, CustomStringConvertible { var message: String; var description: String { message } }

    /// Named keys (`Enter`, `Tab`, `C-u`, `Down`) one by one.
    func keys(_ names: String...) throws {
        for k in names { try tmux(["send-keys", "-t", "main", k]); pause() }
    }

    /// Literal text (UTF-8 included), as typed.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
        pause()
    }

    func pause(_ ms: Int = 60) { usleep(useconds_t(ms * 1000)) }

    var screen: String { (try? tmux(["capture-pane", "-p", "-t", "main"])) ?? "" }

    /// The screen with its attributes as escape sequences (`capture-pane -e`).
    var styledScreen: String { (try? tmux(["capture-pane", "-p", "-e", "-t", "main"])) ?? "" }

    /// Waits until the screen shows `text` and the days on it are loaded (no loading mark:
    /// the TUI draws its frame before the events, read in the background, arrive; 10 s at
    /// most); returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        let marks = [Catalogue.tuiLoading(.fr), Catalogue.tuiLoading(.en)]
        while Date() < deadline {
            last = screen
            if last.contains(text), !marks.contains(where: last.contains) { return last }
            usleep(100_000)
        }
        throw TmuxError(message: "timed out waiting for \"\(text)\"; screen:\n\(last)")
    }

    func resize(rows: Int, cols: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(cols)", "-y", "\(rows)"])
    }

    /// The program's exit status once it has ended (nil after the timeout).
    func exitStatus(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let s = try? String(contentsOf: exitFile, encoding: .utf8), let v = Int32(s.trimmingCharacters(in: .whitespacesAndNewlines)) { return v }
            usleep(100_000)
        }
        return nil
    }

    /// Whether the terminal is still in the alternate screen (ncurses did not restore it).
    var alternateScreenOn: Bool { ((try? tmux(["display-message", "-p", "-t", "main", "#{alternate_on}"])) ?? "").hasPrefix("1") }

    /// The process id of the program in the pane.
    var programPid: pid_t? {
        (try? String(contentsOf: pidFile, encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
}
