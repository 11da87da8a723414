import Foundation
import Testing

/// Runs the built `planner-tui` binary as a user would, with a private database and a
/// controlled environment (in the spirit of swift-argument-parser's AssertExecuteCommand).
struct BinaryRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder of this test run, holding the database and files.
    let folder: URL
    var db: String { folder.appendingPathComponent("planner.sqlite").path }
    var environment: [String: String]

    init(lang: String = "fr_FR.UTF-8", today: String = "2026-11-25") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("planner-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var env = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_TIME", "LANG", "PLANNER_DB", "XDG_DATA_HOME", "NO_COLOR"] { env.removeValue(forKey: key) }
        env["LANG"] = lang
        env["PLANNER_TODAY"] = today
        env["HOME"] = folder.path
        environment = env
    }

    /// The built executable, next to the test bundle.
    static let executable: URL = {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("planner-tui")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            for bundle in (try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? [] where bundle.pathExtension == "xctest" {
                let sibling = bundle.deletingLastPathComponent().appendingPathComponent("planner-tui")
                if FileManager.default.isExecutableFile(atPath: sibling.path) { return sibling }
            }
            dir = dir.deletingLastPathComponent()
        }
        // From the package root: .build/debug/planner-tui.
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root = root.deletingLastPathComponent() }
        return root.appendingPathComponent(".build/debug/planner-tui")
    }()

    /// Runs `planner-tui ARGS` with `--db` added unless `useDefaultDB`; stdin is empty (not a terminal).
    @discardableResult
    func run(_ args: [String], useDefaultDB: Bool = false, env extra: [String: String] = [:], stdin: String = "") throws -> Result {
        var arguments = useDefaultDB ? args : ["--db", db] + args
        if args.first?.hasPrefix("-") == false, !useDefaultDB {
            // Options after the subcommand name, as users type them.
            arguments = [args[0], "--db", db] + args.dropFirst()
        }
        var env = environment
        for (k, v) in extra { env[k] = v }
        return try Self.execute(Self.executable, arguments: arguments, environment: env, directory: folder, stdin: stdin)
    }

    /// Runs a program to its end with the given environment, feeding `stdin` and collecting
    /// both outputs.
    static func execute(_ url: URL, arguments: [String], environment: [String: String], directory: URL? = nil, stdin: String = "") throws -> Result {
        let p = Process()
        p.executableURL = url
        p.arguments = arguments
        p.environment = environment
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// `agenda --format json` decoded.
    func agendaJSON(_ args: [String]) throws -> [String: Any] {
        let r = try run(["agenda", "--format", "json"] + args)
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
    }

    /// Number of events in the database, counted through the command line.
    func eventCount() throws -> Int {
        let r = try run(["config", "--lang", "en"])
        let line = r.stdout.split(separator: "\n").first { $0.hasPrefix("events:") } ?? "events: -1"
        return Int(line.split(separator: " ").last!) ?? -1
    }
}
