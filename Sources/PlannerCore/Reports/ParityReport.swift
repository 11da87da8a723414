import Foundation

/// The Toulouse/Montpellier balance: for each quarter or month of a year, how many events
/// were held in Toulouse, in Montpellier and elsewhere, and per organising office.
/// An occurrence counts once in the period where it starts; a duplex event held in both
/// cities counts for both; `elsewhere` counts events held in neither. A period whose
/// difference exceeds the threshold (`config --parity-threshold`, default 3) is flagged.
/// Rendered as a table with side-by-side text bars, as JSON, and as an A4 HTML page.
public struct ParityReport: Sendable {
    public enum Grouping: String, Sendable, CaseIterable { case quarter, month }

    public static let defaultThreshold = 3

    public struct Period: Sendable, Equatable {
        public var label: String
        public var first: LocalDate
        public var last: LocalDate
        public var toulouse = 0
        public var montpellier = 0
        public var elsewhere = 0
        /// Events whose city is unknown (an imported location naming no known city):
        /// counted apart, in neither city nor `elsewhere`.
        public var unknownCity = 0
        public var byOffice: [Office: Int] = [:]
        /// Toulouse minus Montpellier: positive when Toulouse is ahead.
        public var difference: Int { toulouse - montpellier }
        public func contains(_ d: LocalDate) -> Bool { d >= first && d <= last }
    }

    public var year: Int
    public var grouping: Grouping
    public var periods: [Period]
    public var threshold: Int
    /// The period holding this day is highlighted (nil: none).
    public var today: LocalDate?

    /// What the report needs of one occurrence (the store reads only this, with SQL, instead
    /// of decoding whole events): its start, the zone of its day, its cities and office.
    public struct Counted: Sendable {
        public var start: Date
        /// The event's own zone for an all-day occurrence, nil for a timed one.
        public var allDayZone: TimeZone?
        public var toulouse: Bool
        public var montpellier: Bool
        public var noCity: Bool
        public var office: Office

        public init(start: Date, allDayZone: TimeZone?, toulouse: Bool, montpellier: Bool, noCity: Bool, office: Office) {
            self.start = start
            self.allDayZone = allDayZone
            self.toulouse = toulouse
            self.montpellier = montpellier
            self.noCity = noCity
            self.office = office
        }

        public init(_ o: Occurrence) {
            self.init(start: o.start, allDayZone: o.allDay ? o.event.zone : nil, toulouse: o.event.cities.contains("TLS"),
                      montpellier: o.event.cities.contains("MPL"), noCity: o.event.cities.isEmpty, office: o.event.office)
        }
    }

    public init(year: Int, grouping: Grouping, occurrences: [Occurrence], zone: TimeZone,
                threshold: Int = ParityReport.defaultThreshold, today: LocalDate? = nil) {
        self.init(year: year, grouping: grouping, counted: occurrences.map(Counted.init), zone: zone, threshold: threshold, today: today)
    }

    public init(year: Int, grouping: Grouping, counted: [Counted], zone: TimeZone,
                threshold: Int = ParityReport.defaultThreshold, today: LocalDate? = nil) {
        self.year = year
        self.grouping = grouping
        self.threshold = threshold
        self.today = today
        let count = grouping == .quarter ? 4 : 12
        let step = grouping == .quarter ? 3 : 1
        periods = (1...count).map { i in
            let first = LocalDate(year: year, month: (i - 1) * step + 1, day: 1)
            let next = i == count ? LocalDate(year: year + 1, month: 1, day: 1) : LocalDate(year: year, month: i * step + 1, day: 1)
            return Period(label: grouping == .quarter ? "\(year)-Q\(i)" : String(format: "%04d-%02d", year, i),
                          first: first, last: next.adding(days: -1),
                          byOffice: Dictionary(uniqueKeysWithValues: Office.allCases.map { ($0, 0) }))
        }
        for o in counted {
            let day = LocalDate(o.start, in: o.allDayZone ?? zone)
            guard day.year == year else { continue }
            let i = grouping == .quarter ? (day.month - 1) / 3 : day.month - 1
            if o.noCity {
                periods[i].unknownCity += 1
                periods[i].byOffice[o.office, default: 0] += 1
                continue
            }
            if o.toulouse { periods[i].toulouse += 1 }
            if o.montpellier { periods[i].montpellier += 1 }
            if !o.toulouse && !o.montpellier { periods[i].elsewhere += 1 }
            periods[i].byOffice[o.office, default: 0] += 1
        }
    }

