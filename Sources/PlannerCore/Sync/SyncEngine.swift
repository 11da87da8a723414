import Foundation
import GRDB

/// Which version wins when both sides changed the same event.
public enum SyncPreference: String, Sendable, CaseIterable {
    /// The server's version wins; the local one is kept as a conflict copy (the default).
    case server
    /// The local version overwrites the server's.
    case local
}

/// What one sync did.
public struct SyncReport: Equatable, Sendable {
    public var received = 0
    public var receivedDeletions = 0
    public var sent = 0
    public var sentDeletions = 0
    /// Titles of events whose local version was kept aside as a conflict copy.
    public var conflictCopies: [String] = []
    /// Titles of events deleted on one side and edited on the other (the edit was kept).
    public var keptEdits: [String] = []
    /// Resources of the server that could not be read (`HREF: reason`), skipped.
    public var warnings: [String] = []
}

/// The two-way engine: lists what changed on the server (first sync: calendar-query; then
/// sync-collection with the stored token; ETags by PROPFIND on servers without it, and
/// after a refused token), pulls it in one transaction, then pushes the local changes one
/// resource at a time (`If-None-Match: *` for new ones, `If-Match` for the others). Every
/// step is recorded as it completes, so a sync killed anywhere is finished by the next one
/// without duplicates: a resource already created is found by its uid and compared.
final class SyncEngine {
    let store: Store
    let client: CalDAVClient
    let collection: URL
    let prefer: SyncPreference
    let lang: Language
    let importer: ICSImporter
    let progress: (Localized) -> Void
    var report = SyncReport()
    private var cityNames: [String: String] = [:]
    private var people: [String: Person] = [:]

    init(store: Store, client: CalDAVClient, collection: URL, prefer: SyncPreference, lang: Language,
         context: ICSImporter.Context, progress: @escaping (Localized) -> Void) {
        self.store = store
        self.client = client
        self.collection = collection
        self.prefer = prefer
        self.lang = lang
        importer = ICSImporter(context: context)
        self.progress = progress
    }

    func run() throws -> SyncReport {
        for c in try store.cities() { cityNames[c.id] = c.name }
        for p in try store.people() { people[p.id] = p }
        try pull()
        try push()
        return report
    }

    // MARK: Text and identity

    /// The iCalendar text of one event as this planner writes it (one resource).
    func ics(_ e: Event) -> String {
        ICSWriter(cityName: { [cityNames] in cityNames[$0] ?? $0 }, person: { [people] in people[$0] }).write([e])
    }

    func hash(_ e: Event) -> String { SHA256.hex(Data(ics(e).utf8)) }

    /// Hrefs compared as decoded absolute paths (servers differ in what they escape).
    func key(_ href: String) -> String {
        let path = URL(string: href).flatMap { $0.scheme == nil ? nil : $0.path } ?? href
        return path.removingPercentEncoding ?? path
    }

    func url(_ key: String) -> URL {
        let encoded = key.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? key
        return URL(string: encoded, relativeTo: collection)!.absoluteURL
    }

