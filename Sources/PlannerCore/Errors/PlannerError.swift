import Foundation

/// Everything that can go wrong for a user, with the exit code the command line uses
/// (CONTRACT.md: 2 bad usage or value, 65 invalid input file, 69 server unreachable,
/// 75 conflict or database busy). Messages are one line and name the problem.
public enum PlannerError: Error, Equatable, CustomStringConvertible, Sendable {
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

    public var exitCode: Int32 {
        switch self {
        // A database path that cannot be used is a bad value for --db (CONTRACT.md has no
        // other code for it).
        case .invalidValue, .notFound, .database: return 2
        case .invalidFile: return 65
        case .busy: return 75
        case .unreachable: return 69
        }
    }

    public var description: String {
        switch self {
        case .invalidValue(let m), .notFound(let m), .database(let m), .busy(let m), .unreachable(let m):
            return m
        case .invalidFile(let file, let line, let reason):
            if let line { return "\(file):\(line): \(reason)" }
            return "\(file): \(reason)"
        }
    }
}
