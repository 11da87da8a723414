// CalendarGenerator: deterministic iCalendar files for benchmarks and correctness tests.
// N events from a seed, in Europe/Paris, spread over 2025–2028: ~10 % recurring (a third of
// them never end, some with an EXDATE), ~8 % all-day, accented titles and long folded
// descriptions, LOCATIONs naming the reference cities. It also expands its own rules (simple
// day arithmetic, independent of PlannerCore) into the number of occurrences on each day.
import Foundation

public struct CalendarGenerator: Sendable {
    public let count: Int
    public let seed: UInt64

    public init(count: Int, seed: UInt64) {
        self.count = count
        self.seed = seed
    }

    /// First and last (exclusive) generated days: 2025-01-01 ..< 2029-01-01.
    public static let firstDay = Day(year: 2025, month: 1, day: 1)
    public static let endDay = Day(year: 2029, month: 1, day: 1)

    /// One generated event, as the generator understands it.
    public struct Item: Sendable {
        public var uid: String
        public var title: String
        public var description: String
        public var location: String
        public var start: Day
        public var minute: Int          // minutes after local midnight (timed events)
        public var length: Int          // minutes (timed) or days (all-day)
        public var allDay: Bool
        public var rule: Rule?
        public var exdate: Day?
        public var end: End = .never
    }

    /// The rules the generator writes (and expands itself).
    public enum Rule: Sendable {
        case weekly(interval: Int, weekdays: [Int])     // weekdays 0 = Monday
        case daily(interval: Int)
        case monthlyDay(Int)
        case monthlyNth(Int, weekday: Int)
        case yearly
    }

    public enum End: Sendable { case never, count(Int), until(Day) }

    public func items() -> [Item] {
        var rng = SplitMix(seed: seed)
        var out: [Item] = []
        out.reserveCapacity(count)
        let span = Self.endDay.number - Self.firstDay.number
        for i in 0..<count {
            let kind = rng.below(100)
            let city = Words.cities[rng.below(Words.cities.count)]
            let title = "\(Words.kinds[rng.below(Words.kinds.count)]) \(Words.topics[rng.below(Words.topics.count)]) — \(city)"
            var desc = Words.sentences[rng.below(Words.sentences.count)]
            desc += " " + Words.sentences[rng.below(Words.sentences.count)]
            let location = rng.below(3) == 0 ? city : "\(Words.venues[rng.below(Words.venues.count)]), \(city)"
            var item = Item(uid: "gen-\(seed)-\(i)@bench.digital113", title: title, description: desc, location: location,
                            start: Day(number: Self.firstDay.number + rng.below(span)),
                            minute: (7 * 60) + rng.below(48) * 15, length: 30 + rng.below(11) * 15,
                            allDay: false, rule: nil, exdate: nil)
            if kind < 10 {
                // Recurring: DTSTART always matches its own rule.
                let ends: End
                switch rng.below(3) {
                case 0: ends = .never
                case 1: ends = .count(3 + rng.below(28))
                default: ends = .until(Day(number: item.start.number + 20 + rng.below(400)))
                }
                switch rng.below(10) {
                case 0...3:
                    var days = [item.start.weekday]
                    if rng.below(3) == 0 { days.append((item.start.weekday + 2) % 7) }
                    item.rule = .weekly(interval: 1 + rng.below(4), weekdays: days.sorted())
                case 4:
                    item.rule = .daily(interval: 1 + rng.below(3))
                case 5, 6:
                    let d = 1 + rng.below(28)
                    item.start = Day(year: item.start.year, month: item.start.month, day: d)
                    item.rule = .monthlyDay(d)
                case 7, 8:
                    let n = 1 + rng.below(4), wd = rng.below(5)
                    item.start = Day.nth(n, weekday: wd, year: item.start.year, month: item.start.month)
                    item.rule = .monthlyNth(n, weekday: wd)
                default:
                    item.rule = .yearly
                    item.allDay = true
                    item.length = 1
                    item.start = Day(year: item.start.year, month: item.start.month, day: min(item.start.day, 28))
                }
                item.end = ends
                if rng.below(5) == 0 {
                    let occ = occurrenceDays(item, limit: 3)
                    if occ.count >= 2 { item.exdate = occ[1] }
                }
            } else if kind < 18 {
                item.allDay = true
                item.length = rng.below(6) == 0 ? 2 + rng.below(2) : 1
            }
            out.append(item)
        }
        return out
    }

