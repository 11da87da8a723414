import Foundation

/// The `X-PLANNER-*` codec (office, kind, audience, series, people, placement: what our own
/// export adds), the stamps, and the verbatim lines kept from other programs.
extension ICSImporter {
    static func readPlannerProperties(_ c: ICSComponent, into event: inout Event, people: inout [Person],
                                      diagnostics: ICSDiagnostics, context: Context) throws(ICSError) {
        if let p = c.first(.office) {
            if let v = Office(rawValue: p.value.lowercased()) { event.office = v } else {
                try diagnostics.report(p.line, .invalidPlannerProperty(property: p.name, value: String(p.value.prefix(40))))
            }
        }
        if let k = c.first(.kind)?.value { event.kind = EventKind(rawValue: k) ?? EventKind(userText: k) ?? .meeting }
        if let a = c.first(.audience)?.value { event.audience = Audience(rawValue: a.lowercased()) ?? .regional }
        event.series = c.first(.series)?.value.nilIfEmpty
        if let p = c.first(.people)?.value, !p.isEmpty {
            event.people = p.split(separator: ",").map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
        }
        event.big = c.first(.big)?.value.uppercased() == "TRUE"
        if let p = c.first(.placement) {
            if let placement = placement(p.value) { event.placement = placement } else {
                try diagnostics.report(p.line, .invalidPlannerProperty(property: p.name, value: String(p.value.prefix(40))))
            }
        }
        for p in c.all(.person) {
            let f = ICSValues.splitList(p.value)
            guard f.count == 3, !f[0].isEmpty, !f[1].isEmpty else {
                try diagnostics.report(p.line, .invalidPlannerProperty(property: p.name, value: String(p.value.prefix(40))))
                continue
            }
            people.append(Person(id: f[0], name: f[1], home: f[2]))
        }
    }

    /// SEQUENCE, LAST-MODIFIED, CREATED and DTSTAMP; a bad one is reported and ignored.
    static func readStamps(_ c: ICSComponent, into event: inout Event, diagnostics: ICSDiagnostics) throws(ICSError) {
        if let s = c.first("SEQUENCE") {
            if let n = Int(s.value.trimmedWhitespace), n >= 0, n < Int(Int32.max) { event.sequence = n } else {
                try diagnostics.report(s.line, .invalidNumber(property: "SEQUENCE", value: String(s.value.prefix(40))))
            }
        }
        func stamp(_ name: String) throws(ICSError) -> Date? {
            guard let p = c.first(name) else { return nil }
            guard let (t, _) = ICSValues.dateTime(p.value.trimmedWhitespace), SupportedDates.contains(t) else {
                try diagnostics.report(p.line, .invalidDate(property: name, value: String(p.value.prefix(40))))
                return nil
            }
            return Date(timeIntervalSince1970: TimeInterval(t.secondsSinceEpoch))
        }
        let dtstamp = try stamp("DTSTAMP")
        event.lastModified = try stamp("LAST-MODIFIED") ?? dtstamp ?? Date(timeIntervalSince1970: 0)
        event.created = try stamp("CREATED") ?? event.lastModified
    }

    static let modelled: Set<String> = ["UID", "DTSTART", "DTEND", "DURATION", "SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES",
                                        "RRULE", "EXDATE", "RDATE", "SEQUENCE", "LAST-MODIFIED", "CREATED", "DTSTAMP",
                                        "RECURRENCE-ID", "STATUS"]

    /// What the planner does not model, as content lines in file order (nested components
    /// such as VALARM last), plus a foreign LOCATION, CATEGORIES and STATUS.
    static func verbatim(_ c: ICSComponent) -> [String] {
        var extra: [String] = []
        for p in c.properties where !modelled.contains(p.name) && !p.name.hasPrefix(PlannerProperty.prefix) {
            extra.append(contentLine(p))
        }
        let verbatim = Set((c.first(.verbatim)?.value ?? "").uppercased().split(separator: ",").map {
            $0.trimmedWhitespace
        })
        if c.first(.cities) == nil || verbatim.contains("LOCATION"), let loc = c.first("LOCATION") {
            // A foreign location: keep its text so export reproduces it (and screens show it).
            extra.insert(contentLine(loc), at: 0)
        }
        if c.first(.kind) == nil || verbatim.contains("CATEGORIES") {
            for categories in c.all("CATEGORIES") { extra.append(contentLine(categories)) }
        }
        // A series' own STATUS (CONFIRMED, TENTATIVE) is kept verbatim, except the TENTATIVE
        // that our writer puts on unplaced events; an override's STATUS is modelled.
        if let status = c.first("STATUS"), c.first("RECURRENCE-ID") == nil, c.first(.placement) == nil {
            extra.append(contentLine(status))
        }
        for child in c.children { extra += lines(of: child) }
        return extra
    }

    static func contentLine(_ p: ICSProperty) -> String {
        var s = p.name
        for (name, values) in p.parameters {
            s += ";" + name + "=" + values.map { v in
                v.contains(where: { ",;:".contains($0) }) ? "\"\(v)\"" : v
            }.joined(separator: ",")
        }
        return s + ":" + p.value
    }

    static func lines(of c: ICSComponent) -> [String] {
        ["BEGIN:\(c.name)"] + c.properties.map { p in
            var p = p
            p.value = p.value.removingControlCharacters
            return contentLine(p)
        } + c.children.flatMap(lines(of:)) + ["END:\(c.name)"]
    }

    /// `unplaced;candidates=TLS,MPL;window=2026-03-01/2026-03-31;days=1`.
    static func placement(_ text: String) -> Placement? {
        let parts = text.split(separator: ";").map(String.init)
        guard let head = parts.first else { return nil }
        if head == "placed" { return .placed }
        guard head == "unplaced" else { return nil }
        var candidates: [String] = [], window: (LocalDate, LocalDate)?, days = 1
        for p in parts.dropFirst() {
            let kv = p.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else { return nil }
            switch kv[0] {
            case "candidates": candidates = kv[1].split(separator: ",").map(String.init)
            case "window":
                let w = kv[1].split(separator: "/").map(String.init)
                guard w.count == 2, let a = LocalDate(iso: w[0]), let b = LocalDate(iso: w[1]),
                      SupportedDates.contains(a), SupportedDates.contains(b) else { return nil }
                window = (a, b)
            case "days": guard let n = Int(kv[1]), n >= 1, n <= 366 else { return nil }; days = n
            default: return nil
            }
        }
        guard let window, !candidates.isEmpty else { return nil }
        return .unplaced(candidates: candidates, earliest: window.0, latest: window.1, durationDays: days)
    }

    /// A stable UID for a VEVENT that has none, so importing the file twice does not duplicate.
    static func derivedUID(_ c: ICSComponent) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for p in c.properties where p.name != "DTSTAMP" {
            for b in (p.name + ":" + p.value).utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        return String(format: "%016llx@import", h)
    }
}
