import Foundation

/// Removing terminal control characters from text that came from outside (a partner's
/// calendar, a typed title): RFC 5545 forbids them in TEXT, and printed raw they drive the
/// reader's terminal (`ESC ]0;…` retitles it, OSC 52 writes the clipboard). C0 and C1
/// controls and DEL go, tab and newline stay. Import, add/edit and every text output
/// (agenda text, HTML, JSON, ICS, TUI) apply it.
extension String {
    /// Whether a scalar is a control character to remove (not tab, not newline).
    @inline(__always)
    static func isRemovedControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v < 0x20 && v != 0x09 && v != 0x0A) || (v >= 0x7F && v <= 0x9F)
    }

    /// On UTF-8 bytes (every text an import saves is checked): a C0 control or DEL is one
    /// byte, a C1 control is `C2 80`…`C2 9F`.
    public var hasControlCharacters: Bool {
        var previous: UInt8 = 0
        for b in utf8 {
            if (b < 0x20 && b != 0x09 && b != 0x0A) || b == 0x7F || (previous == 0xC2 && b <= 0x9F && b >= 0x80) { return true }
            previous = b
        }
        return false
    }

    /// The text without C0/C1 control characters, tab and newline aside.
    public var removingControlCharacters: String {
        guard hasControlCharacters else { return self }
        var out = String.UnicodeScalarView()
        for s in unicodeScalars where !String.isRemovedControl(s) { out.append(s) }
        return String(out)
    }
}

extension Event {
    /// The event with control characters removed from every text a person reads (title,
    /// description, overrides' texts, kept lines): what the store saves, whatever the path.
    public var withoutControlCharacters: Event {
        var e = self
        e.title = title.removingControlCharacters
        e.description = description.removingControlCharacters
        e.extraProperties = extraProperties.map(\.removingControlCharacters)
        e.overrides = overrides.map { o in
            var o = o
            o.title = o.title?.removingControlCharacters
            o.description = o.description?.removingControlCharacters
            return o
        }
        return e
    }
}
