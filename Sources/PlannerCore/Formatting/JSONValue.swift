import Foundation

/// A JSON value whose objects keep their keys in the written order, so that the shapes of
/// CONTRACT.md read the same in our output as in the documentation.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    public static func strings(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }
    public static func optional(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    /// Compact when `indent` is nil, else pretty-printed with that many spaces.
    public func serialized(indent: Int? = nil) -> String {
        var w = JSONWriter(indent: indent)
        write(into: &w)
        return w.text
    }

    /// Writes the value through `w` (its layout is the writer's).
    public func write(into w: inout JSONWriter) {
        switch self {
        case .null: w.null()
        case .bool(let b): w.bool(b)
        case .int(let i): w.int(i)
        case .string(let s): w.string(s)
        case .array(let items):
            w.beginArray()
            for item in items { item.write(into: &w) }
            w.endArray()
        case .object(let pairs):
            w.beginObject()
            for (k, v) in pairs {
                w.key(k)
                v.write(into: &w)
            }
            w.endObject()
        }
    }
}
