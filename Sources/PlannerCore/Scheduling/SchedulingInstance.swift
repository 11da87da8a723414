import Foundation

/// A scheduling instance in the `d113-sched-instance/1` format of SCHEDULING.md: the
/// calendar, the rules, cities and road distances, people, series and events to place.
/// Unknown fields (meta, school holidays) are ignored.
public struct SchedulingInstance: Codable, Sendable {
    public struct Calendar: Codable, Sendable {
        public var start: String
        public var end: String
        public var workdays: [Int]
        public var public_holidays: [Holiday]
        public struct Holiday: Codable, Sendable { public var date: String; public var name: String }
    }

    public struct Rules: Codable, Sendable {
        public var far_km: Int
        public var travel_gap_days: Int
        public var max_big_events_per_city_day: Int
        public var balance_cities: [String]
        public var balance_period: String
        public var weights: Weights
        public struct Weights: Codable, Sendable { public var series_same_week: Int; public var balance: Int }
    }

    public struct CityInfo: Codable, Sendable { public var id: String; public var name: String; public var lat: Double; public var lon: Double }
    public struct PersonInfo: Codable, Sendable { public var id: String; public var name: String; public var home: String; public var roles: [String]? }
    public struct SeriesInfo: Codable, Sendable { public var id: String; public var name: String; public var kind: String?; public var spread_weeks: Bool? }
    public struct EventInfo: Codable, Sendable {
        public var id: String
        public var title: String
        public var kind: String?
        public var series: String?
        public var cities: [String]
        public var duration_days: Int
        public var earliest_start: String
        public var latest_end: String
        public var required_people: [String]
        public var big: Bool
        public var expected_attendance: Int?
    }

    public var schema: String
    public var calendar: Calendar
    public var rules: Rules
    public var cities: [CityInfo]
    public var distances_km: [String: [String: Int]]
    public var people: [PersonInfo]
    public var series: [SeriesInfo]
    public var events: [EventInfo]

    /// Reads an instance file; returns it with the SHA-256 of its bytes.
    public static func load(contentsOf url: URL) throws -> (SchedulingInstance, sha256: String) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw PlannerError.invalidValue(Catalogue.cannotReadFile(url.path))
        }
        return (try decode(data, file: url.path), SHA256.hex(data))
    }

    public static func decode(_ data: Data, file: String) throws -> SchedulingInstance {
        func bad(_ reason: Localized, at keys: [CodingKey]) -> PlannerError {
            .invalidFile(file: file, line: JSONLocator.line(of: JSONLocator.components(keys), in: data) ?? 1, reason: reason)
        }
        let instance: SchedulingInstance
        do {
            instance = try JSONDecoder().decode(SchedulingInstance.self, from: data)
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw bad(Catalogue.Scheduling.missingField(path(ctx.codingPath + [key])), at: ctx.codingPath)
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw bad(Catalogue.Scheduling.wrongType(path(ctx.codingPath)), at: ctx.codingPath)
        } catch let DecodingError.valueNotFound(_, ctx) {
            throw bad(Catalogue.Scheduling.nullValue(path(ctx.codingPath)), at: ctx.codingPath)
        } catch let DecodingError.dataCorrupted(ctx) where !ctx.codingPath.isEmpty {
            throw bad(Catalogue.Scheduling.invalidField(path(ctx.codingPath)), at: ctx.codingPath)
        } catch {
            let line = JSONLocator.syntaxErrorLine(in: data) ?? 1
            throw PlannerError.invalidFile(file: file, line: line, reason: Catalogue.Scheduling.notJSON)
        }
        do {
            try instance.validate()
        } catch let e as InstanceProblem {
            throw PlannerError.invalidFile(file: file, line: JSONLocator.line(of: e.path, in: data) ?? 1, reason: e.reason)
        }
        return instance
    }

    /// A cross-reference that does not hold, with where it is in the file.
    struct InstanceProblem: Error {
        var reason: Localized
        var path: [JSONLocator.Component]
    }

    static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }

    /// Cross-references: every city, person and date named must exist and make sense.
    func validate() throws {
        func bad(_ reason: Localized, _ path: JSONLocator.Component...) -> InstanceProblem { InstanceProblem(reason: reason, path: path) }
        guard schema == "d113-sched-instance/1" else { throw bad(Catalogue.Scheduling.unsupportedSchema(schema), .key("schema")) }
        guard let s = LocalDate(iso: calendar.start), let e = LocalDate(iso: calendar.end), s <= e else {
            throw bad(Catalogue.Scheduling.invalidCalendar, .key("calendar"))
        }
        guard s.days(until: e) <= 3700 else { throw bad(Catalogue.Scheduling.calendarTooLong, .key("calendar")) }
        let r = rules
        guard r.far_km >= 0 else { throw bad(Catalogue.Scheduling.negativeFarKm, .key("rules"), .key("far_km")) }
        guard (0...31).contains(r.travel_gap_days) else { throw bad(Catalogue.Scheduling.badTravelGap, .key("rules"), .key("travel_gap_days")) }
        guard r.max_big_events_per_city_day >= 1 else {
            throw bad(Catalogue.Scheduling.badMaxBig, .key("rules"), .key("max_big_events_per_city_day"))
        }
        guard r.balance_period == "quarter" else {
            throw bad(Catalogue.Scheduling.unsupportedPeriod(r.balance_period), .key("rules"), .key("balance_period"))
        }
        guard r.weights.series_same_week >= 0, r.weights.balance >= 0 else { throw bad(Catalogue.Scheduling.negativeWeights, .key("rules"), .key("weights")) }
        let cityIds = Set(cities.map(\.id)), personIds = Set(people.map(\.id)), seriesIds = Set(series.map(\.id))
        for (name, ids) in [("cities", cities.map(\.id)), ("people", people.map(\.id)), ("series", series.map(\.id))] {
            var once = Set<String>()
            for (i, id) in ids.enumerated() where !once.insert(id).inserted {
                throw bad(Catalogue.Scheduling.definedTwice(name, id), .key(name), .index(i))
            }
        }
        var seen = Set<String>()
        for (i, ev) in events.enumerated() {
            let at = JSONLocator.Component.index(i)
            guard seen.insert(ev.id).inserted else { throw bad(Catalogue.Scheduling.eventDefinedTwice(ev.id), .key("events"), at) }
            guard !ev.cities.isEmpty else { throw bad(Catalogue.Scheduling.noCandidateCity(ev.id), .key("events"), at, .key("cities")) }
            for c in ev.cities where !cityIds.contains(c) { throw bad(Catalogue.Scheduling.unknownCity(ev.id, c), .key("events"), at, .key("cities")) }
            for p in ev.required_people where !personIds.contains(p) { throw bad(Catalogue.Scheduling.unknownPerson(ev.id, p), .key("events"), at, .key("required_people")) }
            if let sr = ev.series, !seriesIds.contains(sr) { throw bad(Catalogue.Scheduling.unknownSeries(ev.id, sr), .key("events"), at, .key("series")) }
            guard (1...31).contains(ev.duration_days) else { throw bad(Catalogue.Scheduling.badDuration(ev.id), .key("events"), at, .key("duration_days")) }
            guard LocalDate(iso: ev.earliest_start) != nil, LocalDate(iso: ev.latest_end) != nil else {
                throw bad(Catalogue.Scheduling.badWindow(ev.id), .key("events"), at)
            }
        }
        for (i, h) in calendar.public_holidays.enumerated() where LocalDate(iso: h.date) == nil {
            throw bad(Catalogue.Scheduling.badHoliday(h.date), .key("calendar"), .key("public_holidays"), .index(i))
        }
    }
}
