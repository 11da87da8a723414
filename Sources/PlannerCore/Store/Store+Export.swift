import Foundation
import GRDB

/// Export without holding the calendar in memory: the events to write are read in batches
/// from one snapshot, in file order (start, then uid), and handed to the writer one batch at
/// a time.
extension Store {
    /// Streams the events to export — all, or those with an occurrence in `[from, to)` —
    /// as `ICSWriter` text: `write` receives the header, each batch of events, the footer.
    public func exportICS(from: Date?, to: Date?, writer: ICSWriter, batchSize: Int = 1000, write: (String) throws -> Void) throws {
        var wanted: Set<String>?
        if let from, let to { wanted = Set(try occurrences(from: from, to: to).map(\.uid)) }
        try read { db in
            // First pass, on a few columns: the zones and the year each VTIMEZONE starts from.
            var zoneYears: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT uid, timeZone, startUtc FROM event WHERE allDay = 0 AND timeZone != 'UTC'") {
                if let wanted, !wanted.contains(row[0]) { continue }
                let id: String = row[1]
                guard let zone = TimeZone(identifier: id) else { continue }
                let y = LocalDate(Date(timeIntervalSince1970: row[2]), in: zone).year
                zoneYears[id] = min(zoneYears[id] ?? y, y)
            }
            try write(writer.header(zoneYears: zoneYears))
            // Each batch is written as text on a second thread while the next one is read
            // (export at 100,000 events spends about half its time on each side); batches
            // reach `write` in order, and at most two wait, so memory stays that of a few.
            try withoutActuallyEscaping(write) { write in
                let output = Unchecked((writer: writer, write: write))
                let worker = OrderedWorker(label: "planner.export")
                defer { worker.drain() }
                var batch: [EventRecord] = []
                func flush() throws {
                    let events = Unchecked(try Store.hydrate(db, batch))
                    batch.removeAll(keepingCapacity: true)
                    try worker.submit { try output.value.write(output.value.writer.body(events.value)) }
                }
                let cursor = try EventRecord.fetchCursor(db, sql: "SELECT * FROM event ORDER BY startUtc, uid")
                while let r = try cursor.next() {
                    if let wanted, !wanted.contains(r.uid) { continue }
                    batch.append(r)
                    if batch.count >= batchSize { try flush() }
                }
                if !batch.isEmpty { try flush() }
                try worker.finish()
            }
            try write(ICSWriter.footer)
        }
    }
}
