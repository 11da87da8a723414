import Foundation
import PlannerCore

/// Runs the state machine's effects against the store and turns their outcome into messages.
/// The loop and the tests share it, so a key pressed in a test goes through the same writes
/// as one pressed in a terminal.
struct EffectRunner {
    let store: Store
    let zone: TimeZone
    let lang: Language
    /// Where `P` writes the week (`$PLANNER_PRINT_DIR`, else the current folder).
    var printDirectory: String
    /// PATH and PRINTER for printing through CUPS.
    var environment: [String: String]
    /// Runs `S` syncs on their own thread; the loop drains its messages.
    let syncWorker = SyncWorker()

    init(store: Store, zone: TimeZone, lang: Language, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.store = store
        self.zone = zone
        self.lang = lang
        self.environment = environment
        printDirectory = environment["PLANNER_PRINT_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.currentDirectoryPath
    }

    /// The messages an effect produces (`.quit` produces none; the loop handles it).
    func run(_ effect: Effect) -> [Message] {
        do {
            switch effect {
            case .quit:
                return []
            case .countPendingSync:
                return [.syncPending(try store.pendingSyncChanges())]
            case .startSync:
                syncWorker.start(store: store, lang: lang, zone: zone)
                return []
            case .load(let range, let generation):
                var data = try load(range)
                data.generation = generation
                return [.loaded(data)]
            case .extend(let range, let kept, let generation):
                var data = try load(range, keeping: kept)
                data.generation = generation
                return [.loaded(data)]
            case .save(let change, let label):
                let uid = change.event.uid
                let before = try store.versions(of: [uid])
                let saved = try store.save(change, label: label)
                let recorded = SessionChange(what: Catalogue.tuiChange(label.rawValue, saved.title), uids: [uid], before: before,
                                             after: try store.versions(of: [uid]))
                switch label {
                case .add: return [.recorded(recorded), .done(Catalogue.tuiAdded(saved.title)(lang))]
                case .duplicate: return [.recorded(recorded), .done(Catalogue.tuiDuplicated(saved.title)(lang))]
                default: return [.recorded(recorded), .done(Catalogue.tuiSaved(saved.title)(lang))]
                }
            case .delete(let uid):
                let before = try store.versions(of: [uid])
                let title = before[uid]?.title ?? uid
                try store.delete(uids: [uid], label: .delete)
                let change = SessionChange(what: Catalogue.tuiChange("delete", title), uids: [uid], before: before, after: [:])
                return [.recorded(change), .done(Catalogue.tuiDeleted(title)(lang))]
            case .deleteOccurrence(let uid, let rid):
                let before = try store.versions(of: [uid])
                guard var event = before[uid] else { throw PlannerError.notFound(Catalogue.noEvent(uid: uid)) }
                event.excludeOccurrence(rid, at: Date())
                try store.save([event], label: .deleteOccurrence)
                let change = SessionChange(what: Catalogue.tuiChange("delete occurrence", event.title), uids: [uid], before: before,
                                           after: try store.versions(of: [uid]))
                let day = CalendarNames.dayHeading(LocalDate(rid, in: event.allDay ? event.zone : zone), lang)
                return [.recorded(change), .done(Catalogue.tuiOccurrenceDeleted(day)(lang))]
            case .revert(let change, let redo, let force):
                // Only when the events are still as this session left them, unless confirmed.
                let expected = redo ? change.before : change.after
                if !force, try store.versions(of: change.uids) != expected { return [.changedSince(change, redo: redo)] }
                try store.restore(uids: change.uids, to: redo ? change.after : change.before, label: redo ? .redo : .undo)
                return [.reverted(change, redo: redo), .done((redo ? Catalogue.tuiRedone(change.what) : Catalogue.tuiUndone(change.what))(lang))]
            case .openEditor(let uid, let occurrence, let occurrenceOnly):
                guard let master = try store.event(uid: uid) else {
                    return [.failed(Catalogue.tuiEventGone(lang))]
                }
                return [.editorReady(master: master, occurrence: occurrence, occurrenceOnly: occurrenceOnly)]
            case .suggest(let people, let city, let from):
                let persons = try people.compactMap { try store.person(matching: $0) }
                guard !persons.isEmpty else { return [.suggestions([])] }
                let venue = try city.flatMap { try store.city(matching: $0)?.id }
                let slots = try store.freeSlots(people: persons, venue: venue, from: from, to: from.adding(days: SlotSearch.formHorizonDays),
                                                count: SlotSearch.formSuggestions, zone: zone)
                return [.suggestions(slots.map(\.first))]
            case .setOwnOffice(let office):
                try store.setOwnOffice(office)
                return [.done(Catalogue.tuiOwnOffice(office)(lang))]
            case .quickAdd(let text):
                var names = QuickAdd.Names(cities: [:], people: [:])
                for c in try store.cities() { names.cities[c.id] = c.name }
                for p in try store.people() { names.people[p.id] = p.name }
                let today = UserInput.today(in: zone, env: environment)
                let parsed = try QuickAdd.parse(text, today: today, names: names)
                let saved = try store.save(parsed.draft, for: .new(office: try store.ownOffice() ?? .joint), zone: zone, today: today, label: .add)
                let change = SessionChange(what: Catalogue.tuiChange("add", saved.title), uids: [saved.uid], before: [:],
                                           after: try store.versions(of: [saved.uid]))
                return [.recorded(change), .done(parsed.summary(lang, names: names)), .jumpTo(saved.uid, parsed.day)]
            case .search(let text, let day, let generation):
                // From the day on screen (not the clock): what the user is looking at.
                return [.found(text, try store.search(text, around: day.startInstant(in: zone)), generation: generation)]
            case .print(let week, let filter):
                let (text, html) = try store.printedWeek(week, lang: lang, zone: zone, filter: filter)
                // Never over a previous print: agenda-2026-W48-2, -3... when the name is taken.
                let first = (printDirectory as NSString).appendingPathComponent("agenda-\(week)")
                var base = first
                var n = 1
                while FileManager.default.fileExists(atPath: base + ".txt") || FileManager.default.fileExists(atPath: base + ".html") {
                    n += 1
                    base = first + "-\(n)"
                }
                // Files always; paper too where CUPS is (PlannerCore.Printer).
                let outcome = try Printer(environment: environment, printerName: try store.printerName())
                    .print(text: text, html: html, base: base, title: CalendarNames.weekHeading(week, lang), lang: lang)
                return [.done(outcome.printer != nil ? outcome.message(lang) : (n == 1 ? Catalogue.tuiPrinted : Catalogue.tuiPrintedNew)(base + ".txt", base + ".html")(lang))]
            case .openPanel, .printPage, .createStop, .applyPlacement:
                return try runPanel(effect, today: UserInput.today(in: zone, env: environment))
            }
        } catch {
            return [.failed(Self.describe(error, lang))]
        }
    }

    static func describe(_ error: Error, _ lang: Language) -> String {
        if let e = error as? PlannerError { return e.message(lang) }
        if let e = error as? CocoaError, let path = e.filePath { return Catalogue.cannotWrite(path)(lang) }
        return "\(error)"
    }
}
