import Foundation
import GRDB

/// The entry points of sync for the command line and the TUI: the server settings kept in
/// the database (never the password), where the password comes from, the checks made before
/// anything is sent, then the engine.
public enum SyncSettings {
    static let urlKey = SettingKey.caldavURL
    static let userKey = SettingKey.caldavUser
    static let passwordCommandKey = SettingKey.caldavPasswordCommand
    static let everyKey = SettingKey.syncEvery
    static let collectionKey = SettingKey.syncCollection
    static let tokenKey = SettingKey.syncToken
    static let lastKey = SettingKey.syncLast

    static func set(_ db: Database, _ key: SettingKey, _ value: String?) throws {
        try Store.setSetting(db, key, value)
    }
}

/// The server this database syncs with, as `config` shows it.
public struct SyncConfiguration: Equatable, Sendable {
    public var url: String?
    public var user: String?
    public var passwordCommand: String?
    /// Automatic sync period of the TUI, nil when off.
    public var every: TimeInterval?
    public var lastSync: Date?
}

/// What a sync is asked to do (options of `sync`, or nothing from the TUI).
public struct SyncRequest: Sendable {
    public var url: String?
    public var user: String?
    public var passwordFile: String?
    public var prefer: SyncPreference
    public var insecure: Bool
    public var environment: [String: String]

    public init(url: String? = nil, user: String? = nil, passwordFile: String? = nil, prefer: SyncPreference = .server,
                insecure: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.url = url
        self.user = user
        self.passwordFile = passwordFile
        self.prefer = prefer
        self.insecure = insecure
        self.environment = environment
    }
}

public enum Sync {
    /// The calendars the server offers (`sync --list`).
    public static func calendars(store: Store, request: SyncRequest, lang: Language) throws -> [CalDAVCalendar] {
        let (client, url, _) = try connect(store: store, request: request, lang: lang)
        return try client.calendars(at: url)
    }

    /// One two-way sync. The server given in `request` (else the configured one) is stored
    /// once it answered.
    public static func run(store: Store, request: SyncRequest, lang: Language, context: ICSImporter.Context,
                           progress: @escaping (Localized) -> Void = { _ in }) throws -> SyncReport {
        let (client, url, config) = try connect(store: store, request: request, lang: lang)
        progress(Catalogue.syncConnecting(url.host ?? url.absoluteString))
        let stored = try store.setting(SyncSettings.collectionKey)
        let collection: URL
        if let stored, request.url == nil || request.url == config.url, let u = URL(string: stored) {
            collection = u
        } else {
            collection = try client.collection(at: url)
        }
        try store.write { db in
            if request.url != nil { try SyncSettings.set(db, SyncSettings.urlKey, url.absoluteString) }
            if let user = request.user { try SyncSettings.set(db, SyncSettings.userKey, user) }
            if stored != collection.absoluteString {
                // Another calendar: what was in step with the old one says nothing about it.
                try db.execute(sql: "DELETE FROM sync_resource")
                try SyncSettings.set(db, SyncSettings.tokenKey, nil)
                try SyncSettings.set(db, SyncSettings.collectionKey, collection.absoluteString)
            }
        }
        let engine = SyncEngine(store: store, client: client, collection: collection, prefer: request.prefer, lang: lang,
                                context: context, progress: progress)
        let report = try engine.run()
        try store.write { db in try SyncSettings.set(db, SyncSettings.lastKey, String(Date().timeIntervalSince1970)) }
        return report
    }

    /// A server URL as `config --caldav-url` and `sync --url` accept it: http(s), a host, no password.
    public static func checkedURL(_ text: String, lang: Language) throws -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = url.host, !host.isEmpty else {
            throw PlannerError.invalidValue(Catalogue.syncBadURL(text)(lang))
        }
        if url.password != nil { throw PlannerError.invalidValue(Catalogue.syncPasswordInURL(lang)) }
        return url
    }

    static func connect(store: Store, request: SyncRequest, lang: Language) throws -> (CalDAVClient, URL, SyncConfiguration) {
        let config = try store.syncConfiguration()
        guard let text = request.url ?? config.url else { throw PlannerError.invalidValue(Catalogue.syncNotConfigured(lang)) }
        let url = try checkedURL(text, lang: lang)
        let scheme = url.scheme!.lowercased(), host = url.host!
        let user = request.user ?? url.user ?? config.user
        var password: String?
        if user != nil {
            password = try SyncPassword.resolve(file: request.passwordFile, environment: request.environment,
                                                command: config.passwordCommand, lang: lang)
            if scheme == "http" && !SyncPassword.isLoopback(host) && !request.insecure {
                throw PlannerError.invalidValue(Catalogue.syncPlainHTTP(host)(lang))
            }
        }
        var clean = URLComponents(url: url, resolvingAgainstBaseURL: false)!
        clean.user = nil
        return (CalDAVClient(user: user, password: password, lang: lang), clean.url!, config)
    }
}

/// Where the password comes from: `--password-file`, else `$PLANNER_CALDAV_PASSWORD`, else
/// the configured command (`pass show d113`). Never an argument, never stored.
enum SyncPassword {
    static func resolve(file: String?, environment: [String: String], command: String?, lang: Language) throws -> String {
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else { throw PlannerError.invalidValue(Catalogue.syncPasswordFileUnreadable(file)(lang)) }
            return firstLine(data)
        }
        if let p = environment["PLANNER_CALDAV_PASSWORD"], !p.isEmpty { return p }
        if let command, !command.isEmpty {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", command]
            let out = Pipe()
            p.standardOutput = out
            p.standardInput = FileHandle.nullDevice
            do { try p.run() } catch { throw PlannerError.invalidValue(Catalogue.syncPasswordCommandFailed(-1)(lang)) }
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { throw PlannerError.invalidValue(Catalogue.syncPasswordCommandFailed(Int(p.terminationStatus))(lang)) }
            return firstLine(data)
        }
        throw PlannerError.invalidValue(Catalogue.syncNoPassword(lang))
    }

    static func firstLine(_ data: Data) -> String {
        let text = String(decoding: data, as: UTF8.self)
        return String(text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            .trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
    }

    static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return h == "localhost" || h.hasPrefix("127.") || h == "::1"
    }
}

/// How the time of the last sync is shown (`config`, the TUI's status line).
public enum SyncStatusText {
    /// `2026-12-01 14:05` in the display zone.
    public static func moment(_ date: Date, zone: TimeZone) -> String {
        "\(LocalDate(date, in: zone)) \(TimeFormatting.clock(date, in: zone))"
    }
}
