import Foundation

/// Recurrences as other programs write them: sloppy RRULE lines repaired, several RRULEs,
/// DATE exclusions on timed series, changed occurrences (all-day or timed, one or "this and
/// future") folded into their series.
extension ICSImporter {
    struct Rule { var text: String; var line: Int }

    /// The event's RRULE lines, repaired where the intent is clear: an empty one is dropped,
    /// `\;` escapes are undone, a COUNT below 1 is dropped. A rule still unreadable throws.
    static func rules(_ c: ICSComponent, diagnostics: ICSDiagnostics, validate: (String) -> String?) throws(ICSError) -> [Rule] {
        var out: [Rule] = []
        for p in c.all("RRULE") {
            var text = p.value.trimmedWhitespace
            if text.isEmpty { try diagnostics.report(p.line, .emptyRule); continue }
            if text.contains("\\") {
                try diagnostics.report(p.line, .escapedRule)
                text = text.replacingOccurrences(of: "\\", with: "")
            }
            var parts = text.split(separator: ";", omittingEmptySubsequences: true).map(String.init)
            if let i = parts.firstIndex(where: { $0.uppercased().hasPrefix("COUNT=") }),
               let n = Int(parts[i].dropFirst(6).trimmedWhitespace), n < 1 {
                try diagnostics.report(p.line, .negativeCount)
                parts.remove(at: i)
            }
            text = parts.joined(separator: ";")
            if let problem = validate(text) { throw ICSError(line: p.line, .invalidRule(problem)) }
            if !out.isEmpty { try diagnostics.report(p.line, .extraRule) }
            out.append(Rule(text: (try? RecurrenceRule(parsing: text).rfc5545) ?? text, line: p.line))
        }
        return out
    }

    /// The rule, with the time of day written in DTSTART made explicit (BYHOUR, BYMINUTE,
    /// BYSECOND) when DTSTART falls in a spring-forward gap: the stored start is the moved
    /// instant, and later occurrences must keep the written time.
    static func pinningTimeOfDay(_ text: String, written: LocalDateTime, stored: Event, dateOnly: Bool) -> String {
        guard !dateOnly, var r = try? RecurrenceRule(parsing: text), r.frequency >= .daily,
              r.byHour.isEmpty, r.byMinute.isEmpty, r.bySecond.isEmpty,
              LocalDateTime(stored.start, in: stored.zone) != written else { return text }
        r.byHour = [written.hour]
        r.byMinute = [written.minute]
        r.bySecond = [written.second]
        return r.rfc5545
    }

    /// `EXDATE;VALUE=DATE` on a timed series removes that day's occurrences.
    static func applyDateExclusions(_ days: [LocalDate], to event: inout Event) {
        guard !days.isEmpty else { return }
        var excluded: [Date] = []
        for d in days {
            let from = d.startInstant(in: event.zone), to = d.adding(days: 1).startInstant(in: event.zone)
            excluded += event.occurrences(from: from, to: to).compactMap { o in
                o.recurrenceId.flatMap { LocalDate($0, in: event.zone) == d ? $0 : nil }
            }
            if !event.isRecurring, LocalDate(event.start, in: event.zone) == d { excluded.append(event.start) }
        }
        event.exdates = Array(Set(event.exdates + excluded)).sorted()
    }

    /// The occurrence a RECURRENCE-ID names in its series: a DATE-TIME on an all-day series
    /// names that day; a DATE on a timed series names the occurrence on that day.
    static func recurrenceId(of inst: Instance, in master: Event) -> Date {
        if master.allDay { return inst.recurrenceDay.startInstant(in: master.zone) }
        if inst.recurrenceIsDate {
            let d = inst.recurrenceDay
            let starts = master.recurrenceSet?.starts(from: d.startInstant(in: master.zone), to: d.adding(days: 1).startInstant(in: master.zone), limit: 1)
            return starts?.first ?? inst.recurrenceId
        }
        return inst.recurrenceId
    }

    /// The override an instance makes: only what differs from the series is kept, so that
    /// later edits of the series show through.
    static func override(_ inst: Instance, recurrenceId: Date, of master: Event) -> OccurrenceOverride {
        let e = inst.event
        var o = OccurrenceOverride(recurrenceId: recurrenceId, start: e.start, end: e.end, title: e.title,
                                   description: e.description.isEmpty ? nil : e.description, cities: e.cities,
                                   people: e.people.isEmpty ? nil : e.people, cancelled: inst.cancelled, sequence: e.sequence)
        if e.allDay != master.allDay { o.allDay = e.allDay }
        if o.title == master.title { o.title = nil }
        if o.cities == master.cities { o.cities = nil }
        if o.people == master.people { o.people = nil }
        if o.description == master.description { o.description = nil }
        return o
    }

