import Foundation

/// The string catalogue's unit: a text a user reads, written once in French and once in
/// English. Every message, error and help text comes from a `Localized`, built by a static
/// member of `Catalogue` (one `Catalogue+Area.swift` file per area: CLI, TUI, import, sync...),
/// never from an inline `lang == .fr ? ... : ...`.
public struct Localized: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let fr: String
    public let en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    /// The text in `lang`.
    public func text(_ lang: Language) -> String { lang == .fr ? fr : en }

    /// `message(lang)`, the short form used at call sites.
    public func callAsFunction(_ lang: Language) -> String { text(lang) }

    /// Both texts joined, for places that have no language (logs, test failures).
    public var description: String { fr == en ? fr : "\(fr) / \(en)" }

    /// Two messages joined by a separator in each language.
    public static func + (lhs: Localized, rhs: Localized) -> Localized {
        Localized(fr: lhs.fr + rhs.fr, en: lhs.en + rhs.en)
    }

    /// The same text in both languages (a name, a number, a file path).
    public static func verbatim(_ s: String) -> Localized { Localized(fr: s, en: s) }
}

/// The catalogue of every user-visible message. Members live in `Catalogue+*.swift` files,
/// one per area, as static functions or properties returning `Localized`.
public enum Catalogue {}

/// French grammar the catalogue needs: plurals (0 and 1 are singular in French), elision
/// before a vowel or a mute h, numbers written out where typography wants them.
public enum French {
    /// "1 événement", "0 événement", "3 événements".
    public static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) \(abs(n) <= 1 ? singular : plural)"
    }

    /// True when a word takes elision: it starts with a vowel (accented or not) or a mute h.
    public static func elides(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        let base = String(first).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return "aeiouyh".contains(base)
    }

    /// "de Toulouse", "d'Alès"; "que 2 heures", "qu'une heure"; "le bureau", "l'atelier".
    public static func elide(_ particle: String, _ word: String) -> String {
        guard elides(word), let last = particle.last, "eaEA".contains(last) else { return "\(particle) \(word)" }
        return "\(particle.dropLast())'\(word)"
    }

    /// "une heure", "2 heures", "1 h 30".
    public static func hours(_ n: Int) -> String { n == 1 ? "une heure" : "\(n) heures" }
}

/// English plurals: "1 event", "0 events", "3 events".
public enum English {
    public static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) \(n == 1 ? singular : plural)"
    }
}
