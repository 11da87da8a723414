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
/// a fold inside a multi-byte character is mended; every problem names its physical line.
/// Lenient by default: a line it cannot read is skipped, a component left open is closed,
/// each reported to `ICSDiagnostics` (which throws instead in strict mode). Work is linear in
/// the input and nesting is capped, so hostile files cannot hang it.
public enum ICSParser {
    static let maxDepth = 16

    /// Logical lines with the physical line number where each starts (strict: the first
    /// NUL byte or invalid UTF-8 is an error).
    public static func unfold(_ data: Data) throws(ICSError) -> [(Int, String)] {
        try unfold(data, diagnostics: ICSDiagnostics(strict: true))
    }

    static func unfold(_ data: Data, diagnostics: ICSDiagnostics) throws(ICSError) -> [(Int, String)] {
        var lines: [(Int, String)] = []
        var current: [UInt8] = []
        var currentLine = 1
        var physical = 1
        var started = false
        var reportedNul = false
        let bytes = [UInt8](data)
        var i = 0
        // Skip a UTF-8 byte-order mark.
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
        func flush() throws(ICSError) {
            guard started else { return }
            var s = String(validating: current, as: UTF8.self)
            if s == nil {
                try diagnostics.report(currentLine, .invalidUTF8)
                s = String(decoding: current, as: UTF8.self)
            }
            if let s, !s.isEmpty { lines.append((currentLine, s)) }
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
            if b == 0 {
                if !reportedNul { try diagnostics.report(physical, .nulBytes); reportedNul = true }
                i += 1
                continue
            }
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
            (c >= "A" && c <= "Z") || (c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c == "-" || c == "_"
        }
        while i < scalars.count && isNameChar(scalars[i]) { i += 1 }
        guard i > 0 else { throw ICSError(line: line, .noPropertyName(String(text.prefix(40)))) }
        let name = String(String.UnicodeScalarView(scalars[0..<i])).uppercased()
        var params: [(String, [String])] = []
        while i < scalars.count && scalars[i] == ";" {
            i += 1
            let nameStart = i
            while i < scalars.count && isNameChar(scalars[i]) { i += 1 }
            let pname = String(String.UnicodeScalarView(scalars[nameStart..<i])).uppercased()
            guard !pname.isEmpty, i < scalars.count, scalars[i] == "=" else { throw ICSError(line: line, .invalidParameter(name)) }
            i += 1
            var values: [String] = []
            while true {
                var v = String.UnicodeScalarView()
                if i < scalars.count && scalars[i] == "\"" {
                    i += 1
                    while i < scalars.count && scalars[i] != "\"" { v.append(scalars[i]); i += 1 }
                    guard i < scalars.count else { throw ICSError(line: line, .unterminatedQuote(name)) }
                    i += 1
                } else {
                    while i < scalars.count && scalars[i] != "," && scalars[i] != ";" && scalars[i] != ":" {
                        if scalars[i] == "\"" { throw ICSError(line: line, .misplacedQuote(name)) }
                        v.append(scalars[i]); i += 1
                    }
                }
                values.append(String(v))
                if i < scalars.count && scalars[i] == "," { i += 1; continue }
                break
            }
            params.append((pname, values))
        }
        guard i < scalars.count, scalars[i] == ":" else { throw ICSError(line: line, .missingColon(name)) }
        let value = String(String.UnicodeScalarView(scalars[(i + 1)...]))
        return ICSProperty(name: name, parameters: params, value: value, line: line)
    }

    /// A line that does not parse as it is, mended when whitespace inside its name is all
    /// that is wrong (`DTSTART ;TZID=…`, `X-APPLE STRUCTURED-LOCATION:…`).
    static func lenientProperty(_ text: String, line: Int, diagnostics: ICSDiagnostics) throws(ICSError) -> ICSProperty? {
        do {
            return try property(text, line: line)
        } catch {
            let cut = text.firstIndex { $0 == ":" || $0 == ";" } ?? text.endIndex
            let head = text[..<cut]
            if head.contains(where: { $0 == " " || $0 == "\t" }), !head.trimmedWhitespace.isEmpty {
                let mended = head.filter { $0 != " " && $0 != "\t" } + text[cut...]
                if let p = try? property(mended, line: line) {
                    try diagnostics.report(line, .spaceInName(String(head.prefix(40))))
                    return p
                }
            }
            try diagnostics.report(line, error.problem ?? .noPropertyName(String(text.prefix(40))))
            return nil
        }
    }

    /// Parses a whole file into its top-level components (normally one VCALENDAR). Strict:
    /// the first problem is an error.
    public static func parse(_ data: Data) throws(ICSError) -> [ICSComponent] {
        try parse(data, diagnostics: ICSDiagnostics(strict: true))
    }

    public static func parse(_ data: Data, diagnostics: ICSDiagnostics) throws(ICSError) -> [ICSComponent] {
        let lines = try unfold(data, diagnostics: diagnostics)
        var stack: [ICSComponent] = []
        var top: [ICSComponent] = []
        var ignoredDepth = 0   // inside components skipped for nesting too deeply
        func close(_ n: Int) {
            var done = stack.removeLast()
            done.endLine = n
            if stack.isEmpty { top.append(done) } else { stack[stack.count - 1].children.append(done) }
        }
        for (n, text) in lines {
            guard let p = try lenientProperty(text, line: n, diagnostics: diagnostics) else { continue }
            // The component name, for BEGIN and END lines only (the others are most lines).
            let kind = p.name == "BEGIN" || p.name == "END" ? p.value.uppercased().trimmedWhitespace : ""
            if ignoredDepth > 0 {
                if p.name == "BEGIN" { ignoredDepth += 1 } else if p.name == "END" { ignoredDepth -= 1 }
                continue
            }
            if p.name == "BEGIN" {
                guard !kind.isEmpty else { try diagnostics.report(n, .beginWithoutName); continue }
                guard stack.count < maxDepth else { try diagnostics.report(n, .nestedTooDeep); ignoredDepth = 1; continue }
                stack.append(ICSComponent(name: kind, properties: [], children: [], line: n, endLine: n))
            } else if p.name == "END" {
                guard let at = stack.lastIndex(where: { $0.name == kind }) else {
                    // `END:VCALENDARD`, `END:VEVNT`: closes nothing; what is open is closed later.
                    try diagnostics.report(n, .unmatchedEnd(kind))
                    continue
                }
                while stack.count - 1 > at {
                    try diagnostics.report(n, .unclosed(stack.last!.name, line: stack.last!.line))
                    close(n)
                }
                close(n)
            } else {
                guard !stack.isEmpty else { try diagnostics.report(n, .propertyOutsideCalendar(p.name)); continue }
                stack[stack.count - 1].properties.append(p)
            }
        }
        while let open = stack.last {
            try diagnostics.report(lines.last?.0 ?? 1, .unclosed(open.name, line: open.line))
            close(lines.last?.0 ?? 1)
        }
        var calendars: [ICSComponent] = []
        for c in top {
            if c.name == "VCALENDAR" { calendars.append(c) } else { try diagnostics.report(c.line, .notInCalendar(c.name)) }
        }
        guard !calendars.isEmpty else { throw ICSError(line: 1, .notCalendar) }
        return calendars
    }
}
