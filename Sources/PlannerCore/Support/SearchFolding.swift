// SearchFolding: the stored, pre-folded text a search matches (the `searchText` column of
// `event`): `foldedForSearch` of the title and of the description, joined by a line feed.
// Every write of an event computes it here (EventRecord), so add, edit, import, sync and undo
// keep it exact. Folding is done on a table for ASCII and Latin letters (what French text is
// made of), built once from Foundation's own folding; any other text goes through Foundation.
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
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 0x20) : UInt8(v))
            } else if v < tableEnd, let folded = table[Int(v - 0x80)] {
                out += folded
            } else {
                return text.foldedForSearch
            }
        }
        return String(decoding: out, as: UTF8.self).trimmedWhitespace
    }

    static let tableEnd: UInt32 = 0x250

    /// Each scalar from U+0080 to U+024F folded alone by Foundation, with the options and the
    /// locale of `foldedForSearch` but untrimmed (trimming is done on the whole text). A scalar
    /// whose folding is not a plain replacement (a combining mark) has no entry.
    static let table: [[UInt8]?] = {
        let locale = Locale(identifier: "en_US_POSIX")
        return (UInt32(0x80)..<tableEnd).map { v -> [UInt8]? in
            guard let scalar = Unicode.Scalar(v), scalar.properties.generalCategory != .nonspacingMark else { return nil }
            let folded = String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: locale)
            // A replacement that itself leaves marks to combine with a neighbour is not taken.
            if folded.unicodeScalars.contains(where: { $0.properties.generalCategory == .nonspacingMark }) { return nil }
            return Array(folded.utf8)
        }
    }()
}
