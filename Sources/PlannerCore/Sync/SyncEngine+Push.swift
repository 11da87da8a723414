import Foundation
import GRDB

/// The push half of the engine: each local change goes out as one conditional request and
/// is recorded as soon as the server accepted it.
extension SyncEngine {
    func push() throws {
        let snapshot = try store.syncSnapshot()
        let candidates = Array(Set(snapshot.dirty.keys).union(snapshot.unsynced)).sorted()
        for (i, uid) in candidates.enumerated() {
            if i % 25 == 0 { progress(Catalogue.syncSending(done: i, total: candidates.count)) }
            try push(uid: uid, version: snapshot.dirty[uid])
        }
    }

    private func push(uid: String, version: Int?) throws {
        let (local, res) = try store.read { db in (try Store.event(db, uid: uid), try Store.resource(db, uid: uid)) }
        guard let local else {
            guard let res else { try store.syncWrite { db in try Store.clearMark(db, uid: uid, version: version) }; return }
            try pushDeletion(res, version: version)
            return
        }
        if local.conflictOf != nil {
            // Conflict copies stay on this side until the user keeps one version.
            try store.syncWrite { db in try Store.clearMark(db, uid: uid, version: version) }
            return
        }
        let text = ics(local)
        let h = SHA256.hex(Data(text.utf8))
        if let res, res.hash == h {
            try store.syncWrite { db in try Store.clearMark(db, uid: uid, version: version) }
            return
        }
        var href = res?.href ?? newKey(uid)
        var ifMatch: String? = res.map { $0.etag ?? "*" }
        for _ in 0..<4 {
            switch try client.put(url(href), ics: SyncWire.encode(text), ifMatch: ifMatch) {
            case .done(let etag):
                let tag = try etag ?? client.propfind(url(href), depth: 0, props: ["d:getetag"]).first?.text(DAV.getetag)
                try store.syncWrite { db in
                    try Store.record(db, SyncResource(uid: uid, href: href, etag: tag, hash: h))
                    try Store.clearMark(db, uid: uid, version: version)
                }
                report.sent += 1
                return
            case .notFound:
                // Deleted on the server meanwhile: the edit wins, the event is created again.
                if ifMatch != nil { report.keptEdits.append(local.title) }
                ifMatch = nil
            case .preconditionFailed:
                guard let (body, etag) = try client.get(url(href)) else { ifMatch = nil; continue }
                guard let (server, people) = parse(body, href: href) else { ifMatch = etag ?? "*"; continue }
                if server.uid != uid {
                    // Another event lives at this path: use another one.
                    href = newKey(uid + "-" + String(UUID().uuidString.prefix(8)))
                    ifMatch = nil
                    continue
                }
                let serverHash = hash(server)
                if serverHash == h || prefer == .server {
                    // Already there (a sync killed after its PUT), or changed on both sides.
                    try store.syncWrite { db in
                        if serverHash != h {
                            try Store.saveFromServer(db, server, people: people)
                            try keepConflictCopy(db, local)
                        }
                        try Store.record(db, SyncResource(uid: uid, href: href, etag: etag, hash: serverHash))
                        try Store.clearMark(db, uid: uid, version: serverHash == h ? version : nil)
                    }
                    return
                }
                ifMatch = etag ?? "*"
            }
        }
        throw PlannerError.unreachable(Catalogue.syncGaveUp(href)(lang))
    }

    private func pushDeletion(_ res: SyncResource, version: Int?) throws {
        switch try client.delete(url(res.href), ifMatch: res.etag) {
        case .done, .notFound:
            try store.syncWrite { db in
                try Store.forgetResource(db, uid: res.uid)
                try Store.clearMark(db, uid: res.uid, version: version)
            }
            report.sentDeletions += 1
        case .preconditionFailed:
            // Edited on the server after our last sync: the edit wins and comes back here.
            guard let (body, etag) = try client.get(url(res.href)), let (server, people) = parse(body, href: res.href) else {
                try store.syncWrite { db in try Store.forgetResource(db, uid: res.uid) }
                return
            }
            try store.syncWrite { db in
                try Store.saveFromServer(db, server, people: people)
                try Store.record(db, SyncResource(uid: res.uid, href: res.href, etag: etag, hash: hash(server)))
                try Store.clearMark(db, uid: res.uid, version: version)
            }
            report.keptEdits.append(server.title)
        }
    }
}
