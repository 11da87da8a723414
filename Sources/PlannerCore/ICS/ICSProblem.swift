import Foundation

/// What a calendar file can get wrong, as typed values: the lenient import repairs or skips
/// and reports each one (`FILE:LINE: reason`), the strict import refuses the file on the
/// first. The texts a user reads are in `Catalogue+Import.swift`.
public enum ICSProblem: Equatable, Sendable {
    // The file's structure (ICSParser).
    case notCalendar
    /// The file became shorter while it was read (another program rewrote it).
    case fileChanged
    case invalidUTF8
    case nulBytes
    case noPropertyName(String)
    case missingColon(String)
    case spaceInName(String)
    case invalidParameter(String)
    case unterminatedQuote(String)
    case misplacedQuote(String)
    case beginWithoutName
    case nestedTooDeep
    case unmatchedEnd(String)
    case unclosed(String, line: Int)
    case propertyOutsideCalendar(String)
    case notInCalendar(String)
    // One event (ICSImporter).
    case missingStart
    case invalidDate(property: String, value: String)
    case outOfRange(property: String, value: String)
    case invalidDuration(String)
    case endBeforeStart
    case negativeDuration
    case duplicateStart
    case emptyRule
    case escapedRule
    case invalidRule(String)
    case negativeCount
    case extraRule
    case unknownZone(String)
    case approximateZone(String, using: String)
    case controlCharacters(String)
    case invalidNumber(property: String, value: String)
    case invalidPlannerProperty(property: String, value: String)
    case instanceWithoutSeries
    case unknownLocation(String)

    /// What happened to the thing concerned, for the grouped summary. A note is valid
    /// iCalendar read in a way worth knowing (a location naming no known city, a changed
    /// occurrence without its series): listed, but never a reason for `--strict` to refuse.
    public enum Outcome: Sendable { case note, repaired, skippedLine, skippedEvent, refused }

    public var outcome: Outcome {
        switch self {
        case .notCalendar, .fileChanged: return .refused
        case .unknownLocation, .instanceWithoutSeries, .approximateZone, .extraRule: return .note
        case .noPropertyName, .missingColon, .invalidParameter, .unterminatedQuote, .misplacedQuote, .beginWithoutName,
             .nestedTooDeep, .unmatchedEnd, .propertyOutsideCalendar, .notInCalendar:
            return .skippedLine
        case .missingStart, .outOfRange, .invalidRule:
            return .skippedEvent
        case .invalidDate(let p, _):
            return p == "DTSTART" || p == "RECURRENCE-ID" ? .skippedEvent : .repaired
        default: return .repaired
        }
    }

    /// The case without its values: warnings are grouped by it.
    public var kind: String {
        let s = String(describing: self)
        return String(s.prefix { $0 != "(" })
    }
}

/// One problem at one physical line of a file.
public struct ICSDiagnostic: Equatable, Sendable {
    public var line: Int
    public var problem: ICSProblem

    public init(line: Int, _ problem: ICSProblem) {
        self.line = line
        self.problem = problem
    }

    public var message: Localized { Catalogue.importProblem(problem) + Localized(fr: " : ", en: ": ") + Catalogue.importRemedy(problem) }
}

/// Collects the problems of one file. In strict mode the first one is thrown instead.
public final class ICSDiagnostics: @unchecked Sendable {
    public let strict: Bool
    public private(set) var all: [ICSDiagnostic] = []

    public init(strict: Bool) {
        self.strict = strict
    }

    /// Records a problem the import works around; throws it in strict mode.
    public func report(_ line: Int, _ problem: ICSProblem) throws(ICSError) {
        if (strict && problem.outcome != .note) || problem.outcome == .refused { throw ICSError(line: line, problem) }
        all.append(ICSDiagnostic(line: line, problem))
    }

    /// Groups in order of first appearance, each with its diagnostics in line order.
    public var grouped: [(kind: String, items: [ICSDiagnostic])] {
        var order: [String] = []
        var byKind: [String: [ICSDiagnostic]] = [:]
        for d in all {
            if byKind[d.problem.kind] == nil { order.append(d.problem.kind) }
            byKind[d.problem.kind, default: []].append(d)
        }
        return order.map { ($0, byKind[$0]!.sorted { $0.line < $1.line }) }
    }
}
