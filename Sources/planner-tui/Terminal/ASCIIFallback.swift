// Text for terminals without UTF-8: what replaces characters they cannot show.
import Foundation

/// Text for a terminal without UTF-8 (LANG=C): accents dropped, dashes, bullets, quotes and
/// box-drawing characters replaced by ASCII.
enum ASCIIFallback {
    static let replacements: [Character: String] = [
        "—": "-", "–": "-", "…": "...", "•": "*", "·": ".", "«": "\"", "»": "\"", "“": "\"", "”": "\"",
        "’": "'", "─": "-", "│": "|", "┊": ":", "✱": "*", "⚠": "!", "→": "->", "←": "<-", "↑": "^", "↓": "v",
        "\u{00A0}": " ", "\u{202F}": " ", "œ": "oe", "Œ": "OE", "æ": "ae", "×": "x", "▏": "_",
    ]

    /// `convert`, kept to the width the text had (`…` becomes `...`: without this a cut title
    /// would run over the gap before the next column).
    static func fitted(_ s: String) -> String {
        DisplayWidth.clip(convert(s), to: DisplayWidth.of(s))
    }

    static func convert(_ s: String) -> String {
        var out = ""
        for ch in s {
            if ch.isASCII { out.append(ch); continue }
            if let r = replacements[ch] { out += r; continue }
            let folded = String(ch).folding(options: [.diacriticInsensitive], locale: nil)
            out += folded.allSatisfy(\.isASCII) ? folded : "?"
        }
        return out
    }
}
