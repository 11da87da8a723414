import Foundation

/// The language of everything a user reads: French for the cluster's staff, English otherwise.
public enum Language: String, CaseIterable, Codable, Sendable {
    case fr
    case en

    /// French when `LC_ALL`, `LC_TIME` or `LANG` (the first one set and non-empty) starts with
    /// `fr`, else English.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for key in ["LC_ALL", "LC_TIME", "LANG"] {
            if let v = env[key], !v.isEmpty {
                return v.lowercased().hasPrefix("fr") ? .fr : .en
            }
        }
        return .en
    }
}
