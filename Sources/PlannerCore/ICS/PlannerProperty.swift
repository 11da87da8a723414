// The planner's own iCalendar properties (`X-PLANNER-*`): one table that the writer, the
// importer, sync and conflict copies all read.
import Foundation

/// What our export adds to a VEVENT so that a re-import (or another planner through sync)
/// gets back what iCalendar cannot say.
public enum PlannerProperty: String, CaseIterable, Sendable {
    case cities = "X-PLANNER-CITIES"
    case office = "X-PLANNER-OFFICE"
    case kind = "X-PLANNER-KIND"
    case audience = "X-PLANNER-AUDIENCE"
    case series = "X-PLANNER-SERIES"
    case people = "X-PLANNER-PEOPLE"
    /// `id,name,home` of one person, so an import can create people it does not know.
    case person = "X-PLANNER-PERSON"
    case big = "X-PLANNER-BIG"
    case placement = "X-PLANNER-PLACEMENT"
    /// Which standard properties (LOCATION, CATEGORIES) were kept as another program wrote them.
    case verbatim = "X-PLANNER-VERBATIM"
    /// The uid of the event a conflict copy is a version of.
    case conflictOf = "X-PLANNER-CONFLICT-OF"

    /// What every planner property name starts with.
    public static let prefix = "X-PLANNER-"

    /// The content line `NAME:value` (the value already escaped as the property needs).
    public func line(_ value: String) -> String { rawValue + ":" + value }
}

extension ICSComponent {
    public func first(_ property: PlannerProperty) -> ICSProperty? { first(property.rawValue) }
    public func all(_ property: PlannerProperty) -> [ICSProperty] { all(property.rawValue) }
}
