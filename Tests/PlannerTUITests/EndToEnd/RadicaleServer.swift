import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// A real Radicale (from PyPI, in the package's `.venv`, installed by `.ci/run`) on a free
/// loopback port with a temporary storage folder and plain htpasswd authentication, started
/// and stopped by its process id. Sync tests run against it; without it they show as
/// skipped, except under CI where a missing Radicale is a failure.
final class RadicaleServer: @unchecked Sendable {
    static let root: URL = {
        var u = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { u.deleteLastPathComponent() }
        return u
    }()
    static let executable = root.appendingPathComponent(".venv/bin/radicale")
    static var installed: Bool { FileManager.default.isExecutableFile(atPath: executable.path) }
    /// Under CI the tests run and fail when Radicale is missing.
    static var shouldRun: Bool { installed || ProcessInfo.processInfo.environment["CI"] != nil }

    static let user = "alice"
    /// Unusual enough to be searched for in every output, log and database file.
    static let password = "Pw-7f3c-unique-d113-x9"

    let folder: URL
    let port: Int
    private var process: Process?
    var base: URL { URL(string: "http://127.0.0.1:\(port)/")! }
    var collection: URL { URL(string: "http://127.0.0.1:\(port)/\(Self.user)/shared/")! }
    var logFile: URL { folder.appendingPathComponent("radicale.log") }

    init() throws {
        try #require(Self.installed, "Radicale is missing: run .ci/run (it installs it in .venv)")
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("planner-radicale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("\(Self.user):\(Self.password)\n".utf8).write(to: folder.appendingPathComponent("users"))
        port = try Self.freePort()
        try start()
        try createCalendar()
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Starts (or restarts, on the same port and storage) and waits until it answers.
    func start() throws {
        let p = Process()
        p.executableURL = Self.executable
        p.arguments = ["--server-hosts", "127.0.0.1:\(port)",
                       "--storage-filesystem-folder", folder.appendingPathComponent("collections").path,
                       "--auth-type", "htpasswd", "--auth-htpasswd-filename", folder.appendingPathComponent("users").path,
                       "--auth-htpasswd-encryption", "plain"]
        if !FileManager.default.fileExists(atPath: logFile.path) { FileManager.default.createFile(atPath: logFile.path, contents: nil) }
        let log = try FileHandle(forWritingTo: logFile)
        log.seekToEndOfFile()
        p.standardOutput = log
        p.standardError = log
        p.standardInput = FileHandle.nullDevice
        try p.run()
        process = p
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if let status = try? request("OPTIONS", base).status, status > 0 { return }
            guard p.isRunning else { break }
            usleep(200_000)
        }
        Issue.record("Radicale did not start: \((try? String(contentsOf: logFile, encoding: .utf8)) ?? "")")
        throw CancellationError()
    }

    func stop() {
        guard let p = process, p.isRunning else { return }
        kill(p.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(20)
        while p.isRunning && Date() < deadline { usleep(50_000) }
        if p.isRunning { kill(p.processIdentifier, SIGKILL) }
        p.waitUntilExit()
        process = nil
    }

    func createCalendar() throws {
        let r = try request("MKCALENDAR", collection)
        try #require(r.status == 201, "MKCALENDAR: HTTP \(r.status)")
    }

    /// A plain HTTP request as another CalDAV client would send it.
    func request(_ method: String, _ url: URL, body: String? = nil, headers: [String: String] = [:]) throws -> (status: Int, body: String, etag: String?) {
        var req = URLRequest(url: url, timeoutInterval: 30)
        req.httpMethod = method
        req.httpBody = body.map { Data($0.utf8) }
        req.setValue("Basic " + Data("\(Self.user):\(Self.password)".utf8).base64EncodedString(), forHTTPHeaderField: "Authorization")
        for (k, v) in headers { req.setValue(v, forHTTPHeaderField: k) }
        final class Box: @unchecked Sendable { var status = 0; var body = Data(); var etag: String?; var error: Error? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: req) { data, response, error in
            box.status = (response as? HTTPURLResponse)?.statusCode ?? 0
            box.etag = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "ETag")
            box.body = data ?? Data()
            box.error = error
            done.signal()
        }.resume()
        done.wait()
        if let e = box.error { throw e }
        return (box.status, String(decoding: box.body, as: UTF8.self), box.etag)
    }

    /// `{href: etag}` of the calendar's resources.
    func etags() throws -> [String: String] {
        let r = try request("PROPFIND", collection, body: "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/></d:prop></d:propfind>", headers: ["Depth": "1"])
        var out: [String: String] = [:]
        for part in r.body.components(separatedBy: "<response>").dropFirst() {
            guard let href = Self.between(part, "<href>", "</href>"), href.hasSuffix(".ics") else { continue }
            out[href] = Self.between(part, "<getetag>", "</getetag>") ?? ""
        }
        return out
    }

    /// The bodies of every resource, by href.
    func resources() throws -> [String: String] {
        var out: [String: String] = [:]
        for href in try etags().keys { out[href] = try request("GET", URL(string: href, relativeTo: base)!).body }
        return out
    }

    static func between(_ s: String, _ a: String, _ b: String) -> String? {
        guard let r1 = s.range(of: a), let r2 = s.range(of: b, range: r1.upperBound..<s.endIndex) else { return nil }
        return String(s[r1.upperBound..<r2.lowerBound])
    }

    /// A port nobody listens on: bind port 0 and read what the kernel chose.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
        }
        try #require(ok, "no free port")
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}
