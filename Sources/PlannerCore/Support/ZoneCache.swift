import Foundation

/// Time zones by IANA identifier, made once each: `TimeZone(identifier:)` reads the zone
/// database, and an import or a report asks for the same one or two zones for every event.
enum ZoneCache {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var zones: [String: TimeZone?] = [:]

    static func zone(_ id: String) -> TimeZone? {
        lock.lock()
        defer { lock.unlock() }
        if let hit = zones[id] { return hit }
        let z = TimeZone(identifier: id)
        if zones.count < 1000 { zones[id] = z }
        return z
    }
}
