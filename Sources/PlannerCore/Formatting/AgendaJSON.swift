import Foundation

/// The JSON agenda of CONTRACT.md (`agenda --format json`): the window, the display zone,
/// and each occurrence once, with times carrying their UTC offset in the display zone.
public enum AgendaJSON {
    public static func render(_ occurrences: [Occurrence], from: LocalDate, to: LocalDate, context c: AgendaContext) -> String {
        let items: [JSONValue] = occurrences.map { o in
            let e = o.event
            let start: String, end: String
            if o.allDay {
                start = LocalDate(o.start, in: e.zone).description
                end = LocalDate(o.end, in: e.zone).description
            } else {
                start = TimeFormatting.rfc3339(o.start, in: c.zone)
                end = TimeFormatting.rfc3339(o.end, in: c.zone)
            }
            let recurrenceId: JSONValue = o.recurrenceId.map {
                .string(o.allDay ? LocalDate($0, in: e.zone).description : TimeFormatting.rfc3339($0, in: c.zone))
            } ?? .null
            return .object([
                ("uid", .string(e.uid)),
                ("title", .string(e.title)),
                ("start", .string(start)),
                ("end", .string(end)),
                ("allDay", .bool(o.allDay)),
                ("cities", .strings(e.cities.map { c.cityNames[$0] ?? $0 })),
                ("office", .string(e.office.rawValue)),
                ("kind", .string(e.kind.rawValue)),
                ("series", .optional(e.series)),
                ("people", .strings(e.people)),
                ("recurring", .bool(e.isRecurring)),
                ("recurrenceId", recurrenceId),
            ])
        }
        let doc: JSONValue = .object([
            ("from", .string(from.description)),
            ("to", .string(to.description)),
            ("timeZone", .string(c.zone.identifier)),
            ("occurrences", .array(items)),
        ])
        return doc.serialized(indent: 2) + "\n"
    }
}
