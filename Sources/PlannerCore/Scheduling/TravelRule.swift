// The cluster's scheduling rule values (SCHEDULING.md), read from here by `plan`'s instance,
// the slot finder, the itineraries and the rule names shown to users.
import Foundation

/// H3: a drive of more than `farKm` road kilometres needs `gapDays` free calendar days
/// between the two events.
public struct TravelRule: Sendable, Equatable {
    public var farKm: Int
    public var gapDays: Int

    public init(farKm: Int, gapDays: Int) {
        self.farKm = farKm
        self.gapDays = gapDays
    }

    /// The cluster's rule: over 150 km, one free day between.
    public static let standard = TravelRule(farKm: 150, gapDays: 1)
}

extension SchedulingInstance.Rules {
    /// The cluster's rules, with which `plan` builds its instance from the database.
    public static let standard = SchedulingInstance.Rules(
        far_km: TravelRule.standard.farKm, travel_gap_days: TravelRule.standard.gapDays,
        max_big_events_per_city_day: 1, balance_cities: ["TLS", "MPL"],
        balance_period: "quarter", weights: .init(series_same_week: 10, balance: 1))
}
