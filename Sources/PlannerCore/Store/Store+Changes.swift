import Foundation
import GRDB

/// Saving an `EventChange` (from `EventDraft`): in one transaction, the people and series
/// the user typed are resolved (new ones added), the event is validated, the undo step
/// recorded and the event written. Either all of it is written or nothing.
extension Store {
    @discardableResult
    public func save(_ change: EventChange, label: UndoLabel) throws -> Event {
        try write { db in
            var e = change.event
            let home = e.cities.first ?? "TLS"
            if let people = change.people { e.people = try Store.personIds(db, people, home: home) }
            if let series = change.series { e.series = try Store.seriesId(db, series, kind: e.kind) }
            if let op = change.occurrencePeople, let i = e.overrides.firstIndex(where: { $0.recurrenceId == op.recurrenceId }) {
                e.overrides[i].people = try Store.personIds(db, op.people, home: e.overrides[i].cities?.first ?? home)
            }
            try Store.validate(db, e)
            try Store.journal(db, label: label, uids: [e.uid])
            try Store.upsert(db, e)
            return e
        }
    }

    /// Parses, validates and saves a draft: the command line's `add` and `edit`. The cities
    /// are the store's; the first problem is thrown (exit 2) and nothing is written.
    @discardableResult
    public func save(_ draft: EventDraft, for target: EventDraft.Target, zone: TimeZone, today: LocalDate,
                     now: Date = Date(), label: UndoLabel) throws -> Event {
        let names = Dictionary(uniqueKeysWithValues: try cities().map { ($0.id, $0.name) })
        switch draft.change(for: target, zone: zone, today: today, now: now, cities: names) {
        case .failure(let errors): throw errors.plannerError
        case .success(let change): return try save(change, label: label)
        }
    }

}