    /// Where a new event goes: its uid, made safe for a path, in the collection.
    func newKey(_ uid: String) -> String {
        let safe = String(uid.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII || "-_.@".unicodeScalars.contains($0) ? Character($0) : "-" })
        return key(collection.path) + (key(collection.path).hasSuffix("/") ? "" : "/") + safe + ".ics"
    }

    /// Reads one server resource: exactly one event (its overrides inside), else a warning.
    func parse(_ data: Data, href: String) -> (Event, [Person])? {
        do {
            let result = try importer.importCalendar(SyncWire.decode(data))
            guard result.events.count == 1, var e = result.events.first else {
                report.warnings.append("\(href): " + Catalogue.syncNotOneEvent(result.events.count)(lang))
                return nil
            }
            // What the lenient reader repaired is said, with the resource it came from.
            for d in result.diagnostics { report.warnings.append("\(href):\(d.line): " + d.message(lang)) }
            if let r = e.rrule { e.rrule = try RecurrenceRule(parsing: r).rfc5545 }
            for p in result.people where people[p.id] == nil { people[p.id] = p }
            return (e, result.people)
        } catch {
            report.warnings.append("\(href): \(error)")
            return nil
        }
    }

    // MARK: Pull

    private struct Fetched { var href: String; var etag: String?; var event: Event; var people: [Person] }

    private func pull() throws {
        let snapshot = try store.syncSnapshot()
        var byKey: [String: SyncResource] = [:]
        for r in snapshot.resources.values { byKey[r.href] = r }
        let token = try store.setting(SyncSettings.tokenKey)
        var data: [(String, Data, String?)] = []
        var changed: [String] = []
        var removed: [String] = []
        var newToken: String?
        let self_ = key(collection.path)
        func isMember(_ href: String) -> Bool { let k = key(href); return k != self_ && k != self_ + "/" && k + "/" != self_ }

        if snapshot.resources.isEmpty {
            progress(Catalogue.syncListing)
            newToken = try currentToken()
            do {
                for r in try client.report(collection, depth: 1, body: DAV.calendarQuery).responses where isMember(r.href) {
                    guard let text = r.text(DAV.calendarData) else { changed.append(key(r.href)); continue }
                    data.append((key(r.href), Data(text.utf8), r.text(DAV.getetag)))
                }
            } catch is CalDAVClient.ReportUnsupported {
                changed = try etagListing().filter { isMember($0.key) }.map(\.key)
            }
        } else {
            var listed: [String: String?]?
            if let token {
                do {
                    let r = try client.report(collection, depth: 0, body: DAV.syncCollection(token: token))
                    var delta: [String: String?] = [:]
                    for m in r.responses where isMember(m.href) {
                        if m.status == 404 { removed.append(key(m.href)) } else { delta[key(m.href)] = m.text(DAV.getetag) }
                    }
                    newToken = r.syncToken
                    for (k, etag) in delta where etag == nil || byKey[k]?.etag != etag { changed.append(k) }
                } catch is CalDAVClient.InvalidSyncToken {
                    progress(Catalogue.syncTokenRefused)
                    listed = [:]
                } catch is CalDAVClient.ReportUnsupported {
                    listed = [:]
                }
            } else {
                listed = [:]
            }
            if listed != nil {
                progress(Catalogue.syncListing)
                newToken = try currentToken()
                let members = try etagListing().filter { isMember($0.key) }
                for (k, etag) in members where etag == nil || byKey[k]?.etag != etag { changed.append(k) }
                removed = byKey.keys.filter { members[$0] == nil }
            }
        }
        // Bodies of what changed, 100 hrefs per calendar-multiget.
        for start in stride(from: 0, to: changed.count, by: 100) {
            let batch = Array(changed[start..<min(start + 100, changed.count)])
            progress(Catalogue.syncReceiving(done: start, total: changed.count))
            let body = DAV.multiget(batch.map { url($0).path(percentEncoded: true) })
            for r in try client.report(collection, depth: 1, body: body).responses {
                guard let text = r.text(DAV.calendarData) else { continue }
                data.append((key(r.href), Data(text.utf8), r.text(DAV.getetag)))
            }
        }
        var fetched: [Fetched] = []
        var seen = Set<String>()
        for (href, body, etag) in data.sorted(by: { $0.0 < $1.0 }) {
            guard let (e, p) = parse(body, href: href) else { continue }
            guard seen.insert(e.uid).inserted else {
                report.warnings.append("\(href): " + Catalogue.syncDuplicateUID(e.uid)(lang))
                continue
            }
            fetched.append(Fetched(href: href, etag: etag, event: e, people: p))
        }
        try store.syncWrite { db in
            for f in fetched { try applyServer(db, f) }
            for k in removed { try applyRemoval(db, key: k) }
            if let newToken { try SyncSettings.set(db, SyncSettings.tokenKey, newToken) }
        }
    }

    /// `{href: etag}` of every member, by PROPFIND (servers without sync-collection).
    private func etagListing() throws -> [String: String?] {
        var out: [String: String?] = [:]
        for r in try client.propfind(collection, depth: 1, props: ["d:getetag"]) { out[key(r.href)] = r.text(DAV.getetag) }
        return out
    }

    private func currentToken() throws -> String? {
        try client.propfind(collection, depth: 0, props: ["d:sync-token"]).first?.text(DAV.syncToken).flatMap { $0.isEmpty ? nil : $0 }
    }

    private func applyServer(_ db: Database, _ f: Fetched) throws {
        let s = f.event
        let serverHash = hash(s)
        let local = try Store.event(db, uid: s.uid)
        let version = try Store.markVersion(db, uid: s.uid)
        let res = try Store.resource(db, uid: s.uid)
        let resource = SyncResource(uid: s.uid, href: f.href, etag: f.etag, hash: serverHash)
        if let local, hash(local) == serverHash {
            try Store.record(db, resource)
            try Store.clearMark(db, uid: s.uid, version: version)
            return
        }
        let changedHere: Bool
        if let local { changedHere = res == nil || (version != nil && hash(local) != res!.hash) } else { changedHere = version != nil && res != nil }
        if !changedHere {
            if try save(db, f) { report.received += 1; try Store.record(db, resource); try Store.clearMark(db, uid: s.uid, version: version) }
        } else if local == nil {
            // Deleted here, changed on the server: the edit wins.
            if try save(db, f) { report.keptEdits.append(s.title); try Store.record(db, resource); try Store.clearMark(db, uid: s.uid, version: version) }
        } else if prefer == .local {
            // The push overwrites the server's version (If-Match its ETag).
            try Store.record(db, resource)
            try Store.markForSync(db, [s.uid])
        } else if let local {
            if try save(db, f) {
                report.received += 1
                try keepConflictCopy(db, local)
                try Store.record(db, resource)
                try Store.clearMark(db, uid: s.uid, version: nil)
            }
        }
    }

    /// Saves a server event in a savepoint; one the store refuses (an unknown city) is
    /// skipped with a warning naming its href.
    private func save(_ db: Database, _ f: Fetched) throws -> Bool {
        do {
            try db.inSavepoint {
                try Store.saveFromServer(db, f.event, people: f.people)
                return .commit
            }
            return true
        } catch let e as PlannerError {
            report.warnings.append("\(f.href): \(e.description)")
            return false
        }
    }

    func keepConflictCopy(_ db: Database, _ local: Event) throws {
        var copy = local
        copy.uid = Event.newUID()
        copy.extraProperties.append("\(Event.conflictOfProperty):\(local.uid)")
        copy.lastModified = Date()
        try Store.upsert(db, copy)
        report.conflictCopies.append(local.title)
    }

    private func applyRemoval(_ db: Database, key k: String) throws {
        guard let uid = try String.fetchOne(db, sql: "SELECT uid FROM sync_resource WHERE href = ?", arguments: [k]),
              let res = try Store.resource(db, uid: uid) else { return }
        let version = try Store.markVersion(db, uid: uid)
        let local = try Store.event(db, uid: uid)
        if let local, version != nil, hash(local) != res.hash {
            // Deleted on the server, edited here: the edit wins (the push sends it again).
            report.keptEdits.append(local.title)
            try Store.forgetResource(db, uid: uid)
            return
        }
        if local != nil {
            _ = try EventRecord.deleteOne(db, key: uid)
            report.receivedDeletions += 1
        }
        try Store.forgetResource(db, uid: uid)
        try Store.clearMark(db, uid: uid, version: version)
    }
}
