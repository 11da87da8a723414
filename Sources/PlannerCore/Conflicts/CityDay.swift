// A city on a day: the key under which big events are counted (one per city and day).
import Foundation

public struct CityDay: Hashable, Sendable, Comparable {
    public var city: String
    public var day: LocalDate

    public init(_ city: String, _ day: LocalDate) {
        self.city = city
        self.day = day
    }

    public static func < (a: CityDay, b: CityDay) -> Bool { (a.city, a.day) < (b.city, b.day) }
}
