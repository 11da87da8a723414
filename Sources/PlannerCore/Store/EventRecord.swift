import Foundation
import GRDB

/// The `event` table's row. Lists that are read only with their event (exdates, overrides,
/// extra properties) are JSON columns; cities and people are join tables because queries
/// filter on them.
struct EventRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "event"

    var uid: String
    var title: String
    var description: String
    var startUtc: Double
    var endUtc: Double
    var durationSeconds: Double
    var allDay: Bool
    var timeZone: String
    var office: String
    var kind: String
    var audience: String
    var series: String?
    var rrule: String?
    var recurring: Bool
    var lastEndUtc: Double?
    var exdates: String
    var rdates: String
    var overrides: String
    var placed: Bool
    var placement: String?
    var big: Bool
    var sequence: Int
    var created: Double
    var lastModified: Double
    var extraProperties: String

    private static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .secondsSince1970
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    private static let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .secondsSince1970
        return d
    }()

    static func json<T: Encodable>(_ value: T) -> String {
        // Most lists are empty: no encoder for them (an import writes four lists per event).
        if let list = value as? any Collection, list.isEmpty { return "[]" }
        // The kept lines of every imported event, the uids of an import: without the encoder.
        if let strings = value as? [String], let text = jsonStrings(strings) { return text }
        return String(decoding: (try? encoder.encode(value)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// A list of strings written as `JSONEncoder` writes it (`"`, `\\` and `/` escaped,
    /// newline, return and tab as `\n`, `\r`, `\t`); nil for a string holding another
    /// control character (left to the encoder).
    static func jsonStrings(_ list: [String]) -> String? {
        var out: [UInt8] = [0x5B]
        out.reserveCapacity(list.reduce(2) { $0 + $1.utf8.count + 3 })
        for (i, s) in list.enumerated() {
            if i > 0 { out.append(0x2C) }
            out.append(0x22)
            for b in s.utf8 {
                switch b {
                case 0x22, 0x5C, 0x2F: out.append(0x5C); out.append(b)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                case 0x09: out.append(0x5C); out.append(0x74)
                case 0..<0x20, 0x7F: return nil
                default: out.append(b)
                }
            }
            out.append(0x22)
        }
        out.append(0x5D)
        return String(decoding: out, as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try decoder.decode(type, from: Data(text.utf8))
    }

    /// A list column: the empty list without a decoder (most rows), else JSON.
    static func decodeList<T: Decodable>(_ type: [T].Type, _ text: String) throws -> [T] {
        text == "[]" ? [] : try decode(type, text)
    }

    static let columns = ["uid", "title", "description", "startUtc", "endUtc", "durationSeconds", "allDay", "timeZone",
                          "office", "kind", "audience", "series", "rrule", "recurring", "lastEndUtc", "exdates", "rdates",
                          "overrides", "placed", "placement", "big", "sequence", "created", "lastModified", "extraProperties",
                          // Not a stored property: computed from the title and description on every write.
                          "searchText"]
    static let insertSQL = "INSERT INTO event(\(columns.joined(separator: ", "))) VALUES (\(databaseQuestionMarks(count: columns.count)))"
    static let updateSQL = "UPDATE event SET \(columns.dropFirst().map { "\($0) = ?" }.joined(separator: ", ")) WHERE uid = ?"

    /// The row's values in `columns` order, with the pre-folded text search matches
    /// (SearchFolding): every write of an event goes through here, so it is never stale.
    var values: [(any DatabaseValueConvertible)?] {
        [uid, title, description, startUtc, endUtc, durationSeconds, allDay, timeZone, office, kind, audience, series, rrule,
         recurring, lastEndUtc, exdates, rdates, overrides, placed, placement, big, sequence, created, lastModified, extraProperties,
         SearchFolding.key(title: title, description: description)]
    }

    /// Inserts the row, or updates it when the uid is known, with statements prepared once per
    /// connection (GRDB's `save` tries an UPDATE before every INSERT). Returns whether it existed
    /// (`known` when the caller already looked).
    static func upsert(_ db: Database, uid: String, values: [DatabaseValue], existed known: Bool? = nil) throws -> Bool {
        let existed = try known ?? Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM event WHERE uid = ?)"), arguments: [uid]) ?? false
        var v = values
        if existed {
            v.append(v.removeFirst())
            try db.cachedStatement(sql: updateSQL).execute(arguments: StatementArguments(v))
        } else {
            try db.cachedStatement(sql: insertSQL).execute(arguments: StatementArguments(v))
        }
        return existed
    }

    /// Reads a row of `SELECT * FROM event` (or `event.*`) by position, in the order of the
    /// v1 schema (later migrations only append columns): much faster than decoding by name
    /// through Codable when a report reads tens of thousands of rows.
    init(row: Row) {
        uid = row[0]
        title = row[1]
        description = row[2]
        startUtc = row[3]
        endUtc = row[4]
        durationSeconds = row[5]
        allDay = row[6]
        timeZone = row[7]
        office = row[8]
        kind = row[9]
        audience = row[10]
        series = row[11]
        rrule = row[12]
        recurring = row[13]
        lastEndUtc = row[14]
        exdates = row[15]
        rdates = row[16]
        overrides = row[17]
        placed = row[18]
        placement = row[19]
        big = row[20]
        sequence = row[21]
        created = row[22]
        lastModified = row[23]
        extraProperties = row[24]
    }

    /// - Parameter lastEnd: the end of the last occurrence of a recurring event (nil when it
    ///   never ends), used to skip finished series without expanding them.
    init(_ e: Event, lastEnd: Date?) {
        uid = e.uid
        title = e.title
        description = e.description
        startUtc = e.start.timeIntervalSince1970
        endUtc = e.end.timeIntervalSince1970
        durationSeconds = e.end.timeIntervalSince(e.start)
        allDay = e.allDay
        timeZone = e.timeZone
        office = e.office.rawValue
        kind = e.kind.rawValue
        audience = e.audience.rawValue
        series = e.series
        rrule = e.rrule
        recurring = e.isRecurring
        lastEndUtc = e.isRecurring ? lastEnd?.timeIntervalSince1970 : e.end.timeIntervalSince1970
        exdates = Self.json(e.exdates)
        rdates = Self.json(e.rdates)
        overrides = Self.json(e.overrides)
        placed = e.placement.isPlaced
        placement = e.placement.isPlaced ? nil : Self.json(e.placement)
        big = e.big
        sequence = e.sequence
        created = e.created.timeIntervalSince1970
        lastModified = e.lastModified.timeIntervalSince1970
        extraProperties = Self.json(e.extraProperties)
    }

    func event(cities: [String], people: [String]) throws -> Event {
        guard let office = Office(rawValue: office) else {
            throw PlannerError.database(Catalogue.unknownOfficeInDatabase(uid: uid, office: self.office))
        }
        return Event(
            uid: uid, title: title, description: description,
            start: Date(timeIntervalSince1970: startUtc), end: Date(timeIntervalSince1970: endUtc),
            allDay: allDay, timeZone: timeZone, cities: cities, office: office,
            kind: EventKind(rawValue: kind) ?? .meeting, audience: Audience(rawValue: audience) ?? .regional,
            series: series, people: people, rrule: rrule,
            exdates: try JSONListReader.wholeSeconds(exdates) ?? Self.decodeList([Date].self, exdates),
            rdates: try JSONListReader.wholeSeconds(rdates) ?? Self.decodeList([Date].self, rdates),
            overrides: try Self.decodeList([OccurrenceOverride].self, overrides),
            placement: try placement.map { try Self.decode(Placement.self, $0) } ?? .placed,
            big: big, sequence: sequence,
            created: Date(timeIntervalSince1970: created), lastModified: Date(timeIntervalSince1970: lastModified),
            extraProperties: try JSONListReader.strings(extraProperties) ?? Self.decodeList([String].self, extraProperties))
    }
}
