// Whitespace trimming without Foundation: the same characters as
// `trimmingCharacters(in: .whitespaces)` (tab and the Unicode space separators, Zs), on
// unicode scalars, returning the string itself when there is nothing to trim. The importer
// trims several values of every event; through NSString that was a sixth of an import.
extension StringProtocol {
    public var trimmedWhitespace: String {
        let whole = String(self)
        let scalars = whole.unicodeScalars
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            s == "\t" || s == " " || (s.value >= 0x80 && s.properties.generalCategory == .spaceSeparator)
        }
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !isSpace(first) && !isSpace(last) { return whole }
        var lo = scalars.startIndex, hi = scalars.endIndex
        while lo < hi, isSpace(scalars[lo]) { lo = scalars.index(after: lo) }
        while hi > lo, isSpace(scalars[scalars.index(before: hi)]) { hi = scalars.index(before: hi) }
        return String(scalars[lo..<hi])
    }
}
