import Foundation

/// RFC 5545 unfolding on bytes, fed in chunks of any size: physical lines end with CRLF, LF
/// or a lone CR; a line starting with a space or a tab continues the previous one. A fold,
/// a CRLF or a multi-byte UTF-8 character split across two chunks is mended, because the
/// state (the pending line end, the bytes of the line so far) survives between chunks.
/// Each logical line is handed out as valid UTF-8 bytes with the physical line where it
/// starts; NUL bytes are dropped (reported once), invalid UTF-8 is repaired with U+FFFD
/// (reported at the line), a leading byte-order mark is skipped.
struct ICSUnfolder {
    private enum State { case inLine, afterCR, afterLineEnd }

    /// Where problems go (`invalidUTF8`, `nulBytes`).
    let diagnostics: ICSDiagnostics
    /// The physical line being read.
    private(set) var physical = 1
    /// Where the last logical line handed out started.
    private(set) var lastLine: Int?
    private var state = State.inLine
    private var current: [UInt8] = []
    private var currentLine = 1
    private var started = false
    private var reportedNul = false
    /// The first bytes of the input, held until it is known whether they are a BOM.
    private var head: [UInt8] = []
    private var headDone = false

    init(diagnostics: ICSDiagnostics) {
        self.diagnostics = diagnostics
        current.reserveCapacity(256)
    }

    typealias Emit = (Int, UnsafeBufferPointer<UInt8>) throws(ICSError) -> Void

    /// Reads one chunk; complete logical lines go to `emit`.
    mutating func feed(_ chunk: UnsafeRawBufferPointer, _ emit: Emit) throws(ICSError) {
        var bytes = UnsafeBufferPointer(start: chunk.baseAddress?.assumingMemoryBound(to: UInt8.self), count: chunk.count)
        if !headDone {
            // A byte-order mark counts only at the very start of the file.
            let take = min(3 - head.count, bytes.count)
            head.append(contentsOf: bytes.prefix(take))
            bytes = UnsafeBufferPointer(rebasing: bytes[take...])
            guard head.count == 3 else { return }
            try releaseHead(emit)
        }
        try scan(bytes, emit)
    }

    /// Ends the input: the last line is handed out.
    mutating func finish(_ emit: Emit) throws(ICSError) {
        if !headDone { try releaseHead(emit) }
        try flush(emit)
        state = .inLine
    }

    private mutating func releaseHead(_ emit: Emit) throws(ICSError) {
        headDone = true
        let h = head
        head = []
        if h == [0xEF, 0xBB, 0xBF] { return }
        try h.withUnsafeBufferPointer { (b) throws(ICSError) in try scan(b, emit) }
    }

    private mutating func scan(_ p: UnsafeBufferPointer<UInt8>, _ emit: Emit) throws(ICSError) {
        let n = p.count
        var i = 0
        while i < n {
            switch state {
            case .afterCR:
                state = .afterLineEnd
                if p[i] == 0x0A { i += 1 }
            case .afterLineEnd:
                let b = p[i]
                state = .inLine
                if b == 0x20 || b == 0x09 {
                    // A fold: the next line continues this one, minus its first whitespace.
                    i += 1
                } else {
                    try flush(emit)
                }
            case .inLine:
                let start = i
                while i < n {
                    let b = p[i]
                    if b == 0x0D || b == 0x0A || b == 0 { break }
                    i += 1
                }
                if i > start {
                    if !started { started = true; currentLine = physical }
                    current.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<i]))
                }
                guard i < n else { break }
                let b = p[i]
                i += 1
                if b == 0 {
                    if !started { started = true; currentLine = physical }
                    if !reportedNul { try diagnostics.report(physical, .nulBytes); reportedNul = true }
                    continue
                }
                physical += 1
                state = b == 0x0D ? .afterCR : .afterLineEnd
            }
        }
    }

    private mutating func flush(_ emit: Emit) throws(ICSError) {
        guard started else { return }
        started = false
        defer { current.removeAll(keepingCapacity: true) }
        if !ICSUnfolder.isValidUTF8(current) {
            try diagnostics.report(currentLine, .invalidUTF8)
            current = Array(String(decoding: current, as: UTF8.self).utf8)
        }
        guard !current.isEmpty else { return }
        lastLine = currentLine
        try current.withUnsafeBufferPointer { (b) throws(ICSError) in try emit(currentLine, b) }
    }

    /// Whether bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
    /// nothing past U+10FFFF). ASCII, most of a calendar, takes the first loop only.
    static func isValidUTF8(_ b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            while i < n && p[i] < 0x80 { i += 1 }
            while i < n {
                let c = p[i]
                if c < 0x80 { i += 1; continue }
                func cont(_ k: Int) -> Bool { i + k < n && p[i + k] & 0xC0 == 0x80 }
                switch c {
                case 0xC2...0xDF:
                    guard cont(1) else { return false }
                    i += 2
                case 0xE0...0xEF:
                    guard cont(1), cont(2) else { return false }
                    let c1 = p[i + 1]
                    if c == 0xE0 && c1 < 0xA0 { return false }
                    if c == 0xED && c1 > 0x9F { return false }
                    i += 3
                case 0xF0...0xF4:
                    guard cont(1), cont(2), cont(3) else { return false }
                    let c1 = p[i + 1]
                    if c == 0xF0 && c1 < 0x90 { return false }
                    if c == 0xF4 && c1 > 0x8F { return false }
                    i += 4
                default:
                    return false
                }
            }
            return true
        }
    }
}
