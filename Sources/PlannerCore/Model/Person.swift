import Foundation

/// Someone who attends events and travels: a trainer, a speaker, a working-group lead, a
/// co-president. One person cannot be in two cities at once.
public struct Person: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// Id of the home city (where their travel starts).
    public var home: String
    public var roles: [String]

    public init(id: String, name: String, home: String, roles: [String] = []) {
        self.id = id
        self.name = name
        self.home = home
        self.roles = roles
    }
}
