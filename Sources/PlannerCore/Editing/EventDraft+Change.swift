import Foundation

// Parsing and validating every field of a draft once, and building the change: a new
// event, an edited one (sequence bumped; a new start puts the event in the display zone),
// or one occurrence's override (its sequence bumped, its people kept unless given).

extension EventDraft {
    /// Validates every field for `target` and builds the change, or returns every problem.
    /// `cities` maps city ids to names (a city is typed by either); nothing is read or written.
    public func change(for target: Target, zone: TimeZone, today: LocalDate, now: Date,
                       cities known: [String: String]) -> Result<EventChange, DraftErrors> {
        var errors: [(Field, Localized)] = []
        var isNew = false
        if case .new = target { isNew = true }

        let title = self.title.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let title, title.isEmpty { errors.append((.title, Catalogue.emptyOption(name(.title)))) }
        if isNew && title == nil { errors.append((.title, Catalogue.missingOption(name(.title)))) }

        var cityIds: [String]?
        if let texts = self.cities {
            var ids: [String] = []
            for t in texts.map({ $0.trimmingCharacters(in: .whitespaces) }) where !t.isEmpty {
                guard let id = Self.cityId(t, known) else {
                    errors.append((.cities, Catalogue.unknownCity(t, known: known.values.sorted { $0.frenchSortKey < $1.frenchSortKey })))
                    break
                }
                if !ids.contains(id) { ids.append(id) }
            }
            if ids.isEmpty && !errors.contains(where: { $0.0 == .cities }) {
                errors.append((.cities, Catalogue.missingRepeatable(name(.cities))))
            }
            cityIds = ids
        } else if isNew {
            errors.append((.cities, Catalogue.missingRepeatable(name(.cities))))
        }

        let office = parse(.office, self.office, &errors) { Office(userText: $0) } else: { Catalogue.unknownOffice($0) }
        let kind = parse(.kind, self.kind, &errors) { EventKind(userText: $0) } else: {
            Catalogue.unknownKind($0, known: EventKind.allCases.map(\.rawValue))
        }
        let audience = parse(.audience, self.audience, &errors) { Audience(rawValue: $0.lowercased()) } else: { Catalogue.unknownAudience($0) }
        var rule: String??
        if let r = rrule {
            if r.trimmingCharacters(in: .whitespaces).isEmpty { rule = .some(nil) } else {
                do { rule = .some(try RecurrenceRule(parsing: r).rfc5545) } catch {
                    errors.append((.rrule, Catalogue.invalidRule(r, "\(error)")))
                }
            }
        }
        if let p = people, p.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            errors.append((.people, Catalogue.emptyPersonName))
        }

        // The shape whose timing the draft changes: the event, or the occurrence as it is.
        var shape: Event?
        var override: OccurrenceOverride?
        switch target {
        case .new: break
        case .event(let e): shape = e
        case .occurrence(let e, let occurrence):
            let rid = occurrence.recurrenceId ?? occurrence.start
            let o = e.overrides.first { $0.recurrenceId == rid }
                ?? OccurrenceOverride(recurrenceId: rid, start: occurrence.start, end: occurrence.end)
            override = o
            var s = e
            s.start = o.start
            s.end = o.end
            shape = s
        }
        var timing: (Date, Date, Bool)?
        if isNew || changesTiming { timing = self.timing(zone: zone, today: today, current: shape, errors: &errors) }

        guard errors.isEmpty else {
            return .failure(DraftErrors(problems: errors.sorted { $0.0 < $1.0 }.map { (field: $0.0, message: $0.1) }))
        }
        let peopleTexts = people?.map { $0.trimmingCharacters(in: .whitespaces) }
        let seriesText = series?.trimmingCharacters(in: .whitespaces)
        switch target {
        case .new(let defaultOffice):
            let (s, e, allDay) = timing!
            let event = Event(title: title!, description: description ?? "", start: s, end: e, allDay: allDay,
                              timeZone: zone.identifier, cities: cityIds!, office: office ?? defaultOffice, kind: kind ?? .meeting,
                              audience: audience ?? .regional, rrule: rule ?? nil, big: big ?? false, created: now, lastModified: now)
            return .success(EventChange(event: event, people: peopleTexts, series: seriesText.flatMap { $0.isEmpty ? nil : $0 }))
        case .event(var event):
            if let (s, e, allDay) = timing {
                event.start = s
                event.end = e
                event.allDay = allDay
                // Times are typed in the display zone: a new start puts the event in it.
                if start != nil { event.timeZone = zone.identifier }
            }
            if let title { event.title = title }
            if let description { event.description = description }
            if let cityIds { event.cities = cityIds }
            if let office { event.office = office }
            if let kind { event.kind = kind }
            if let audience { event.audience = audience }
            if let big { event.big = big }
            if let rule { event.rrule = rule }
            if seriesText == "" { event.series = nil }
            event.sequence += 1
            event.lastModified = now
            return .success(EventChange(event: event, people: peopleTexts, series: seriesText.flatMap { $0.isEmpty ? nil : $0 }))
        case .occurrence(var master, _):
            var ov = override!
            let rid = ov.recurrenceId
            if let (s, e, _) = timing {
                ov.start = s
                ov.end = e
            }
            if let title { ov.title = title }
            if let description { ov.description = description }
            if let cityIds { ov.cities = cityIds }
            ov.sequence += 1
            master.setOverride(ov, at: now)
            return .success(EventChange(event: master, occurrencePeople: peopleTexts.map { .init(recurrenceId: rid, people: $0) }))
        }
    }

    /// A choice field: nil when not given, the value, or an error.
    private func parse<T>(_ f: Field, _ text: String?, _ errors: inout [(Field, Localized)],
                          _ make: (String) -> T?, else message: (String) -> Localized) -> T? {
        guard let text else { return nil }
        if let v = make(text) { return v }
        errors.append((f, message(text)))
        return nil
    }

    /// A city by id or name, accents and case ignored.
    static func cityId(_ text: String, _ known: [String: String]) -> String? {
        let key = text.foldedForSearch
        if let id = known.keys.first(where: { $0.lowercased() == key }) { return id }
        return known.first { $0.value.foldedForSearch == key }?.key
    }
}

extension Event {
    /// The occurrence of a recurring event that falls on `day` (in the display zone), for
    /// changing or removing that one occurrence.
    public func occurrence(on day: LocalDate, zone: TimeZone) throws -> Occurrence {
        guard isRecurring else { throw PlannerError.invalidValue(Catalogue.notRecurring(uid: uid)) }
        let from = day.startInstant(in: zone), to = day.adding(days: 1).startInstant(in: zone)
        let found = occurrences(from: from, to: to).filter {
            LocalDate($0.recurrenceId ?? $0.start, in: allDay ? self.zone : zone) == day || LocalDate($0.start, in: zone) == day
        }
        guard let o = found.first else { throw PlannerError.invalidValue(Catalogue.noOccurrence(uid: uid, day: day.description)) }
        return o
    }
}

extension Event {
    /// The occurrence whose original start is `recurrenceId`: as the series expands it, or
    /// (when an override moved it away) with its original times.
    public func occurrence(recurrenceId: Date) -> Occurrence {
        occurrences(from: recurrenceId.addingTimeInterval(-1), to: recurrenceId.addingTimeInterval(max(duration, 1) + 86400))
            .first { ($0.recurrenceId ?? $0.start) == recurrenceId }
            ?? Occurrence(event: self, start: recurrenceId, end: recurrenceId.addingTimeInterval(duration), recurrenceId: recurrenceId)
    }
}
