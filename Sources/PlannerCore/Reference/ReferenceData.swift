import Foundation
import GRDB

/// What every database holds from its creation: the three offices, the cities with their
/// road distances, and French public holidays for a range of years.
enum ReferenceData {
    static let holidayYears = 2019...2040

    static func install(_ db: Database) throws {
        for o in Office.allCases {
            try db.execute(sql: "INSERT OR IGNORE INTO office(id, name) VALUES (?, ?)", arguments: [o.rawValue, o.name(.fr)])
        }
        for c in ReferenceCities.all {
            try db.execute(sql: "INSERT OR IGNORE INTO city(id, name, latitude, longitude) VALUES (?, ?, ?, ?)",
                           arguments: [c.id, c.name, c.latitude, c.longitude])
        }
        for a in ReferenceCities.all {
            for b in ReferenceCities.all {
                try db.execute(sql: "INSERT OR IGNORE INTO distance(a, b, km) VALUES (?, ?, ?)",
                               arguments: [a.id, b.id, ReferenceCities.roadDistance(a, b)])
            }
        }
        for year in holidayYears {
            for h in FrenchHolidays.holidays(in: year) {
                try db.execute(sql: "INSERT OR IGNORE INTO holiday(date, name) VALUES (?, ?)", arguments: [h.date.description, h.name])
            }
        }
    }
}
