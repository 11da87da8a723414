import Foundation

/// One placed event: its start day and city.
public struct SchedulingAssignment: Codable, Hashable, Sendable {
    public var event: String
    public var start: String
    public var city: String

    public init(event: String, start: String, city: String) {
        self.event = event
        self.start = start
        self.city = city
    }
}

/// A `d113-sched-solution/1` document.
public struct SchedulingSolution: Codable, Sendable {
    public var schema = "d113-sched-solution/1"
    public var instance_sha256: String
    public var status: String
    public var objective: Int?
    public var assignments: [SchedulingAssignment]

    public init(instanceSHA256: String, status: String, objective: Int?, assignments: [SchedulingAssignment]) {
        instance_sha256 = instanceSHA256
        self.status = status
        self.objective = objective
        self.assignments = assignments
    }

    /// Stable JSON (keys in the documented order, assignments by event id).
    public var json: String {
        JSONValue.object([
            ("schema", .string(schema)),
            ("instance_sha256", .string(instance_sha256)),
            ("status", .string(status)),
            ("objective", objective.map { .int($0) } ?? .null),
            ("assignments", .array(assignments.sorted { $0.event < $1.event }.map {
                .object([("event", .string($0.event)), ("start", .string($0.start)), ("city", .string($0.city))])
            })),
        ]).serialized(indent: 1) + "\n"
    }

    public static func load(_ data: Data, file: String) throws -> SchedulingSolution {
        do { return try JSONDecoder().decode(SchedulingSolution.self, from: data) } catch {
            throw PlannerError.invalidFile(file: file, line: nil, reason: Catalogue.Scheduling.notASolution)
        }
    }
}
