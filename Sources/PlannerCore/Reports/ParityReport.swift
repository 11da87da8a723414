import Foundation

/// The Toulouse/Montpellier balance: for each quarter or month of a year, how many events
/// were held in Toulouse, in Montpellier and elsewhere, and per organising office.
/// An occurrence counts once in the period where it starts; a duplex event held in both
/// cities counts for both; `elsewhere` counts events held in neither.
public struct ParityReport: Sendable {
    public enum Grouping: String, Sendable, CaseIterable { case quarter, month }

    public struct Period: Sendable, Equatable {
        public var label: String
        public var toulouse = 0
        public var montpellier = 0
        public var elsewhere = 0
        public var byOffice: [Office: Int] = [:]
        public var difference: Int { toulouse - montpellier }
    }

    public var year: Int
    public var grouping: Grouping
    public var periods: [Period]

    public init(year: Int, grouping: Grouping, occurrences: [Occurrence], zone: TimeZone) {
        self.year = year
        self.grouping = grouping
        let count = grouping == .quarter ? 4 : 12
        periods = (1...count).map { i in
            Period(label: grouping == .quarter ? "\(year)-Q\(i)" : String(format: "%04d-%02d", year, i),
                   byOffice: Dictionary(uniqueKeysWithValues: Office.allCases.map { ($0, 0) }))
        }
        for o in occurrences {
            let day = LocalDate(o.start, in: o.allDay ? o.event.zone : zone)
            guard day.year == year else { continue }
            let i = grouping == .quarter ? (day.month - 1) / 3 : day.month - 1
            let inT = o.event.cities.contains("TLS"), inM = o.event.cities.contains("MPL")
            if inT { periods[i].toulouse += 1 }
            if inM { periods[i].montpellier += 1 }
            if !inT && !inM { periods[i].elsewhere += 1 }
            periods[i].byOffice[o.event.office, default: 0] += 1
        }
    }

    public var json: JSONValue {
        .object([
            ("year", .int(year)),
            ("by", .string(grouping.rawValue)),
            ("periods", .array(periods.map { p in
                .object([
                    ("period", .string(p.label)),
                    ("toulouse", .int(p.toulouse)),
                    ("montpellier", .int(p.montpellier)),
                    ("elsewhere", .int(p.elsewhere)),
                    ("difference", .int(p.difference)),
                    ("byOffice", .object(Office.allCases.map { ($0.rawValue, .int(p.byOffice[$0] ?? 0)) })),
                ])
            })),
        ])
    }

    public func text(_ lang: Language) -> String {
        let fr = lang == .fr
        var out = (fr ? "Parité Toulouse / Montpellier — \(year)" : "Toulouse / Montpellier parity — \(year)") + "\n\n"
        let head = fr ? ["période", "Toulouse", "Montpellier", "ailleurs", "écart", "bur. TLS", "bur. MPL", "commun"]
                      : ["period", "Toulouse", "Montpellier", "elsewhere", "diff.", "TLS off.", "MPL off.", "joint"]
        let widths = [9, 9, 12, 10, 6, 9, 9, 7]
        func row(_ cells: [String]) -> String {
            zip(cells, widths).enumerated().map { i, p in
                let pad = String(repeating: " ", count: max(0, p.1 - p.0.count))
                return i == 0 ? p.0 + pad : pad + p.0
            }.joined(separator: " ") + "\n"
        }
        out += row(head)
        var total = Period(label: fr ? "total" : "total")
        for p in periods {
            out += row([p.label, "\(p.toulouse)", "\(p.montpellier)", "\(p.elsewhere)", signed(p.difference),
                        "\(p.byOffice[.toulouse] ?? 0)", "\(p.byOffice[.montpellier] ?? 0)", "\(p.byOffice[.joint] ?? 0)"])
            total.toulouse += p.toulouse
            total.montpellier += p.montpellier
            total.elsewhere += p.elsewhere
            for o in Office.allCases { total.byOffice[o, default: 0] += p.byOffice[o] ?? 0 }
        }
        out += row([total.label, "\(total.toulouse)", "\(total.montpellier)", "\(total.elsewhere)", signed(total.difference),
                    "\(total.byOffice[.toulouse] ?? 0)", "\(total.byOffice[.montpellier] ?? 0)", "\(total.byOffice[.joint] ?? 0)"])
        return out
    }

    func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : "\(n)" }
}
