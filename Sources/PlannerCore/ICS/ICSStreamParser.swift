import Foundation

/// The streaming half of `ICSParser`: content lines split on bytes, and components built
/// line by line, the children of each top-level VCALENDAR handed out as soon as they close
/// (an import never holds the whole tree). Problems go to two lists kept apart, those of
/// unfolding (UTF-8, NUL) and those of structure, so that together they read as when the
/// whole file was unfolded first and parsed next.
extension ICSParser {
    /// What one pass over an input found, besides the components handed out.
    struct Pass {
        /// Top-level components (calendars without the children handed out, and others).
        var top: [ICSComponent]
        let unfolding: ICSDiagnostics
        let structure: ICSDiagnostics
        /// Where the last logical line started.
        var lastLine: Int?

        /// The VCALENDARs, after reporting the other top-level components; throws when there
        /// is none.
        func calendars() throws(ICSError) -> [ICSComponent] {
            var calendars: [ICSComponent] = []
            for c in top {
                if c.name == "VCALENDAR" { calendars.append(c) } else { try structure.report(c.line, .notInCalendar(c.name)) }
            }
            guard !calendars.isEmpty else { throw ICSError(line: 1, .notCalendar) }
            return calendars
        }

        /// Replays the problems found into `target`: in strict mode, throws the first one.
        func report(into target: ICSDiagnostics) throws(ICSError) {
            for d in unfolding.all + structure.all { try target.report(d.line, d.problem) }
        }
    }

    /// A child of a top-level calendar, handed out when it closes, with the number of that
    /// calendar in the file (0 for the first) and the calendar's properties read so far.
    typealias Deliver = (_ child: ICSComponent, _ calendar: Int, _ calendarSoFar: ICSComponent) throws(ICSError) -> Void

    /// Reads the whole input; with `deliver`, the children of top-level calendars go there
    /// instead of into their calendar. Problems are collected, never thrown.
    static func pass(_ input: ICSInput, deliver: Deliver?) throws(ICSError) -> Pass {
        let unfolding = ICSDiagnostics(strict: false), structure = ICSDiagnostics(strict: false)
        var builder = ComponentBuilder(diagnostics: structure, deliver: deliver)
        var unfolder = ICSUnfolder(diagnostics: unfolding)
        let emit: ICSUnfolder.Emit = { (n, bytes) throws(ICSError) in try builder.line(n, bytes) }
        // A file cut short while it is read is refused at the line reached, whatever the mode.
        try input.forEachChunk(shortened: { ICSError(line: (unfolder.lastLine ?? 0) + 1, .fileChanged) }) { (chunk) throws(ICSError) in
            try unfolder.feed(chunk, emit)
        }
        try unfolder.finish(emit)
        try builder.finish(lastLine: unfolder.lastLine)
        return Pass(top: builder.top, unfolding: unfolding, structure: structure, lastLine: unfolder.lastLine)
    }

    /// Builds components from logical lines (the structure rules of `parse`).
    struct ComponentBuilder {
        let diagnostics: ICSDiagnostics
        let deliver: Deliver?
        var stack: [ICSComponent] = []
        var top: [ICSComponent] = []
        /// Inside components skipped for nesting too deeply.
        var ignoredDepth = 0
        /// Top-level VCALENDARs begun so far.
        var calendarsBegun = 0

        init(diagnostics: ICSDiagnostics, deliver: Deliver?) {
            self.diagnostics = diagnostics
            self.deliver = deliver
        }

        mutating func line(_ n: Int, _ bytes: UnsafeBufferPointer<UInt8>) throws(ICSError) {
            let parsed: ICSProperty
            if let p = ICSParser.property(bytes: bytes, line: n) {
                parsed = p
            } else {
                // The rare line that does not parse: the text path reports or mends it.
                guard let p = try ICSParser.lenientProperty(String(decoding: bytes, as: UTF8.self), line: n, diagnostics: diagnostics) else { return }
                parsed = p
            }
            try add(parsed, line: n)
        }

