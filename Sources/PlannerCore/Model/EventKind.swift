import Foundation

/// What sort of event this is; it drives colours, defaults and the scheduler's rules.
public enum EventKind: String, CaseIterable, Codable, Sendable {
    case meeting
    case day
    case week
    case workshop
    case lunch
    case workingGroup = "working-group"
    case committee
    case assembly
    case launch
    case training
    case convention

    public init?(userText: String) {
        let t = userText.foldedForSearch.replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
        if let k = EventKind(rawValue: t) { self = k; return }
        for k in EventKind.allCases where k.name(.fr).foldedForSearch.replacingOccurrences(of: " ", with: "-") == t {
            self = k
            return
        }
        switch t {
        case "factory", "wg", "groupe": self = .workingGroup
        case "atelier": self = .workshop
        case "comite", "comex", "inter-comex": self = .committee
        case "ag": self = .assembly
        default: return nil
        }
    }

    public func name(_ lang: Language) -> String {
        switch lang {
        case .fr:
            switch self {
            case .meeting: return "réunion"
            case .day: return "journée"
            case .week: return "semaine"
            case .workshop: return "atelier"
            case .lunch: return "midi-deux"
            case .workingGroup: return "groupe de travail"
            case .committee: return "comité"
            case .assembly: return "assemblée générale"
            case .launch: return "soirée de lancement"
            case .training: return "formation"
            case .convention: return "convention"
            }
        case .en:
            switch self {
            case .meeting: return "meeting"
            case .day: return "day"
            case .week: return "week"
            case .workshop: return "workshop"
            case .lunch: return "lunchtime workshop"
            case .workingGroup: return "working group"
            case .committee: return "committee"
            case .assembly: return "general assembly"
            case .launch: return "launch evening"
            case .training: return "training"
            case .convention: return "convention"
            }
        }
    }
}

/// Who an event is for: members of one city only, or the whole region.
public enum Audience: String, CaseIterable, Codable, Sendable {
    case local
    case regional
}
