import Foundation

/// The JSON agenda of CONTRACT.md (`agenda --format json`): the window, the display zone,
/// and each occurrence once, with times carrying their UTC offset in the display zone.
/// Written occurrence by occurrence through `JSONWriter` (a month of a large calendar is
/// megabytes of JSON), in the layout of `JSONValue.serialized(indent: 2)`.
public enum AgendaJSON {
    public static func render(_ occurrences: [Occurrence], from: LocalDate, to: LocalDate, context c: AgendaContext) -> String {
        String(decoding: bytes(occurrences, from: from, to: to, context: c), as: UTF8.self)
    }

    /// The document as UTF-8 bytes, ending with a newline.
    public static func bytes(_ occurrences: [Occurrence], from: LocalDate, to: LocalDate, context c: AgendaContext) -> [UInt8] {
        var w = JSONWriter(indent: 2, capacity: 256 + occurrences.count * 480)
        w.beginObject()
        w.key("from"); w.string(from.description)
        w.key("to"); w.string(to.description)
        w.key("timeZone"); w.string(c.zone.identifier)
        w.key("occurrences")
        w.beginArray()
        for o in occurrences { write(o, into: &w, context: c) }
        w.endArray()
        w.endObject()
        var out = w.bytes
        out.append(UInt8(ascii: "\n"))
        return out
    }

    static func write(_ o: Occurrence, into w: inout JSONWriter, context c: AgendaContext) {
        let e = o.event
        func time(_ t: Date) -> String {
            o.allDay ? LocalDate(t, in: e.zone).description : TimeFormatting.rfc3339(t, in: c.zone)
        }
        w.beginObject()
        w.key("uid"); w.string(e.uid)
        w.key("title"); w.string(e.title)
        w.key("start"); w.string(time(o.start))
        w.key("end"); w.string(time(o.end))
        w.key("allDay"); w.bool(o.allDay)
        w.key("cities")
        w.beginArray()
        for id in e.cities { w.string(c.cityNames[id] ?? id) }
        w.endArray()
        w.key("office"); w.string(e.office.rawValue)
        w.key("kind"); w.string(e.kind.rawValue)
        w.key("series"); w.string(e.series)
        w.key("people"); w.strings(e.people)
        w.key("recurring"); w.bool(e.isRecurring)
        w.key("recurrenceId"); w.string(o.recurrenceId.map(time))
        w.endObject()
    }
}
