import Foundation
@testable import PlannerCore

/// The parser as it was before it read bytes in a stream (commit 7d12fb7): the whole file
/// unfolded into `String` lines first, then parsed into a tree. Kept as the reference the
/// streaming parser is compared with (ICSStreamingTests).
enum LegacyICSParser {
    static let maxDepth = ICSParser.maxDepth

    static func unfold(_ data: Data) throws(ICSError) -> [(Int, String)] {
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

    static func parse(_ data: Data, diagnostics: ICSDiagnostics) throws(ICSError) -> [ICSComponent] {
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
            guard let p = try ICSParser.lenientProperty(text, line: n, diagnostics: diagnostics) else { continue }
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