        mutating func add(_ p: ICSProperty, line n: Int) throws(ICSError) {
            let isBegin = p.name == "BEGIN", isEnd = p.name == "END"
            // The component name, for BEGIN and END lines only (the others are most lines).
            let kind = isBegin || isEnd ? p.value.uppercased().trimmedWhitespace : ""
            if ignoredDepth > 0 {
                if isBegin { ignoredDepth += 1 } else if isEnd { ignoredDepth -= 1 }
                return
            }
            if isBegin {
                guard !kind.isEmpty else { try diagnostics.report(n, .beginWithoutName); return }
                guard stack.count < maxDepth else { try diagnostics.report(n, .nestedTooDeep); ignoredDepth = 1; return }
                if stack.isEmpty && kind == "VCALENDAR" { calendarsBegun += 1 }
                stack.append(ICSComponent(name: kind, properties: [], children: [], line: n, endLine: n))
            } else if isEnd {
                guard let at = stack.lastIndex(where: { $0.name == kind }) else {
                    // `END:VCALENDARD`, `END:VEVNT`: closes nothing; what is open is closed later.
                    try diagnostics.report(n, .unmatchedEnd(kind))
                    return
                }
                while stack.count - 1 > at {
                    try diagnostics.report(n, .unclosed(stack.last!.name, line: stack.last!.line))
                    try close(n)
                }
                try close(n)
            } else {
                guard !stack.isEmpty else { try diagnostics.report(n, .propertyOutsideCalendar(p.name)); return }
                stack[stack.count - 1].properties.append(p)
            }
        }

        mutating func close(_ n: Int) throws(ICSError) {
            var done = stack.removeLast()
            done.endLine = n
            if stack.isEmpty {
                top.append(done)
            } else if let deliver, stack.count == 1, stack[0].name == "VCALENDAR" {
                try deliver(done, calendarsBegun - 1, stack[0])
            } else {
                stack[stack.count - 1].children.append(done)
            }
        }

        /// Closes what the file left open.
        mutating func finish(lastLine: Int?) throws(ICSError) {
            while let open = stack.last {
                try diagnostics.report(lastLine ?? 1, .unclosed(open.name, line: open.line))
                try close(lastLine ?? 1)
            }
        }
    }

    /// Splits one logical line (valid UTF-8) into name, parameters and value without going
    /// through `Character`s; nil when the line is malformed (`property(_:line:)` then says why).
    static func property(bytes b: UnsafeBufferPointer<UInt8>, line: Int) -> ICSProperty? {
        let n = b.count
        @inline(__always) func isNameChar(_ c: UInt8) -> Bool {
            (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F
        }
        @inline(__always) func text(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self)
        }
        func upper(_ from: Int, _ to: Int) -> String {
            var i = from
            while i < to && !(b[i] >= 0x61 && b[i] <= 0x7A) { i += 1 }
            if i == to { return text(from, to) }
            return String(decoding: b[from..<to].map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
        }
        var i = 0
        while i < n && isNameChar(b[i]) { i += 1 }
        guard i > 0 else { return nil }
        let name = upper(0, i)
        var params: [(String, [String])] = []
        while i < n && b[i] == 0x3B {   // ;
            i += 1
            let nameStart = i
            while i < n && isNameChar(b[i]) { i += 1 }
            guard i > nameStart, i < n, b[i] == 0x3D else { return nil }   // =
            let pname = upper(nameStart, i)
            i += 1
            var values: [String] = []
            while true {
                if i < n && b[i] == 0x22 {   // "
                    i += 1
                    let start = i
                    while i < n && b[i] != 0x22 { i += 1 }
                    guard i < n else { return nil }
                    values.append(text(start, i))
                    i += 1
                } else {
                    let start = i
                    while i < n && b[i] != 0x2C && b[i] != 0x3B && b[i] != 0x3A {
                        if b[i] == 0x22 { return nil }
                        i += 1
                    }
                    values.append(text(start, i))
                }
                if i < n && b[i] == 0x2C { i += 1; continue }
                break
            }
            params.append((pname, values))
        }
        guard i < n, b[i] == 0x3A else { return nil }   // :
        return ICSProperty(name: name, parameters: params, value: text(i + 1, n), line: line)
    }
}
