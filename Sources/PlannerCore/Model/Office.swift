import Foundation

/// The organising office of an event: one of the two historical clusters, or both together.
public enum Office: String, CaseIterable, Codable, Sendable, Comparable {
    case toulouse
    case montpellier
    case joint

    /// The office's home city id (the joint office has none).
    public var cityId: String? {
        switch self {
        case .toulouse: return "TLS"
        case .montpellier: return "MPL"
        case .joint: return nil
        }
    }

    public func name(_ lang: Language) -> String {
        switch (self, lang) {
        case (.toulouse, _): return "Toulouse"
        case (.montpellier, _): return "Montpellier"
        case (.joint, .fr): return "commun"
        case (.joint, .en): return "joint"
        }
    }

    /// Parses an office as typed by a user (`toulouse`, `Montpellier`, `joint`, `commun`, `TLS`).
    public init?(userText: String) {
        let t = userText.foldedForSearch
        switch t {
        case "toulouse", "tls", "digitalplace": self = .toulouse
        case "montpellier", "mpl", "frenchsouth", "frenchsouth.digital": self = .montpellier
        case "joint", "commun", "both", "les deux": self = .joint
        default: return nil
        }
    }

    public static func < (a: Office, b: Office) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
