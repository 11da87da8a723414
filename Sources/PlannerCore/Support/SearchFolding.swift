// SearchFolding: the stored, pre-folded text a search matches (the `searchText` column of
// `event`): `foldedForSearch` of the title and of the description, joined by a line feed.
// Every write of an event computes it here (EventRecord), so add, edit, import, sync and undo
// keep it exact. Folding is done on a table for ASCII and Latin letters (what French text is
// made of), built once from Foundation's own folding; dashes, quotes, symbols and pictographs
// standing alone are folded by Foundation once per scalar; any other text goes through
// Foundation whole.
import Foundation

public enum SearchFolding {
    /// What the `searchText` column holds for an event's title and description.
    public static func key(title: String, description: String) -> String {
        fold(title) + "\n" + fold(description)
    }

    /// Equal to `text.foldedForSearch` (SearchFoldingTests compares them), without a
    /// Foundation call for text made of ASCII and Latin-1/Latin Extended letters.
    public static func fold(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let v = scalars[i].value
            let next = scalars.index(after: i)
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 0x20) : UInt8(v))
            } else if v < tableEnd, let folded = table[Int(v - 0x80)] {
                out += folded
            } else if isStandalone(v), next == scalars.endIndex || scalars[next].value < 0x300, let folded = folded(v) {
                out += folded
            } else {
                return text.foldedForSearch
            }
            i = next
        }
        return String(decoding: out, as: UTF8.self).trimmedWhitespace
    }

    /// Punctuation and symbols beyond the table that are a character of their own when no
    /// combining mark, joiner or variation selector follows (the caller checks that the next
    /// scalar is below U+0300): dashes, quotes, ellipsis, currency, arrows, pictographs.
    /// Folding such a character alone gives what folding the whole text gives there
    /// (Foundation folds character by character). Format characters (joiners, directional
    /// marks), combining marks for symbols, regional indicators and skin-tone modifiers are
    /// not standalone: text holding them goes through Foundation whole.
    static func isStandalone(_ v: UInt32) -> Bool {
        if v >= 0x2010 && v < 0x2028 { return true }
        if v >= 0x2030 && v < 0x205F { return true }
        if v >= 0x20A0 && v < 0x20C1 { return true }
        if v >= 0x2100 && v < 0x2BFF { return true }
        if v >= 0x1F300 && v < 0x1FB00 { return !(v >= 0x1F3FB && v <= 0x1F3FF) }
        return false
    }

    /// Foldings of standalone scalars, asked of Foundation once per scalar and process (the
    /// standalone ranges hold a few thousand scalars: the limit is never reached).
    static let others = Memo<UInt32, [UInt8]?>(limit: 1 << 16)

    static func folded(_ v: UInt32) -> [UInt8]? {
        others.value(v) { v in
            Unicode.Scalar(v).map { Array(String(Character($0)).folding(options: options, locale: locale).utf8) }
        }
    }

    /// The options and locale of `foldedForSearch`.
    static let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive, .widthInsensitive]
    static let locale = Locale(identifier: "en_US_POSIX")

    static let tableEnd: UInt32 = 0x250

    /// Each scalar from U+0080 to U+024F folded alone by Foundation, with the options and the
    /// locale of `foldedForSearch` but untrimmed (trimming is done on the whole text). A scalar
    /// whose folding is not a plain replacement (a combining mark) has no entry.
    static let table: [[UInt8]?] = {
        (UInt32(0x80)..<tableEnd).map { v -> [UInt8]? in
            guard let scalar = Unicode.Scalar(v), scalar.properties.generalCategory != .nonspacingMark else { return nil }
            let folded = String(Character(scalar)).folding(options: options, locale: locale)
            // A replacement that itself leaves marks to combine with a neighbour is not taken.
            if folded.unicodeScalars.contains(where: { $0.properties.generalCategory == .nonspacingMark }) { return nil }
            return Array(folded.utf8)
        }
    }()
}
