import Foundation

/// The same event deployed across several cities on different dates (a tour), such as the
/// Green IT Day 2026 going through Toulouse, Montpellier, Nîmes and Perpignan.
public struct Series: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var kind: EventKind
    /// When true, the scheduler avoids two stops of the tour in the same ISO week.
    public var spreadWeeks: Bool
    /// True for a tour that moves from city to city (Green IT Day); false for a series held
    /// in one place (Factory e-santé, the inter-committee): only tours have cities "not
    /// visited yet" and a proposed next stop.
    public var touring: Bool

    public init(id: String, name: String, kind: EventKind, spreadWeeks: Bool = true, touring: Bool = false) {
        self.id = id
        self.name = name
        self.kind = kind
        self.spreadWeeks = spreadWeeks
        self.touring = touring
    }
}
