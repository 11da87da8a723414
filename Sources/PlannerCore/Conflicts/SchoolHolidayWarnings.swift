import Foundation

/// A soft warning: a big event during zone C school holidays (families away, a smaller
/// audience). `check` lists them after the conflicts without failing; `plan` says so.
public struct SchoolHolidayWarning: Sendable, Hashable {
    public var day: LocalDate
    public var uid: String
    public var title: String
    public var holiday: String

    public func message(_ lang: Language) -> String { Catalogue.Cluster.schoolHolidayWarning(title, holiday)(lang) }

    /// One warning per big occurrence that touches a school-holiday day.
    public static func find(in occurrences: [Occurrence], schoolHolidays: [LocalDate: String], zone: TimeZone) -> [SchoolHolidayWarning] {
        var out: [SchoolHolidayWarning] = []
        for o in occurrences where o.event.big {
            if let (d, h) = o.days(in: zone).lazy.compactMap({ d in schoolHolidays[d].map { (d, $0) } }).first {
                out.append(SchoolHolidayWarning(day: d, uid: o.uid, title: o.title, holiday: h))
            }
        }
        return out.sorted { ($0.day, $0.title) < ($1.day, $1.title) }
    }
}
