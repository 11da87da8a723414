import Foundation

// Start, end and all-day from the typed texts, given the current values when editing.
// A start without a time, or allDay, makes a whole-day event; without end or duration a
// timed event lasts one hour and a whole-day event one day (or keeps its current length).

extension EventDraft {
    /// The start, end (exclusive) and all-day flag; `current` is the event (or the
    /// occurrence's shape) being edited. Problems go to `errors`; nil when there are any.
    func timing(zone: TimeZone, today: LocalDate, current: Event?, errors: inout [(Field, Localized)]) -> (Date, Date, Bool)? {
        let before = errors.count
        func fail(_ f: Field, _ m: Localized) -> (Date, Date, Bool)? { errors.append((f, m)); return nil }
        func attempt<T>(_ f: Field, _ body: () throws -> T) -> T? {
            do { return try body() } catch let e as PlannerError { errors.append((f, e.localized)) } catch {
                errors.append((f, .verbatim("\(error)")))
            }
            return nil
        }
        // The start as typed, or the current one.
        var moment: TypedMoment?
        if let start {
            guard let m = attempt(.start, { try UserInput.moment(start, today: today, option: name(.start)) }) else {
                // The time is checked too, so every invalid field is named at once.
                if let startTime, UserInput.clock(startTime) == nil {
                    errors.append((.startTime, Catalogue.invalidTime(name(.startTime), startTime)))
                }
                return nil
            }
            moment = m
            if let startTime, case .day(let d) = m {
                guard let (h, mi, s) = UserInput.clock(startTime) else {
                    return fail(.startTime, Catalogue.invalidTime(name(.startTime), startTime))
                }
                moment = .dateTime(LocalDateTime(date: d, hour: h, minute: mi, second: s))
            }
        } else if let current {
            moment = current.allDay ? .day(LocalDate(current.start, in: current.zone)) : .dateTime(LocalDateTime(current.start, in: zone))
        } else {
            return fail(.start, Catalogue.missingOption(name(.start)))
        }
        guard let startMoment = moment else { return nil }
        if end != nil && duration != nil { return fail(.duration, Catalogue.notCombined(name(.end), name(.duration))) }
        var isAllDay = allDay ?? false
        if case .day = startMoment, allDay != false { isAllDay = true }
        if start == nil, allDay == nil, let current { isAllDay = current.allDay }
        if case .day = startMoment, allDay == false, start != nil {
            return fail(startTime != nil ? .startTime : .start, Catalogue.missingTime(name(.start), start ?? ""))
        }
        if isAllDay {
            let first = startMoment.date
            var days = 1
            if let end {
                let text = end.trimmingCharacters(in: .whitespaces)
                if let d = try? UserInput.moment(text, today: today, option: name(.end)) {
                    guard d.date >= first else { return fail(.end, Catalogue.endBeforeStart(end: text, start: first.description)) }
                    days = first.days(until: d.date) + 1
                } else if let d = try? UserInput.duration(text, option: name(.end)) {
                    days = max(1, Int((d / 86400).rounded(.up)))
                } else {
                    return fail(.end, Catalogue.invalidEnd(name(.end), text))
                }
            } else if let duration {
                guard let d = attempt(.duration, { try UserInput.duration(duration, option: name(.duration)) }) else { return nil }
                days = max(1, Int((d / 86400).rounded(.up)))
            } else if let current, current.allDay {
                days = max(1, LocalDate(current.start, in: current.zone).days(until: LocalDate(current.end, in: current.zone)))
            }
            return (first.startInstant(in: zone), first.adding(days: days).startInstant(in: zone), true)
        }
        let startTime: LocalDateTime
        switch startMoment {
        case .dateTime(let t): startTime = t
        case .day(let d): startTime = LocalDateTime(date: d, hour: 9, minute: 0)
        }
        let s = startTime.instant(in: zone)
        let e: Date
        if let end {
            let text = end.trimmingCharacters(in: .whitespaces)
            if let m = try? UserInput.moment(text, today: today, option: name(.end)) {
                switch m {
                case .dateTime(let t): e = t.instant(in: zone)
                case .day(let d): e = d.adding(days: 1).startInstant(in: zone)
                }
                guard e > s else { return fail(.end, Catalogue.endNotAfterStart(end: text, start: start ?? startTime.description)) }
            } else if let (h, m, sec) = UserInput.clock(text) {
                // `18h` is a time of day in French, `2h` after a 14:00 start a duration.
                let t = LocalDateTime(date: startTime.date, hour: h, minute: m, second: sec).instant(in: zone)
                if t > s { e = t } else if let d = try? UserInput.duration(text), d > 0 { e = s.addingTimeInterval(d) } else {
                    return fail(.end, Catalogue.endNotAfterStart(end: text, start: startTime.description))
                }
            } else if let d = try? UserInput.duration(text) {
                e = s.addingTimeInterval(d)
            } else {
                return fail(.end, Catalogue.invalidEnd(name(.end), text))
            }
        } else if let duration {
            guard let d = attempt(.duration, { try UserInput.duration(duration, option: name(.duration)) }) else { return nil }
            e = s.addingTimeInterval(d)
        } else if let current, !current.allDay {
            e = s.addingTimeInterval(current.duration)
        } else {
            e = s.addingTimeInterval(3600)
        }
        return errors.count == before ? (s, e, false) : nil
    }
}
