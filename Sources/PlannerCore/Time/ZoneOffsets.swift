import Foundation

/// A zone's offsets from UTC as a table of transitions, asked of Foundation once per zone and
/// process, then looked up by binary search. `TimeZone.secondsFromGMT(for:)` goes through ICU
/// behind a lock on every call, and expanding a series, indexing its occurrences or writing
/// an agenda asks it several times per occurrence. The table covers 1900–2200 (Foundation's
/// `nextDaylightSavingTimeTransition` lists every change of offset, standard ones included);
/// outside it, Foundation answers. ZoneOffsetsTests compare the two on many instants and
/// zones.
struct ZoneOffsets: Sendable {
    static let lower = -2_208_988_800   // 1900-01-01T00:00:00Z
    static let upper = 7_258_118_400    // 2200-01-01T00:00:00Z

    let zone: TimeZone
    /// `starts[i]` is the first second at which `offsets[i]` applies; `starts[0] == lower`.
    let starts: [Int]
    let offsets: [Int]

    init(zone: TimeZone) {
        self.zone = zone
        var starts = [ZoneOffsets.lower]
        var offsets = [zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(ZoneOffsets.lower)))]
        var t = Date(timeIntervalSince1970: TimeInterval(ZoneOffsets.lower))
        let end = Date(timeIntervalSince1970: TimeInterval(ZoneOffsets.upper))
        while starts.count < 5000, let next = zone.nextDaylightSavingTimeTransition(after: t), next > t, next < end {
            let s = Int(next.timeIntervalSince1970.rounded(.up))
            let off = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(s)))
            if off != offsets.last! { starts.append(s); offsets.append(off) }
            t = next
        }
        self.starts = starts
        self.offsets = offsets
    }

    /// The offset in seconds at `t` seconds since 1970 (UTC).
    func secondsFromGMT(at t: Int) -> Int {
        guard t >= ZoneOffsets.lower, t < ZoneOffsets.upper else {
            return zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(t)))
        }
        var lo = 0, hi = starts.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if starts[mid] <= t { lo = mid } else { hi = mid }
        }
        return offsets[lo]
    }

    /// The table of `zone`, made the first time it is asked for.
    static func of(_ zone: TimeZone) -> ZoneOffsets { Tables.shared.table(zone) }

    private final class Tables: @unchecked Sendable {
        static let shared = Tables()
        private let lock = NSLock()
        private var byZone: [TimeZone: ZoneOffsets] = [:]
        /// The zone asked for last, answered without hashing (one zone serves most calls).
        private var last: ZoneOffsets?

        func table(_ zone: TimeZone) -> ZoneOffsets {
            lock.lock()
            if let last, last.zone == zone { lock.unlock(); return last }
            if let known = byZone[zone] { last = known; lock.unlock(); return known }
            lock.unlock()
            let made = ZoneOffsets(zone: zone)
            lock.lock()
            byZone[zone] = made
            last = made
            lock.unlock()
            return made
        }
    }
}