    /// `RANGE=THISANDFUTURE`: the series ends before `rid`; a new series (`newUID`) starts at
    /// the changed instance with its fields, later exceptions shifted by the same amount.
    static func split(_ master: inout Event, at rid: Date, with inst: Instance, newUID: String) -> Event? {
        guard let text = master.rrule, var rule = try? RecurrenceRule(parsing: text), rid > master.start else {
            // At the first occurrence: the whole series changes.
            if rid == master.start {
                let shift = inst.event.start.timeIntervalSince(rid)
                master.title = inst.event.title
                if !inst.event.description.isEmpty { master.description = inst.event.description }
                master.start = inst.event.start
                master.end = inst.event.end
                master.exdates = master.exdates.map { $0.addingTimeInterval(shift) }
                master.rdates = master.rdates.map { $0.addingTimeInterval(shift) }
            }
            return nil
        }
        let shift = inst.event.start.timeIntervalSince(rid)
        var tail = master
        tail.uid = newUID
        tail.start = inst.event.start
        tail.end = inst.event.end
        tail.title = inst.event.title
        if !inst.event.description.isEmpty { tail.description = inst.event.description }
        if inst.event.cities != master.cities && !inst.event.cities.isEmpty { tail.cities = inst.event.cities }
        tail.sequence = max(master.sequence, inst.event.sequence)
        tail.exdates = master.exdates.filter { $0 > rid }.map { $0.addingTimeInterval(shift) }
        tail.rdates = master.rdates.filter { $0 > rid }.map { $0.addingTimeInterval(shift) }
        tail.overrides = master.overrides.filter { $0.recurrenceId > rid }.map { o in
            var o = o
            o.recurrenceId = o.recurrenceId.addingTimeInterval(shift)
            return o
        }
        var head = rule
        if let count = rule.count {
            let before = master.recurrenceSet?.starts(from: master.start, to: rid).count ?? 0
            head.count = max(1, before)
            rule.count = max(1, count - before)
        } else {
            head.until = master.allDay ? .date(LocalDate(rid, in: master.zone).adding(days: -1)) : .utc(rid.addingTimeInterval(-1))
        }
        tail.rrule = pinningTimeOfDay(rule.rfc5545, written: LocalDateTime(inst.event.start, in: inst.event.zone), stored: tail, dateOnly: tail.allDay)
        master.rrule = head.rfc5545
        master.exdates = master.exdates.filter { $0 < rid }
        master.rdates = master.rdates.filter { $0 < rid }
        master.overrides = master.overrides.filter { $0.recurrenceId < rid }
        return tail
    }

    /// The series for a second RRULE line: the same event repeated by that rule. DTSTART
    /// belongs to the first series; when the rule itself does not produce DTSTART, the
    /// companion starts at the rule's first occurrence (so COUNT counts the same ones).
    static func companion(of event: Event, rule text: String, written: LocalDateTime) -> Event? {
        guard let rule = try? RecurrenceRule(parsing: text) else { return nil }
        var extra = event
        extra.rrule = pinningTimeOfDay(text, written: written, stored: event, dateOnly: event.allDay)
        extra.rdates = []
        extra.overrides = []
        let expander = RecurrenceExpander(rule: rule, start: written)
        let ownStart = expander.candidates(period: 0).contains(written)
        if ownStart {
            extra.exdates = Array(Set(extra.exdates + [event.start])).sorted()
        } else {
            let upper = LocalDateTime(date: LocalDate(year: SupportedDates.years.upperBound, month: 12, day: 31), hour: 0, minute: 0)
            guard let next = expander.expand(lower: nil, upper: upper, limit: 2, pastUntil: { _ in false }).dropFirst().first else { return nil }
            let s = event.allDay ? next.date.startInstant(in: event.zone) : next.instant(in: event.zone)
            extra.start = s
            extra.end = event.allDay ? Event.sameWallClockEnd(start: s, length: event.duration, zone: event.zone) : s.addingTimeInterval(event.duration)
            if var r = try? RecurrenceRule(parsing: extra.rrule ?? text), r.until == nil, let c = r.count {
                r.count = c
                extra.rrule = r.rfc5545
            }
        }
        return extra
    }

    /// Lists a finite series (at most 2,000 occurrences) as RDATEs converted with the file's
    /// VTIMEZONE, for a zone that no IANA zone matches; an endless one stays a rule in the
    /// closest zone (already reported).
    static func materialize(_ event: inout Event, written: LocalDateTime, in definition: VTimeZone) {
        guard let text = event.rrule, let rule = try? RecurrenceRule(parsing: text), rule.count != nil || rule.until != nil, !event.allDay else { return }
        let upper = LocalDateTime(date: LocalDate(year: SupportedDates.years.upperBound, month: 12, day: 31), hour: 0, minute: 0)
        let expander = RecurrenceExpander(rule: rule, start: written)
        let locals = expander.expand(lower: nil, upper: upper, limit: 2001) { t in
            switch rule.until {
            case nil: return false
            case .date(let d)?: return t.date > d
            case .floating(let u)?: return t > u
            case .utc(let u)?: return definition.instant(t) > u
            }
        }
        guard locals.count <= 2000 else { return }
        event.rrule = nil
        event.rdates = Array(Set(event.rdates + locals.map(definition.instant))).sorted()
        if event.rdates.first == event.start { event.rdates.removeFirst() }
    }

    /// The zone name stored for an event: `UTC` for every spelling of UTC.
    static func storedZoneName(_ zone: TimeZone) -> String {
        zone.secondsFromGMT() == 0 && ["GMT", "UTC", "Etc/UTC", "Etc/GMT", "GMT+0000", "GMT+00:00"].contains(zone.identifier) ? "UTC" : zone.identifier
    }
}
