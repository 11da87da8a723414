import Foundation

/// One content line of an iCalendar file, unfolded: `NAME;PARAM=VALUE:value`.
public struct ICSProperty: Equatable, Sendable {
    public var name: String
    /// Parameters in file order; names upper-cased, values unquoted.
    public var parameters: [(String, [String])]
    /// The raw value (still TEXT-escaped where the type is TEXT).
    public var value: String
    /// Physical line where this logical line starts.
    public var line: Int

    public func parameter(_ name: String) -> String? {
        parameters.first { $0.0 == name }?.1.first
    }

    public static func == (a: ICSProperty, b: ICSProperty) -> Bool {
        a.name == b.name && a.value == b.value && a.line == b.line
            && a.parameters.map(\.0) == b.parameters.map(\.0) && a.parameters.map(\.1) == b.parameters.map(\.1)
    }
}

/// A BEGIN/END block with its properties and nested components.
public struct ICSComponent: Sendable {
    public var name: String
    public var properties: [ICSProperty]
    public var children: [ICSComponent]
    public var line: Int
    public var endLine: Int

    public func first(_ name: String) -> ICSProperty? { properties.first { $0.name == name } }
    public func all(_ name: String) -> [ICSProperty] { properties.filter { $0.name == name } }
}

/// Reads RFC 5545 text into components. Unfolding works on bytes, before UTF-8 decoding, so
/// a fold inside a multi-byte character is mended; every error names its physical line.
/// Work is linear in the input and nesting is capped, so hostile files cannot hang it.
public enum ICSParser {
    static let maxDepth = 16

    /// Logical lines with the physical line number where each starts.
    public static func unfold(_ data: Data) throws(ICSError) -> [(Int, String)] {
        var lines: [(Int, String)] = []
        var current: [UInt8] = []
        var currentLine = 1
        var physical = 1
        var started = false
        let bytes = [UInt8](data)
        var i = 0
        // Skip a UTF-8 byte-order mark.
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
        func flush() throws(ICSError) {
            guard started else { return }
            guard let s = String(validating: current, as: UTF8.self) else { throw ICSError(line: currentLine, "invalid UTF-8 text") }
            if !s.isEmpty { lines.append((currentLine, s)) }
            current.removeAll(keepingCapacity: true)
            started = false
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0D || b == 0x0A {
                // End of a physical line (CRLF, LF or a lone CR).
                if b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                i += 1
                physical += 1
                if i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09) {
                    // A fold: the next line continues this one, minus its first whitespace.
                    i += 1
                    continue
                }
                try flush()
                continue
            }
            if !started { started = true; currentLine = physical }
            if b == 0 { throw ICSError(line: physical, "binary data (NUL byte) in a calendar file") }
            current.append(b)
            i += 1
        }
        try flush()
        return lines
    }

    /// Splits one logical line into name, parameters and value.
    public static func property(_ text: String, line: Int) throws(ICSError) -> ICSProperty {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func isNameChar(_ c: Unicode.Scalar) -> Bool {
            (c >= "A" && c <= "Z") || (c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c == "-"
        }
        while i < scalars.count && isNameChar(scalars[i]) { i += 1 }
        guard i > 0 else { throw ICSError(line: line, "invalid content line (no property name): \"\(text.prefix(40))\"") }
        let name = String(String.UnicodeScalarView(scalars[0..<i])).uppercased()
        var params: [(String, [String])] = []
        while i < scalars.count && scalars[i] == ";" {
            i += 1
            let nameStart = i
            while i < scalars.count && isNameChar(scalars[i]) { i += 1 }
            let pname = String(String.UnicodeScalarView(scalars[nameStart..<i])).uppercased()
            guard !pname.isEmpty, i < scalars.count, scalars[i] == "=" else {
                throw ICSError(line: line, "invalid parameter in \(name)")
            }
            i += 1
            var values: [String] = []
            while true {
                var v = String.UnicodeScalarView()
                if i < scalars.count && scalars[i] == "\"" {
                    i += 1
                    while i < scalars.count && scalars[i] != "\"" { v.append(scalars[i]); i += 1 }
                    guard i < scalars.count else { throw ICSError(line: line, "unterminated quoted parameter value in \(name)") }
                    i += 1
                } else {
                    while i < scalars.count && scalars[i] != "," && scalars[i] != ";" && scalars[i] != ":" {
                        if scalars[i] == "\"" { throw ICSError(line: line, "misplaced quote in a parameter of \(name)") }
                        v.append(scalars[i]); i += 1
                    }
                }
                values.append(String(v))
                if i < scalars.count && scalars[i] == "," { i += 1; continue }
                break
            }
            params.append((pname, values))
        }
        guard i < scalars.count, scalars[i] == ":" else { throw ICSError(line: line, "missing ':' after \(name)") }
        let value = String(String.UnicodeScalarView(scalars[(i + 1)...]))
        return ICSProperty(name: name, parameters: params, value: value, line: line)
    }

    /// Parses a whole file into its top-level components (normally one VCALENDAR).
    public static func parse(_ data: Data) throws(ICSError) -> [ICSComponent] {
        let lines = try unfold(data)
        var stack: [ICSComponent] = []
        var top: [ICSComponent] = []
        for (n, text) in lines {
            let p = try property(text, line: n)
            if p.name == "BEGIN" {
                let kind = p.value.uppercased().trimmingCharacters(in: .whitespaces)
                guard !kind.isEmpty else { throw ICSError(line: n, "BEGIN without a component name") }
                guard stack.count < maxDepth else { throw ICSError(line: n, "components nested too deeply") }
                stack.append(ICSComponent(name: kind, properties: [], children: [], line: n, endLine: n))
            } else if p.name == "END" {
                let kind = p.value.uppercased().trimmingCharacters(in: .whitespaces)
                guard var done = stack.popLast() else { throw ICSError(line: n, "END:\(kind) without BEGIN") }
                guard done.name == kind else {
                    throw ICSError(line: n, "END:\(kind) does not close BEGIN:\(done.name) at line \(done.line)")
                }
                done.endLine = n
                if stack.isEmpty { top.append(done) } else { stack[stack.count - 1].children.append(done) }
            } else {
                guard !stack.isEmpty else { throw ICSError(line: n, "property \(p.name) outside of BEGIN:VCALENDAR") }
                stack[stack.count - 1].properties.append(p)
            }
        }
        if let open = stack.last {
            throw ICSError(line: (lines.last?.0 ?? 1), "missing END:\(open.name) for BEGIN:\(open.name) at line \(open.line)")
        }
        guard !top.isEmpty else { throw ICSError(line: 1, "not an iCalendar file (no BEGIN:VCALENDAR)") }
        if let bad = top.first(where: { $0.name != "VCALENDAR" }) {
            throw ICSError(line: bad.line, "expected BEGIN:VCALENDAR, found BEGIN:\(bad.name)")
        }
        return top
    }
}
