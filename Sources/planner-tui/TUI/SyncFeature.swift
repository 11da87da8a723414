import Foundation
import PlannerCore

/// Sync in the TUI: `S` starts a sync that runs on its own thread (the screen stays live),
/// a progress line shows while it runs, its result becomes the message; the status line
/// shows the last sync time and the local changes waiting; `config --sync-every` starts
/// one automatically. The state machine sees only values: `SyncStatus` in the state,
/// `.startSync` as an effect, `.syncProgress` / `.syncFinished` as messages.
struct SyncStatus: Equatable {
    /// A server is configured (else `S` says how to configure one).
    var configured = false
    var lastSync: Date?
    var pending = 0
    var every: TimeInterval?
    var running = false
    var progress: String?
}

enum SyncFeature {
    /// The stored part of the status, read with each load that replaces what is in memory
    /// (an extension keeps it: it is taken only when nothing was written since). The changes
    /// waiting are not counted here: counting them reads every event, so it is a separate
    /// read after the days on screen (`.countPendingSync`), and only when a server is set.
    static func status(_ store: Store) throws -> SyncStatus {
        let c = try store.syncConfiguration()
        return SyncStatus(configured: c.url != nil, lastSync: c.lastSync, every: c.every)
    }

    /// `S`, or the automatic period elapsed.
    static func start(_ state: AppState) -> (AppState, [Effect]) {
        var s = state
        guard s.sync.configured else {
            s.message = Catalogue.syncNotConfiguredTUI(s.lang)
            s.messageIsError = true
            return (s, [])
        }
        guard !s.sync.running else { s.message = Catalogue.syncAlreadyRunning(s.lang); return (s, []) }
        s.sync.running = true
        s.sync.progress = Catalogue.syncRunning(s.lang)
        return (s, [.startSync])
    }

    /// Whether an automatic sync is due at `now`.
    static func due(_ s: AppState, now: Date) -> Bool {
        guard s.sync.configured, !s.sync.running, let every = s.sync.every else { return false }
        return now.timeIntervalSince(s.sync.lastSync ?? .distantPast) >= every
    }

    static func progress(_ state: AppState, _ text: String) -> (AppState, [Effect]) {
        var s = state
        if s.sync.running { s.sync.progress = text }
        return (s, [])
    }

    static func finished(_ state: AppState, _ text: String, failed: Bool) -> (AppState, [Effect]) {
        var s = state
        s.sync.running = false
        s.sync.progress = nil
        if failed { s.sync.lastSync = Date() } // an automatic sync waits a period before trying again
        s.message = text
        s.messageIsError = failed
        return Update.invalidating(s)
    }

    /// In the details of a conflict copy: both versions side by side, this copy (yours) and the
    /// event it is a version of (the server's), field by field where they differ.
    static func conflictCopyLines(_ o: Occurrence, _ s: AppState, width: Int) -> [(text: String, style: TextStyle)] {
        guard let originalUid = o.event.conflictOf else { return [] }
        let lang = s.lang
        var out: [(String, TextStyle)] = [("", .plain), (Catalogue.syncDetailsHeading(lang), TextStyle(role: .error, bold: true))]
        guard let original = s.all.first(where: { $0.uid == originalUid && $0.recurrenceId == o.recurrenceId }) else {
            out.append((DisplayWidth.fit(Catalogue.syncDetailsOriginalGone(originalUid)(lang), to: width), .plain))
            return out
        }
        let ctx = AgendaContext(lang: lang, zone: s.zone, cityNames: s.cityNames)
        let half = max(10, (width - 3) / 2)
        func row(_ a: String, _ b: String, _ style: TextStyle = .plain) {
            out.append((DisplayWidth.fit(a, to: half) + " │ " + DisplayWidth.fit(b, to: half), style))
        }
        row(Catalogue.syncDetailsYours(lang), Catalogue.syncDetailsServer(lang), .bold)
        let day = LocalDate(o.start, in: s.zone), originalDay = LocalDate(original.start, in: s.zone)
        let pairs: [(String, String)] = [
            (o.title, original.title),
            ("\(day) " + ctx.timeRange(o, on: day), "\(originalDay) " + ctx.timeRange(original, on: originalDay)),
            (ctx.cityList(o.event.cities), ctx.cityList(original.event.cities)),
            (o.event.people.map { s.personNames[$0] ?? $0 }.joined(separator: ", "), original.event.people.map { s.personNames[$0] ?? $0 }.joined(separator: ", ")),
            (o.event.description, original.event.description),
        ]
        for (a, b) in pairs where !(a.isEmpty && b.isEmpty) { row(a, b, a == b ? .plain : .bold) }
        out.append((DisplayWidth.fit(Catalogue.syncDetailsHowToKeep(lang), to: width), .plain))
        return out
    }

    /// The right part of the status line: progress while running, else last sync and waiting changes.
    static func statusText(_ s: AppState) -> String? {
        guard s.sync.configured else { return nil }
        if s.sync.running { return s.sync.progress }
        let last = s.sync.lastSync.map { date -> String in
            let day = LocalDate(date, in: s.zone)
            let clock = TimeFormatting.clock(date, in: s.zone)
            return day == s.today ? clock : "\(day) \(clock)"
        }
        return Catalogue.syncStatus(lastSync: last, pending: s.sync.pending)(s.lang)
    }
}

/// Runs syncs off the key loop and hands their progress and result back as messages.
final class SyncWorker: @unchecked Sendable {
    private let lock = NSLock()
    private var mailbox: [Message] = []
    private var thread: Thread?

    /// Starts a sync on its own thread (the effect returns at once).
    func start(store: Store, lang: Language, zone: TimeZone) {
        let t = Thread { [self] in
            let outcome: Message
            do {
                let context = try SyncCommand.importContext(store: store, zone: zone)
                let report = try Sync.run(store: store, request: SyncRequest(), lang: lang, context: context) { [self] step in
                    post(.syncProgress(step(lang)))
                }
                var text = Catalogue.syncSummary(report)(lang)
                if let w = report.warnings.first { text += " · " + Catalogue.syncWarningLine(w)(lang) }
                outcome = .syncFinished(text, failed: false)
            } catch let e as PlannerError {
                outcome = .syncFinished(Catalogue.syncFailed(e.description)(lang), failed: true)
            } catch {
                outcome = .syncFinished(Catalogue.syncFailed("\(error)")(lang), failed: true)
            }
            post(outcome)
        }
        lock.lock()
        thread = t
        lock.unlock()
        t.start()
    }

    private func post(_ m: Message) {
        lock.lock()
        mailbox.append(m)
        lock.unlock()
    }

    /// The messages posted since the last call.
    func drain() -> [Message] {
        lock.lock()
        defer { lock.unlock() }
        let out = mailbox
        mailbox = []
        return out
    }
}
