import Foundation

/// Travel by road between two cities: the distance table, and the time at 90 km/h rounded up
/// to a quarter hour (the planner's rule for "can this person get there in time").
public struct RoadTravel: Sendable {
    public let kmByPair: [CityPair: Int]
    public static let speedKmh = 90.0

    public init(distances: [CityPair: Int]) {
        kmByPair = distances
    }

    public func km(_ a: String, _ b: String) -> Int {
        if a == b { return 0 }
        let pair = CityPair(a, b)
        return kmByPair[pair] ?? kmByPair[pair.reversed] ?? 0
    }

    /// Road time in seconds, rounded up to the quarter hour (0 for the same city).
    public func travelTime(_ a: String, _ b: String) -> TimeInterval {
        let d = km(a, b)
        guard d > 0 else { return 0 }
        let minutes = Double(d) / RoadTravel.speedKmh * 60
        return (minutes / 15).rounded(.up) * 15 * 60
    }

    /// `2 h 45` / `45 min`.
    public static func format(_ seconds: TimeInterval) -> String {
        let m = Int(seconds / 60)
        if m < 60 { return "\(m) min" }
        return m % 60 == 0 ? "\(m / 60) h" : String(format: "%d h %02d", m / 60, m % 60)
    }
}
