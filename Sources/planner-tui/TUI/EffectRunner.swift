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

    init(store: Store, zone: TimeZone, lang: Language, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.store = store
        self.zone = zone
        self.lang = lang
        printDirectory = environment["PLANNER_PRINT_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.currentDirectoryPath
    }

    var fr: Bool { lang == .fr }

    /// The messages an effect produces (`.quit` produces none; the loop handles it).
    func run(_ effect: Effect) -> [Message] {
        do {
            switch effect {
            case .quit:
                return []
            case .load(let range):
                return [.loaded(try load(range))]
            case .save(let event, let people, let series, let label):
                let saved = try store.save(event, people: people, series: series, label: label)
                let verb: String
                switch label {
                case "add": verb = fr ? "Ajouté" : "Added"
                case "duplicate": verb = fr ? "Dupliqué" : "Duplicated"
                default: verb = fr ? "Enregistré" : "Saved"
                }
                return [.done(fr ? "\(verb) : « \(saved.title) » (u : annuler)" : "\(verb): “\(saved.title)” (u: undo)")]
            case .delete(let uid):
                let title = try store.event(uid: uid)?.title ?? uid
                try store.delete(uids: [uid], label: "delete")
                return [.done(fr ? "Supprimé : « \(title) » (u : annuler)" : "Deleted: “\(title)” (u: undo)")]
            case .deleteOccurrence(let uid, let rid):
                guard var event = try store.event(uid: uid) else { throw PlannerError.notFound("no event \(uid)") }
                event.excludeOccurrence(rid, at: Date())
                _ = try store.save(event, people: nil, series: nil, label: "delete occurrence")
                let day = CalendarNames.dayHeading(LocalDate(rid, in: event.allDay ? event.zone : zone), lang)
                return [.done(fr ? "Occurrence du \(day) supprimée (u : annuler)" : "Occurrence of \(day) deleted (u: undo)")]
            case .undo:
                guard let label = try store.undo() else {
                    return [.failed(fr ? "Rien à annuler" : "Nothing to undo")]
                }
                return [.done(fr ? "Annulé : \(Self.frenchLabel(label))" : "Undone: \(label)")]
            case .openEditor(let uid, let occurrence, let occurrenceOnly):
                guard let master = try store.event(uid: uid) else {
                    return [.failed(fr ? "Cet événement n'existe plus" : "This event no longer exists")]
                }
                return [.editorReady(master: master, occurrence: occurrence, occurrenceOnly: occurrenceOnly)]
            case .suggest(let people, let city, let from):
                let persons = try people.compactMap { try store.person(matching: $0) }
                guard !persons.isEmpty else { return [.suggestions([])] }
                let venue = try city.flatMap { try store.city(matching: $0)?.id }
                let slots = try store.freeSlots(people: persons, venue: venue, from: from, to: from.adding(days: 90), count: 5, zone: zone)
                return [.suggestions(slots.map(\.first))]
            case .setOwnOffice(let office):
                try store.setOwnOffice(office)
                return [.done(fr ? "Mon bureau : \(office.name(lang))" : "My office: \(office.name(lang))")]
            case .print(let week, let filter):
                let (text, html) = try store.printedWeek(week, lang: lang, zone: zone, filter: filter)
                let base = (printDirectory as NSString).appendingPathComponent("agenda-\(week)")
                try Data(text.utf8).write(to: URL(fileURLWithPath: base + ".txt"), options: .atomic)
                try Data(html.utf8).write(to: URL(fileURLWithPath: base + ".html"), options: .atomic)
                return [.done(fr ? "Imprimé : \(base).txt et \(base).html" : "Printed: \(base).txt and \(base).html")]
            }
        } catch {
            return [.failed(Self.describe(error))]
        }
    }

    /// The undo journal's labels (written in English by every command) as French words.
    static func frenchLabel(_ label: String) -> String {
        let words = ["add": "ajout", "edit": "modification", "delete": "suppression", "delete occurrence": "suppression d'une occurrence",
                     "duplicate": "duplication", "import": "import", "plan": "placement", "reset": "réinitialisation", "save": "enregistrement"]
        return words[label] ?? label
    }

    static func describe(_ error: Error) -> String {
        if let e = error as? PlannerError { return e.description }
        if let e = error as? CocoaError, let path = e.filePath { return "cannot write \(path): \(e.localizedDescription)" }
        return "\(error)"
    }

    /// Occurrences of a day range with the names and conflicts the views show.
    func load(_ range: Range<LocalDate>) throws -> LoadedData {
        // One read a day wider on each side: conflicts need the evening before (travel), the
        // views need only the range.
        let wide = try store.occurrences(from: range.lowerBound.adding(days: -1).startInstant(in: zone),
                                         to: range.upperBound.adding(days: 1).startInstant(in: zone))
        let occ = wide.filter { $0.overlaps(from: range.lowerBound.startInstant(in: zone), to: range.upperBound.startInstant(in: zone)) }
        let holidays = try store.holidayNames(from: range.lowerBound.adding(days: -1), to: range.upperBound)
        var names = AppNames(cities: [:], people: [:], series: [:])
        for c in try store.cities() { names.cities[c.id] = c.name }
        for p in try store.people() { names.people[p.id] = p.name }
        for s in try store.series() { names.series[s.id] = s.name }
        let found = ConflictFinder(travel: RoadTravel(distances: try store.distances()), holidays: holidays, zone: zone).conflicts(in: wide)
        var conflicts: [String: [String]] = [:]
        var all = names.cities
        all.merge(names.people) { a, _ in a }
        for c in found {
            let text = c.message(lang, names: all)
            for uid in c.uids { conflicts[ConflictKey.make(uid, c.day), default: []].append(text) }
        }
        return LoadedData(range: range, occurrences: occ, holidays: holidays, conflicts: conflicts,
                          names: names, ownOffice: try store.ownOffice(), revision: try store.revision(),
                          undoLabel: try store.lastUndoLabel())
    }
}

/// Conflicts are keyed by event and day, so one clashing occurrence of a weekly workshop does
/// not mark all the others.
enum ConflictKey {
    static func make(_ uid: String, _ day: LocalDate) -> String { "\(uid) \(day)" }
}
