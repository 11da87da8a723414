// Whitespace trimming without Foundation: the same characters as
// `trimmingCharacters(in: .whitespaces)` (tab and the Unicode space separators, Zs), or of
// `.whitespacesAndNewlines` (those, line feed to carriage return, U+0085, Zl and Zp), on
// unicode scalars, returning the string itself when there is nothing to trim. The importer
// trims several values of every event; through NSString that was a sixth of an import.
extension StringProtocol {
    public var trimmedWhitespace: String { trimmed(newlines: false) }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    public var trimmedWhitespaceAndNewlines: String { trimmed(newlines: true) }

    private func trimmed(newlines: Bool) -> String {
        let whole = String(self)
        let scalars = whole.unicodeScalars
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            if s == "\t" || s == " " { return true }
            if newlines && ((s.value >= 0x0A && s.value <= 0x0D) || s.value == 0x85) { return true }
            guard s.value >= 0x80 else { return false }
            let category = s.properties.generalCategory
            return category == .spaceSeparator || (newlines && (category == .lineSeparator || category == .paragraphSeparator))
        }
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !isSpace(first) && !isSpace(last) { return whole }
        var lo = scalars.startIndex, hi = scalars.endIndex
        while lo < hi, isSpace(scalars[lo]) { lo = scalars.index(after: lo) }
        while hi > lo, isSpace(scalars[scalars.index(before: hi)]) { hi = scalars.index(before: hi) }
        return String(scalars[lo..<hi])
    }
}
