// The key of the road distance table: an ordered pair of city ids.
import Foundation

/// Two city ids, in the order the distance table stores them (`RoadTravel.km` looks both
/// orders up).
public struct CityPair: Hashable, Sendable, CustomStringConvertible {
    public var from: String
    public var to: String

    public init(_ from: String, _ to: String) {
        self.from = from
        self.to = to
    }

    public var reversed: CityPair { CityPair(to, from) }
    public var description: String { "\(from)-\(to)" }
}
