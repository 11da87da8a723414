// ICSValues.escape's byte path against the character-by-character escaping it replaced, on
// random texts mixing ASCII, the characters TEXT escapes, controls (C0, C1, DEL, CR LF),
// accented letters precomposed and combining, emoji and other multi-byte characters.
import Foundation
import Testing
@testable import PlannerCore

@Suite struct ICSEscapeTests {
    /// Pieces random texts are made of: each one scalar or a short sequence.
    static let pieces: [String] = [
        "a", "Z", " ", "0", "\\", ";", ",", ":", "\"", "\n", "\r", "\r\n", "\t", "\u{0}", "\u{1B}", "\u{7F}",
        "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "é", "e\u{301}", "\u{301}", "\u{308}", "ß", "Œ", "€", "日", "🚀", "👩‍💻",
        "🇫🇷", "\u{200D}", "\u{0600}", "\u{093F}", "ﬁ", "\u{FEFF}", "Ж", "ע", "\u{0591}",
    ]

    @Test func bytePathWritesWhatTheCharacterPathWrites() {
        var rng = SeededGenerator(seed: 12)
        var byBytes = 0
        for _ in 0..<20_000 {
            let length = Int(rng.next() % 12)
            var s = ""
            for _ in 0..<length { s += Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }
            let reference = ICSValues.escapeByCharacter(s)
            #expect(ICSValues.escape(s) == reference, "\(Array(s.unicodeScalars.map(\.value)))")
            if ICSValues.needsEscaping(s), let fast = ICSValues.escapeBytes(s) {
                #expect(fast == reference, "\(Array(s.unicodeScalars.map(\.value)))")
                byBytes += 1
            }
        }
        // The comparison means something only if most escaped texts took the byte path.
        #expect(byBytes > 5_000)
    }

    /// `unescape`'s byte path against the character path, on random texts rich in
    /// backslashes, n and N, combining marks, prepended marks and CR LF.
    @Test func unescapeBytePathReadsWhatTheCharacterPathReads() {
        var rng = SeededGenerator(seed: 13)
        let pieces = Self.pieces + ["\\", "\\", "\\", "n", "N", "\\n", "\\,", "\\;", "\\\\", "\\N", "ñ", "\u{0890}", "\u{110BD}", "\u{1100}"]
        var byBytes = 0
        for _ in 0..<20_000 {
            var s = ""
            for _ in 0..<Int(rng.next() % 12) { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let reference = ICSValues.unescapeByCharacter(s)
            #expect(ICSValues.unescape(s) == reference, "\(Array(s.unicodeScalars.map(\.value)))")
            if s.utf8.contains(0x5C), let fast = ICSValues.unescapeBytes(s) {
                #expect(fast == reference, "\(Array(s.unicodeScalars.map(\.value)))")
                byBytes += 1
            }
        }
        #expect(byBytes > 5_000)
        #expect(ICSValues.unescape("Salle 2\\, étage 3\\nAccès\\;\\\\") == "Salle 2, étage 3\nAccès;\\")
        #expect(ICSValues.unescapeBytes("\\n\u{301}") == nil)
        #expect(ICSValues.unescapeBytes("\u{0600}\\n") == nil)
    }

    @Test func knownEscapes() {
        #expect(ICSValues.escape("Réunion; salle 2, étage \\ 3\nfin") == "Réunion\\; salle 2\\, étage \\\\ 3\\nfin")
        #expect(ICSValues.escape("a\u{1B}]0;x\u{7}b\u{85}c\td") == "a]0\\;xbc\td")
        #expect(ICSValues.escape("sans rien à changer") == "sans rien à changer")
        // A comma carrying a combining mark is one character, which the character path keeps.
        #expect(ICSValues.escapeBytes(",\u{301}") == nil)
        #expect(ICSValues.escape(",\u{301}") == ICSValues.escapeByCharacter(",\u{301}"))
        // French text takes the byte path: accented letters around the escaped characters.
        #expect(ICSValues.escapeBytes("café, thé;à\\é") == "café\\, thé\\;à\\\\é")
        // A prepended mark (Arabic number sign) before a semicolon: the character path.
        #expect(ICSValues.escapeBytes("\u{0600};") == nil)
    }
}
