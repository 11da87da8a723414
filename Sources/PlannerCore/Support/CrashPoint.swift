// A crash-injection point for the durability tests: with PLANNER_HOLD_IN_TRANSACTION set to a
// file path, a change stops inside its write transaction (after its undo record, before the
// events change), creates that file and waits to be killed. Unset, it costs one check of a
// value read once.
import Foundation

enum CrashPoint {
    static let holdMarker: String? = ProcessInfo.processInfo.environment["PLANNER_HOLD_IN_TRANSACTION"]

    /// Called inside the transaction; never returns when the hold is requested.
    static func holdIfRequested() {
        guard let marker = holdMarker else { return }
        FileManager.default.createFile(atPath: marker, contents: Data("\(getpid())\n".utf8))
        while true { sleep(60) }
    }
}
