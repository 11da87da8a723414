import Foundation
import GRDB

/// Reference data: offices, cities, distances, holidays, people, series and settings.
extension Store {
    public func cities() throws -> [City] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, latitude, longitude FROM city").map {
                City(id: $0["id"], name: $0["name"], latitude: $0["latitude"], longitude: $0["longitude"])
            }.sorted { $0.name.frenchSortKey < $1.name.frenchSortKey }
        }
    }

    /// Road distances in km, keyed `"A-B"` both ways.
    public func distances() throws -> [CityPair: Int] {
        try read { db in
            var d: [CityPair: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT a, b, km FROM distance") {
                d[CityPair(row["a"], row["b"])] = row["km"]
            }
            return d
        }
    }

    public func people() throws -> [Person] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, home, roles FROM person ORDER BY id").map {
                Person(id: $0["id"], name: $0["name"], home: $0["home"],
                       roles: (try? EventRecord.decode([String].self, $0["roles"])) ?? [])
            }
        }
    }

    public func series() throws -> [Series] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, kind, spreadWeeks, touring FROM series ORDER BY id").map {
                Series(id: $0["id"], name: $0["name"], kind: EventKind(rawValue: $0["kind"]) ?? .day,
                       spreadWeeks: $0["spreadWeeks"], touring: $0["touring"])
            }
        }
    }

    /// Public holidays between two days (inclusive), for every year in range.
    public func holidays(from: LocalDate, to: LocalDate) throws -> [Holiday] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT date, name FROM holiday WHERE date >= ? AND date <= ? ORDER BY date",
                             arguments: [from.description, to.description]).compactMap {
                guard let d = LocalDate(iso: $0["date"]) else { return nil }
                return Holiday(date: d, name: $0["name"])
            }
        }
    }

    /// Public holidays between two days (inclusive) by day, as agendas and conflicts look them up.
    public func holidayNames(from: LocalDate, to: LocalDate) throws -> [LocalDate: String] {
        Dictionary(try holidays(from: from, to: to).map { ($0.date, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// Finds a city by id (`NIM`) or by name, ignoring case and accents (`nimes`).
    public func city(matching text: String) throws -> City? {
        let key = text.foldedForSearch
        return try cities().first { $0.id.lowercased() == key || $0.name.foldedForSearch == key }
    }

    /// Resolves each text to a city id, or fails naming the unknown one.
    public func cityIds(_ texts: [String]) throws -> [String] {
        var ids: [String] = []
        for t in texts {
            guard let c = try city(matching: t) else {
                throw PlannerError.invalidValue(Catalogue.unknownCity(t, known: try cities().map(\.name)))
            }
            if !ids.contains(c.id) { ids.append(c.id) }
        }
        return ids
    }

    public func person(matching text: String) throws -> Person? {
        let key = text.foldedForSearch
        return try people().first { $0.id.lowercased() == key || $0.name.foldedForSearch == key }
    }

    /// Resolves people by id or name; a name not known yet adds that person with `home` as
    /// home city (as tags do in other tools). Returns their ids.
    public func personIds(_ texts: [String], home: String) throws -> [String] {
        try write { db in try Store.personIds(db, texts, home: home) }
    }

    static func personIds(_ db: Database, _ texts: [String], home: String) throws -> [String] {
        var ids: [String] = []
        for raw in texts {
            let t = raw.trimmingCharacters(in: .whitespaces)
            guard !t.isEmpty else { throw PlannerError.invalidValue(Catalogue.emptyPersonName) }
            let key = t.foldedForSearch
            let rows = try Row.fetchAll(db, sql: "SELECT id, name FROM person")
            if let row = rows.first(where: { ($0["id"] as String).lowercased() == key || ($0["name"] as String).foldedForSearch == key }) {
                let id: String = row["id"]
                if !ids.contains(id) { ids.append(id) }
                continue
            }
            let maxNumber = rows.compactMap { row -> Int? in
                let id: String = row["id"]
                return id.hasPrefix("P") ? Int(id.dropFirst()) : nil
            }.max() ?? 0
            let id = String(format: "P%03d", maxNumber + 1)
            try db.execute(sql: "INSERT INTO person(id, name, home, roles) VALUES (?, ?, ?, '[]')", arguments: [id, t, home])
            ids.append(id)
        }
        return ids
    }

    public func setting(_ key: SettingKey) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.rawValue]) }
    }

    /// Sets a setting (nil removes it).
    public func setSetting(_ key: SettingKey, _ value: String?) throws {
        try write { db in try Store.setSetting(db, key, value) }
    }

    static func setSetting(_ db: Database, _ key: SettingKey, _ value: String?) throws {
        if let value {
            try db.execute(sql: "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [key.rawValue, value])
        } else {
            try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [key.rawValue])
        }
    }

    /// The office this database belongs to (`config --office`), nil when not chosen yet.
    public func ownOffice() throws -> Office? {
        try setting(.office).flatMap(Office.init(rawValue:))
    }

    public func setOwnOffice(_ office: Office) throws {
        try setSetting(.office, office.rawValue)
    }
}
