import Foundation

/// JSON written straight into UTF-8 bytes, value by value, in the one layout the planner
/// prints (`JSONValue.serialized` goes through it): compact, or pretty-printed with objects'
/// members and arrays' items on their own lines, `"key": value`, empty containers as `{}` and
/// `[]`. The agenda's JSON (thousands of occurrences) is streamed through it without first
/// building a `JSONValue` tree.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    let indent: Int?
    /// The open containers, innermost last: whether it is an array, and how many items or
    /// members it has so far.
    private var open: [(array: Bool, count: Int)] = []

    public init(indent: Int?, capacity: Int = 256) {
        self.indent = indent
        bytes.reserveCapacity(capacity)
    }

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() { container("{") }
    public mutating func endObject() { close("}") }
    public mutating func beginArray() { container("[") }
    public mutating func endArray() { close("]") }

    /// A member's key; its value is the next value written.
    public mutating func key(_ k: String) {
        item()
        escape(k)
        bytes.append(UInt8(ascii: ":"))
        if indent != nil { bytes.append(UInt8(ascii: " ")) }
    }

    public mutating func string(_ s: String) {
        valuePrefix()
        escape(s)
    }

    public mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    public mutating func strings(_ list: [String]) {
        beginArray()
        for s in list { string(s) }
        endArray()
    }

    public mutating func null() { raw("null") }
    public mutating func bool(_ b: Bool) { raw(b ? "true" : "false") }
    public mutating func int(_ i: Int) { raw(String(i)) }

    private mutating func raw(_ s: String) {
        valuePrefix()
        bytes.append(contentsOf: s.utf8)
    }

    private mutating func container(_ opening: Character) {
        valuePrefix()
        bytes.append(opening.asciiValue!)
        open.append((false, 0))
        open[open.count - 1].array = opening == "["
    }

    private mutating func close(_ closing: Character) {
        let c = open.removeLast()
        if c.count > 0 { newline(open.count) }
        bytes.append(closing.asciiValue!)
    }

    /// Before a value: inside an array it is a new item (a member's value follows its key).
    private mutating func valuePrefix() {
        if let last = open.last, last.array { item() }
    }

    /// A new item or member of the innermost container: the comma, the line and indent.
    private mutating func item() {
        guard !open.isEmpty else { return }
        if open[open.count - 1].count > 0 { bytes.append(UInt8(ascii: ",")) }
        open[open.count - 1].count += 1
        newline(open.count)
    }

    private mutating func newline(_ level: Int) {
        guard let indent else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A JSON string: `"` and `\` escaped, newline, CR and tab as `\n` `\r` `\t`, every other
    /// C0 and C1 control and DEL as `\u00XX` (a reader gets them back; a terminal showing the
    /// output never sees them raw).
    mutating func escape(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = s
        text.withUTF8 { b in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                switch c {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
                case 0x00..<0x20, 0x7F: unicodeEscape(c)
                case 0xC2 where i + 1 < n && b[i + 1] >= 0x80 && b[i + 1] <= 0x9F:
                    i += 1
                    unicodeEscape(b[i])  // a C1 control, U+0080…U+009F
                default: bytes.append(c)
                }
                i += 1
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func unicodeEscape(_ v: UInt8) {
        bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), Self.hex[Int(v >> 4)], Self.hex[Int(v & 0xF)]])
    }
}
