import Foundation

/// Finds lines in a JSON text, so that a refused instance file is reported as
/// `FILE:LINE: reason` like a calendar file: the line of the first syntax error, or the line
/// where the value at a coding path (`events[3].cities[1]`) starts. A small iterative-depth
/// scanner of its own: Foundation's decoders do not say where things are.
struct JSONLocator {
    enum Component: Equatable {
        case key(String)
        case index(Int)
    }

    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var path: [Component] = []
    private let target: [Component]?
    private var found: Int?
    private var foundDepth = -1
    static let maxDepth = 256

    private init(_ data: Data, target: [Component]?) {
        bytes = [UInt8](data)
        self.target = target
    }

    struct SyntaxError: Error { var line: Int }

    /// The line of the first syntax error (nil when the text is valid JSON).
    static func syntaxErrorLine(in data: Data) -> Int? {
        var l = JSONLocator(data, target: nil)
        do {
            try l.document()
            return nil
        } catch let e as SyntaxError {
            return e.line
        } catch {
            return 1
        }
    }

    /// The line where the value at `path` starts (the closest existing parent otherwise).
    static func line(of path: [Component], in data: Data) -> Int? {
        var l = JSONLocator(data, target: path)
        try? l.document()
        return l.found
    }

    static func components(_ keys: [CodingKey]) -> [Component] {
        keys.map { k in k.intValue.map(Component.index) ?? .key(k.stringValue) }
    }

    private mutating func document() throws {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        try value(depth: 0)
        skipSpace()
        if i < bytes.count { throw SyntaxError(line: line) }
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x0A: line += 1; i += 1
            case 0x20, 0x09, 0x0D: i += 1
            default: return
            }
        }
    }

    private mutating func expect(_ b: UInt8) throws {
        skipSpace()
        guard i < bytes.count, bytes[i] == b else { throw SyntaxError(line: line) }
        i += 1
    }

    private mutating func value(depth: Int) throws {
        skipSpace()
        guard i < bytes.count, depth < Self.maxDepth else { throw SyntaxError(line: line) }
        // One pass finds the deepest part of the target path that exists.
        if let t = target, path.count > foundDepth, t.starts(with: path) {
            found = line
            foundDepth = path.count
        }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return }
            while true {
                skipSpace()
                let key = try string()
                try expect(UInt8(ascii: ":"))
                path.append(.key(key))
                try value(depth: depth + 1)
                path.removeLast()
                skipSpace()
                guard i < bytes.count else { throw SyntaxError(line: line) }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return }
                throw SyntaxError(line: line)
            }
        case UInt8(ascii: "["):
            i += 1
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return }
            var n = 0
            while true {
                path.append(.index(n))
                try value(depth: depth + 1)
                path.removeLast()
                n += 1
                skipSpace()
                guard i < bytes.count else { throw SyntaxError(line: line) }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return }
                throw SyntaxError(line: line)
            }
        case UInt8(ascii: "\""):
            _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            let start = i
            while i < bytes.count, "+-0123456789.eE".utf8.contains(bytes[i]) { i += 1 }
            if i == start { throw SyntaxError(line: line) }
        }
    }

    private mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else { throw SyntaxError(line: line) }
        i += w.count
    }

    private mutating func string() throws -> String {
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw SyntaxError(line: line) }
        i += 1
        let start = i
        var escaped = false
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { throw SyntaxError(line: line) }
            if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") {
                let s = String(decoding: bytes[start..<i], as: UTF8.self)
                i += 1
                return s
            }
            i += 1
        }
        throw SyntaxError(line: line)
    }
}
