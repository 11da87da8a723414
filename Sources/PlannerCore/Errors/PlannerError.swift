import Foundation

/// Everything that can go wrong for a user, with the exit code the command line uses
/// (CONTRACT.md: 2 bad usage or value, 65 invalid input file, 69 server unreachable,
/// 75 conflict or database busy). Messages are one line and name the problem, in French
/// and English (`Localized`, from the catalogue): `message(lang)` renders one.
///
/// The `String` cases are the older form, kept so code written against them still compiles;
/// new code throws the `Localized` forms (`.invalidValue(Catalogue.…)`), which build
/// `.failure` / `.invalidInput`.
public enum PlannerError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What kind of failure, which decides the exit code.
    public enum Failure: String, Sendable, Equatable, CaseIterable {
        case invalidValue, notFound, database, busy, unreachable
    }

    /// A value typed by the user that cannot be understood (`--start 2026-13-45`).
    case invalidValue(String)
    /// An input file that cannot be read as what it should be: `FILE:LINE: reason`.
    case invalidFile(file: String, line: Int?, reason: String)
    /// Something the user named does not exist (an event uid, a series).
    case notFound(String)
    /// The database file cannot be opened or used safely (not a database, newer version,
    /// read-only, disk full). The file is never "repaired" silently.
    case database(String)
    /// The database stayed locked by other writers after every retry; nothing was written.
    case busy(String)
    /// A server could not be reached.
    case unreachable(String)
    /// A failure with a message in both languages.
    case failure(Failure, Localized)
    /// An input file that cannot be read, with a reason in both languages.
    case invalidInput(file: String, line: Int?, reason: Localized)

    public static func invalidValue(_ m: Localized) -> PlannerError { .failure(.invalidValue, m) }
    public static func notFound(_ m: Localized) -> PlannerError { .failure(.notFound, m) }
    public static func database(_ m: Localized) -> PlannerError { .failure(.database, m) }
    public static func busy(_ m: Localized) -> PlannerError { .failure(.busy, m) }
    public static func unreachable(_ m: Localized) -> PlannerError { .failure(.unreachable, m) }
    public static func invalidFile(file: String, line: Int?, reason: Localized) -> PlannerError {
        .invalidInput(file: file, line: line, reason: reason)
    }

    /// The kind of failure, whichever form carries it.
    public var failure: Failure? {
        switch self {
        case .invalidValue: return .invalidValue
        case .notFound: return .notFound
        case .database: return .database
        case .busy: return .busy
        case .unreachable: return .unreachable
        case .failure(let f, _): return f
        case .invalidFile, .invalidInput: return nil
        }
    }

    public var exitCode: Int32 {
        switch failure {
        // A database path that cannot be used is a bad value for --db (CONTRACT.md has no
        // other code for it).
        case .invalidValue?, .notFound?, .database?: return 2
        case .busy?: return 75
        case .unreachable?: return 69
        case nil: return 65
        }
    }

    /// The message in both languages (the older string forms read the same in both).
    public var localized: Localized {
        switch self {
        case .invalidValue(let m), .notFound(let m), .database(let m), .busy(let m), .unreachable(let m):
            return .verbatim(m)
        case .failure(_, let m):
            return m
        case .invalidFile(let file, let line, let reason):
            return Catalogue.fileProblem(file: file, line: line, reason: .verbatim(reason))
        case .invalidInput(let file, let line, let reason):
            return Catalogue.fileProblem(file: file, line: line, reason: reason)
        }
    }

    /// The one-line message in `lang`.
    public func message(_ lang: Language) -> String { localized(lang) }

    /// The English message (logs, test failures).
    public var description: String { localized.en }
}
