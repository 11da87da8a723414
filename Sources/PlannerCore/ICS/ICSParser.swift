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
        var unfolder = ICSUnfolder(diagnostics: diagnostics)
        let emit: ICSUnfolder.Emit = { (n, bytes) throws(ICSError) in lines.append((n, String(decoding: bytes, as: UTF8.self))) }
        try ICSInput(data: data).forEachChunk { (chunk) throws(ICSError) in try unfolder.feed(chunk, emit) }
        try unfolder.finish(emit)
        return lines
    }

    /// Splits one logical line into name, parameters and value (the text path, which also
    /// says what is wrong with a malformed line; `property(bytes:line:)` reads the others).
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
        try parse(ICSInput(data: data), diagnostics: diagnostics)
    }

    /// The whole tree of an input. Problems of unfolding come first, then those of structure
    /// (as when the file was unfolded whole before being parsed).
    static func parse(_ input: ICSInput, diagnostics: ICSDiagnostics) throws(ICSError) -> [ICSComponent] {
        let pass = try pass(input, deliver: nil)
        let calendars = Result { () throws(ICSError) in try pass.calendars() }
        try pass.report(into: diagnostics)
        return try calendars.get()
    }
}