    /// Days on which an item's occurrences start, in order, from DTSTART up to the end of the
    /// generated range (or `limit` occurrences), EXDATE removed.
    public func occurrenceDays(_ item: Item, limit: Int = .max) -> [Day] {
        guard let rule = item.rule else { return [item.start] }
        var out: [Day] = []
        var produced = 0
        var d = item.start
        let last = Self.endDay.number + 3
        while d.number < last && out.count < limit {
            if case .count(let c) = item.end, produced >= c { break }
            if case .until(let u) = item.end, d > u { break }
            if matches(rule, d, from: item.start) {
                produced += 1
                if d != item.exdate { out.append(d) }
            }
            d = Day(number: d.number + 1)
        }
        return out
    }

    func matches(_ rule: Rule, _ d: Day, from s: Day) -> Bool {
        switch rule {
        case .weekly(let interval, let weekdays):
            let weeks = (d.number - d.weekday - (s.number - s.weekday)) / 7
            return weeks % interval == 0 && weekdays.contains(d.weekday)
        case .daily(let interval):
            return (d.number - s.number) % interval == 0
        case .monthlyDay(let m):
            return d.day == m
        case .monthlyNth(let n, let wd):
            return d.weekday == wd && (d.day - 1) / 7 + 1 == n
        case .yearly:
            return d.month == s.month && d.day == s.day
        }
    }

    /// Occurrences per local day over the generated range (an all-day event of several days
    /// counts on each of its days).
    public func expectedCounts() -> [Day: Int] {
        var counts: [Day: Int] = [:]
        for item in items() {
            for d in occurrenceDays(item) {
                for k in 0..<(item.allDay ? item.length : 1) {
                    let day = Day(number: d.number + k)
                    if day >= Self.firstDay && day < Self.endDay { counts[day, default: 0] += 1 }
                }
            }
        }
        return counts
    }
}

/// A civil date with its day number (days since 1970-01-01), Monday = weekday 0.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let number: Int

    public init(number: Int) { self.number = number }

    public init(year: Int, month: Int, day: Int) {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = era * 146097 + doe - 719468
    }

    public var civil: (year: Int, month: Int, day: Int) {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }
    /// 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
    public var weekday: Int { ((number % 7) + 7 + 3) % 7 }

    static func nth(_ n: Int, weekday: Int, year: Int, month: Int) -> Day {
        let first = Day(year: year, month: month, day: 1)
        return Day(number: first.number + (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
    }

    public static func < (a: Day, b: Day) -> Bool { a.number < b.number }

    public var description: String {
        let c = civil
        return String(format: "%04d-%02d-%02d", c.year, c.month, c.day)
    }

    /// `20261123`
    public var compact: String {
        let c = civil
        return String(format: "%04d%02d%02d", c.year, c.month, c.day)
    }
}

/// SplitMix64, the generator's own copy (it must not depend on the code it checks).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

enum Words {
    static let cities = ["Toulouse", "Montpellier", "Nîmes", "Perpignan", "Carcassonne", "Albi", "Castres",
                         "Rodez", "Tarbes", "Auch", "Mende", "Alès", "Lézignan-Corbières"]
    static let kinds = ["Atelier", "Réunion", "Comité de pilotage", "Café numérique", "Séminaire", "Formation",
                        "Journée", "Conférence", "Petit-déjeuner", "Hackathon"]
    static let topics = ["RGPD", "cybersécurité", "IA générative", "éco-conception", "données ouvertes", "Green IT",
                         "accessibilité numérique", "télétravail", "financement à l'export", "sobriété énergétique"]
    static let venues = ["Hôtel de Région", "BIC Innov'up", "Salle des fêtes", "Médiathèque Émile-Zola",
                         "Pépinière d'entreprises", "Maison de l'Économie"]
    static let sentences = [
        "Ordre du jour : présentation des résultats, échanges avec les adhérents; questions diverses.",
        "Accueil café à partir de 8 h 30 — prévoir une pièce d'identité à l'entrée du bâtiment.",
        "Intervenants : Élodie Bérégovoy (Occitanie Numérique), François Nüñez, Zoë Lefèvre.",
        "Inscription obligatoire, places limitées; déjeuner offert aux participants inscrits.",
        "Séance co-animée par les bureaux de Toulouse et de Montpellier, retransmise en visio.",
        "Thèmes abordés : conformité, sécurité des données, accompagnement des TPE et PME.",
    ]
}
