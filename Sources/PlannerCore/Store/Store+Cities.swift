import Foundation
import GRDB

/// Adding a city (`city add`): the city and its road distance to every known city,
/// estimated as the great-circle distance × `ReferenceCities.detourFactor` until someone
/// types the real one. One transaction, journalled like every change.
extension Store {
    /// Adds `city`; returns how many distances were estimated. Fails when the id exists.
    @discardableResult
    public func addCity(_ city: City) throws -> Int {
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM city WHERE id = ?)", arguments: [city.id]) == true {
                throw PlannerError.invalidValue(Catalogue.cityExists(city.id))
            }
            try db.execute(sql: "INSERT INTO city(id, name, latitude, longitude) VALUES (?, ?, ?, ?)",
                           arguments: [city.id, city.name, city.latitude, city.longitude])
            try db.execute(sql: "INSERT OR IGNORE INTO distance(a, b, km) VALUES (?, ?, 0)", arguments: [city.id, city.id])
            var n = 0
            for row in try Row.fetchAll(db, sql: "SELECT id, name, latitude, longitude FROM city WHERE id != ?", arguments: [city.id]) {
                let other = City(id: row["id"], name: row["name"], latitude: row["latitude"], longitude: row["longitude"])
                let km = ReferenceCities.estimatedRoadKm(city, other)
                try db.execute(sql: "INSERT OR IGNORE INTO distance(a, b, km) VALUES (?, ?, ?)", arguments: [city.id, other.id, km])
                try db.execute(sql: "INSERT OR IGNORE INTO distance(a, b, km) VALUES (?, ?, ?)", arguments: [other.id, city.id, km])
                n += 1
            }
            return n
        }
    }
}
