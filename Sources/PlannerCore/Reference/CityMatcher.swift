import Foundation

/// Finds the known cities named in a free-text LOCATION (`Nîmes, BIC Innov'up` → NIM), in
/// the order they appear. City names are folded once; each distinct LOCATION is folded and
/// matched once (an imported calendar repeats the same few locations thousands of times).
public final class CityMatcher: @unchecked Sendable {
    private let keys: [(key: String, id: String)]
    private var cache: [String: [String]] = [:]
    private let lock = NSLock()

    public init(cities: [City]) {
        keys = cities.map { ($0.name.foldedForSearch, $0.id) }.filter { !$0.0.isEmpty }
    }

    public func cities(in location: String) -> [String] {
        lock.lock()
        if let hit = cache[location] { lock.unlock(); return hit }
        lock.unlock()
        let text = location.foldedForSearch
        var found: [(String.Index, String)] = []
        for (key, id) in keys {
            if let r = text.range(of: key) { found.append((r.lowerBound, id)) }
        }
        let ids = found.sorted { $0.0 < $1.0 }.map(\.1)
        lock.lock()
        if cache.count > 10_000 { cache.removeAll() }
        cache[location] = ids
        lock.unlock()
        return ids
    }
}