    /// The whole year's sums.
    public var total: Period {
        var t = Period(label: "total", first: periods.first?.first ?? LocalDate(year: year, month: 1, day: 1),
                       last: periods.last?.last ?? LocalDate(year: year, month: 12, day: 31))
        for p in periods {
            t.toulouse += p.toulouse
            t.montpellier += p.montpellier
            t.elsewhere += p.elsewhere
            t.unknownCity += p.unknownCity
            for o in Office.allCases { t.byOffice[o, default: 0] += p.byOffice[o] ?? 0 }
        }
        return t
    }

    public func exceeds(_ p: Period) -> Bool { abs(p.difference) > threshold }
    public func isCurrent(_ p: Period) -> Bool { today.map(p.contains) ?? false }

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
            // After the contract's fields: events of unknown city, the threshold and the
            // periods beyond it.
            ("unknownCity", .int(total.unknownCity)),
            ("threshold", .int(threshold)),
            ("flagged", .strings(periods.filter(exceeds).map(\.label))),
        ])
    }

    /// `2026 T1` / `2026 Q1`, `janvier 2026` / `January 2026`.
    public func label(_ p: Period, _ lang: Language) -> String {
        if grouping == .month { return CalendarNames.monthTitle(year: p.first.year, month: p.first.month, lang) }
        return Catalogue.Cluster.quarterLabel(year: p.first.year, quarter: (p.first.month - 1) / 3 + 1)(lang)
    }

    /// `+2, Toulouse en avance` / `0, à égalité`.
    public func differenceText(_ d: Int, _ lang: Language) -> String {
        Catalogue.Cluster.parityDifference(d)(lang)
    }

    public func title(_ lang: Language) -> String {
        Catalogue.Cluster.parityTitle(year: year, byMonth: grouping == .month)(lang)
    }

    /// The words under the table: what "ailleurs", "écart" and a duplex mean.
    public func legend(_ lang: Language) -> [String] {
        [Catalogue.Cluster.parityElsewhereMeaning(lang), Catalogue.Cluster.parityDifferenceMeaning(threshold: threshold)(lang),
         Catalogue.Cluster.parityDuplexMeaning(lang)]
    }

    public func cells(_ p: Period, _ lang: Language, label: String) -> [String] {
        let mark = exceeds(p) ? " ⚠" : ""
        return [label, "\(p.toulouse)", "\(p.montpellier)", "\(p.elsewhere)", differenceText(p.difference, lang) + mark,
                "\(p.byOffice[.toulouse] ?? 0)", "\(p.byOffice[.montpellier] ?? 0)", "\(p.byOffice[.joint] ?? 0)"]
    }

    public func header(_ lang: Language) -> [String] {
        let c = Catalogue.Cluster.self
        return [c.period(lang), "Toulouse", "Montpellier", c.elsewhere(lang), c.difference(lang),
                c.officeToulouse(lang), c.officeMontpellier(lang), c.officeJoint(lang)]
    }

    public func text(_ lang: Language) -> String {
        var out = title(lang) + "\n\n"
        var table = TextTable(header: header(lang), leftColumns: [0, 4])
        for p in periods { table.rows.append(cells(p, lang, label: (isCurrent(p) ? "▸ " : "") + label(p, lang))) }
        table.rows.append(cells(total, lang, label: Catalogue.Cluster.total(lang)))
        out += table.render()
        out += "\n" + bars(lang, width: 78)
        out += "\n" + legend(lang).map { "  " + $0 + "\n" }.joined()
        if total.unknownCity > 0 { out += "  " + Catalogue.parityUnknownCity(total.unknownCity)(lang) + "\n" }
        return out
    }

    /// Per period, one line with the three city bars side by side, scaled to the largest
    /// count, then the office bars; `width` is the line's room in cells.
    public func bars(_ lang: Language, width: Int) -> String {
        let rows = barRows(lang, width: width)
        return rows.map { $0.text + "\n" }.joined()
    }

    /// The bar lines with what each is about (for the TUI's highlighting).
    public struct BarRow: Sendable {
        public var text: String
        public var current: Bool
        public var warning: Bool
    }

    public func barRows(_ lang: Language, width: Int) -> [BarRow] {
        let c = Catalogue.Cluster.self
        let cities = block(lang, width: width, heads: ["Toulouse", "Montpellier", c.elsewhere(lang)],
                           values: { [$0.toulouse, $0.montpellier, $0.elsewhere] }, warn: true)
        let offices = block(lang, width: width, heads: [c.officeToulouse(lang), c.officeMontpellier(lang), c.officeJoint(lang)],
                            values: { [$0.byOffice[.toulouse] ?? 0, $0.byOffice[.montpellier] ?? 0, $0.byOffice[.joint] ?? 0] }, warn: false)
        return [BarRow(text: c.byCity(lang), current: false, warning: false)] + cities
            + [BarRow(text: "", current: false, warning: false), BarRow(text: c.byOffice(lang), current: false, warning: false)] + offices
    }

    /// A heading line and one line per period with three bars side by side, scaled to the
    /// block's largest count.
    func block(_ lang: Language, width: Int, heads: [String], values: (Period) -> [Int], warn: Bool) -> [BarRow] {
        let labels = periods.map { label($0, lang) }
        let labelWidth = min(max(labels.map(TextWidth.of).max() ?? 0, 7), width < 60 ? 10 : 16)
        let top = max(1, periods.flatMap(values).max() ?? 1)
        let room = max(3, (width - labelWidth - 3 - 3 * 4 - 2) / 3)
        func bar(_ n: Int) -> String {
            let cells = n == 0 ? 0 : max(1, Int((Double(n) / Double(top) * Double(room)).rounded()))
            return TextWidth.pad(String(repeating: "█", count: cells) + " \(n)", room + 4)
        }
        let head = TextWidth.pad("", labelWidth + 3) + heads.map { TextWidth.pad(TextWidth.clip($0, room + 3), room + 4) }.joined()
        var out = [BarRow(text: head.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression), current: false, warning: false)]
        for (p, l) in zip(periods, labels) {
            let cur = isCurrent(p), flagged = warn && exceeds(p)
            let line = (cur ? "▸ " : "  ") + TextWidth.pad(TextWidth.clip(l, labelWidth), labelWidth + 1)
                + values(p).map(bar).joined() + (flagged ? "⚠" : "")
            out.append(BarRow(text: line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression),
                              current: cur, warning: flagged))
        }
        return out
    }

    public func html(_ lang: Language) -> String {
        var page = ReportHTML(title: title(lang), lang: lang)
        let rows = periods.map { cells($0, lang, label: label($0, lang)) } + [cells(total, lang, label: Catalogue.Cluster.total(lang))]
        let classes: [String?] = periods.map { exceeds($0) ? "warn" : isCurrent($0) ? "current" : nil } + [nil]
        page.add(.table(header: header(lang), rows: rows, classes: classes, numeric: [1, 2, 3, 5, 6, 7]))
        let top = max(1, periods.map { max($0.toulouse, $0.montpellier, $0.elsewhere) }.max() ?? 1)
        for p in periods {
            page.add(.heading(label(p, lang) + (exceeds(p) ? " ⚠ " + differenceText(p.difference, lang) : "")))
            page.add(.bars([("Toulouse", p.toulouse, top, "toulouse"), ("Montpellier", p.montpellier, top, "montpellier"),
                            (Catalogue.Cluster.elsewhere(lang), p.elsewhere, top, "elsewhere")]))
        }
        for l in legend(lang) { page.add(.paragraph(l, cssClass: "note")) }
        return page.render()
    }
}
